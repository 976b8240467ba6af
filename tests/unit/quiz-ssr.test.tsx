import { readdirSync, readFileSync } from "node:fs";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import Quiz from "../../src/components/quiz/Quiz.tsx";
import { parseQuizDefinition, QUIZ_FILE } from "../../src/lib/quiz/definition.ts";

const typeIds = readdirSync("content/massage-types").map((name) => name.replace(/\.mdx$/, ""));
const definition = parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, typeIds);

describe("Quiz island on the server", () => {
  it("renders the safety screen without touching browser-only globals", () => {
    const html = renderToString(
      <Quiz
        definition={definition}
        types={{}}
        contact={{ phone: "+1 555 0100", email: "hello@example.com", emergencyNumber: "911" }}
        booking={{ url: "https://booking.example.com/", serviceParam: "service" }}
        siteHost="www.example.com"
      />,
    );
    expect(html).toContain('data-testid="quiz"');
    expect(html).toContain("Step 1 of 7");
    expect(html).toContain("<legend");
    expect(html.match(/type="checkbox"/g)).toHaveLength(definition.safety.signs.length + 1);
    expect(html).not.toContain("quiz-result");
  });

  it("passes only plain data as props, so Astro can serialise them", () => {
    expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
  });
});
