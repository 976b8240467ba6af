import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { CopyText, QuizBox } from "../../src/components/mdx/markup.tsx";
import { settingsProblems } from "../../src/lib/site/settings.ts";
import { readFileSync } from "node:fs";

// Found by the red team's fourth round (2026-12-07): the quiz box filled {counter} (the counting
// endpoint's host) into its privacy sentence before reading the sentence's links, so a host such as
// "(javascript" completed "[how we count]{counter}:alert(1))" into a javascript: link, published on
// every article with the quiz; the links check reads the sentence as written.
const links = { href: (path: string) => path };
const copy = { values: {} };

describe("links in the site's words", () => {
  it("a placeholder's value never completes a link: the sentence's links are read first", () => {
    const html = renderToString(
      h(QuizBox, {
        words: {
          title: "Which massage suits your back?",
          intro: "Seven questions.",
          privacy: "Read [how we count]{counter}:alert%28document.domain%29) at our counter.",
          values: { counter: "(javascript" },
        },
        copy,
        links,
        children: null,
      }),
    );
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("(javascript");
  });

  it("a link the site would refuse is shown as its words, never as a link", () => {
    const html = renderToString(h(CopyText, { text: "See [this](javascript:alert(1)) now.", copy, links }));
    expect(html).not.toMatch(/<a /);
    expect(html).toContain("this");
  });

  it("a counting endpoint whose host is not a host name is refused", () => {
    const settings = readFileSync("content/settings.yaml", "utf8");
    const problems = settingsProblems(
      `${settings}\ncounting:\n  provider: goatcounter\n  endpoint: https://(javascript/count\n`,
      "content/settings.yaml",
    );
    expect(problems.map((found) => found.field)).toContain("counting.endpoint");
  });
});
