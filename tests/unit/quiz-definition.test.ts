import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/lib/content/problems.ts";
import { parseQuizDefinition, QUIZ_FILE, typesLeftOutOfQuiz } from "../../src/lib/quiz/definition.ts";
import { evaluateQuiz } from "../../src/lib/quiz/engine.ts";
import { readSiteFiles } from "../../src/data/content-files.ts";
import { checkEdit, siteWithEdit } from "../../src/lib/content/edit-check.ts";
import { checkSiteForPublishing } from "../../src/lib/content/site-check.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { MESSAGES } from "../../src/lib/content/messages.ts";

const typeIds = readdirSync("content/massage-types")
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.replace(/\.mdx$/, ""));

const conditions = readdirSync("content/massage-types")
  .filter((name) => name.endsWith(".mdx"))
  .flatMap((name) => {
    const text = readFileSync(`content/massage-types/${name}`, "utf8");
    const block = /askDoctorFirst:\n((?: {2}- .*\n)+)/.exec(text)?.[1] ?? "";
    return block.split("\n").flatMap((line) => (line.startsWith("  - ") ? [line.slice(4)] : []));
  });

function errorFor(fixture: string): string {
  const file = `tests/fixtures/quiz/${fixture}.yaml`;
  try {
    parseQuizDefinition(readFileSync(file, "utf8"), file, typeIds, conditions);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error(`${file} was accepted but is broken on purpose`);
}

describe("quiz definition", () => {
  it("the real quiz file is valid against the real massage types", () => {
    expect(typeIds).toHaveLength(9);
    const definition = parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, typeIds);
    expect([...definition.gentleness].sort()).toEqual([...typeIds].sort());
    expect(definition.steps).toHaveLength(6);
    // Pregnancy is asked once, on the safety screen: no question step asks it again.
    const questions = definition.steps.flatMap((step) => step.questions);
    expect(questions.flatMap((q) => q.answers).filter((answer) => answer.caution !== undefined)).toEqual([]);
    expect(JSON.stringify(definition.steps)).not.toMatch(/pregnan/i);
  });

  it("rejects the real file when a massage type it names is missing", () => {
    const withoutChair = typeIds.filter((id) => id !== "chair");
    expect(() => parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, withoutChair)).toThrow(
      /content\/quiz\.yaml:\d+ {2}steps\.\d+\.questions\.\d+\.answers\.\d+\.weights\.chair "chair" is not a massage type in content\/massage-types\/\. Use one of: deep-tissue, /,
    );
  });

  it.each([
    [
      "unknown-type",
      'steps.0.questions.0.answers.1.weights.deep-tisue "deep-tisue" is not a massage type in content/massage-types/. Use one of: chair, deep-tissue,',
    ],
    [
      "question-without-answers",
      "steps.1.questions.0.answers is not accepted. Give the question at least two answers",
    ],
    ["duplicate-ids", 'steps.1.questions.0.id "area" is not accepted. The id "area" is used twice'],
    ["gentleness-incomplete", 'gentleness.7 "thai" is not accepted. The id "thai" is used twice'],
    ["screens-typo", 'safety.signs.1.screens.0 "You are pregnent" is not accepted.'],
  ])("%s fails naming the file and the field", (fixture, expected) => {
    const message = errorFor(fixture);
    expect(message).toMatch(new RegExp(`tests/fixtures/quiz/${fixture}\\.yaml:\\d+  `));
    expect(message).toContain(expected);
  });

  // Found by the editor audit (2026-12-08): a new massage type could never be saved from the editor,
  // which does not edit the quiz, because the quiz had to list every type.
  it("a massage type the quiz does not list is published and never suggested: the build says so, the editor saves it", () => {
    const withNew = [...typeIds, "lymphatic-drainage"];
    const definition = parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, withNew, conditions);
    expect(typesLeftOutOfQuiz(definition, withNew)).toEqual(["lymphatic-drainage"]);
    // Whatever a visitor answers, the quiz never offers it: it ranks only the types it lists.
    for (const step of definition.steps)
      for (const question of step.questions)
        for (const answer of question.answers) {
          const result = evaluateQuiz(definition, { safety: [], choices: { [question.id]: answer.id } });
          if (result.kind === "suggestion")
            expect([result.type, result.alternative]).not.toContain("lymphatic-drainage");
        }
    // One a caution suggests is suggested to the people it applies to, listed or not.
    const withoutPrenatal = readFileSync(QUIZ_FILE, "utf8").replace(/^ {2}- prenatal\n/m, "");
    const pregnancy = parseQuizDefinition(withoutPrenatal, QUIZ_FILE, typeIds, conditions);
    expect(evaluateQuiz(pregnancy, { safety: ["pregnancy"], choices: {} })).toMatchObject({
      type: "prenatal",
    });
    expect(typesLeftOutOfQuiz(pregnancy, typeIds)).toEqual([]);
    const site = readSiteFiles(".", ["/"]);
    const swedish = readFileSync("content/massage-types/swedish.mdx", "utf8");
    const edit = {
      file: "content/massage-types/lymphatic-drainage.mdx",
      text: swedish.replace(/^name: .*$/m, "name: Lymphatic drainage").replace(/^order: .*$/m, "order: 99"),
    };
    const options = { today: "2026-12-08", includeDrafts: false };
    // The editor saves it, and says what the build says (src/admin/editor.ts shows an edit's new warnings).
    const quizLine = `content/quiz.yaml  ${MESSAGES.quizLeavesOut.what({ types: ["lymphatic-drainage"] })} ${MESSAGES.quizLeavesOut.fix({ types: ["lymphatic-drainage"] })}`;
    const { problems, elsewhere, warnings } = checkEdit(site, edit, options);
    expect({ problems, elsewhere }).toEqual({ problems: [], elsewhere: [] });
    expect(warnings.map(formatProblem)).toContain(quizLine);
    expect(checkSiteForPublishing(siteWithEdit(site, edit), options).warnings.map(formatProblem)).toContain(
      quizLine,
    );
  });

  it("every line a caution screens is a real “ask your doctor first” line", () => {
    expect(conditions).toContain("You have osteoporosis");
    const definition = parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, typeIds, conditions);
    const screened = definition.safety.signs.flatMap((sign) =>
      sign.level === "caution" ? sign.screens : [],
    );
    expect(screened.length).toBeGreaterThan(0);
  });

  it("rejects wording with a placeholder the quiz cannot fill, naming the field", () => {
    const text = readFileSync(QUIZ_FILE, "utf8").replace(
      'suggestion: "We suggest: {type}"',
      'suggestion: "We suggest: {name}"',
    );
    expect(() => parseQuizDefinition(text, QUIZ_FILE, typeIds)).toThrow(
      /content\/quiz\.yaml:\d+ {2}wording\.suggestion "We suggest: \{name\}" is not accepted\. \{name\} is not a placeholder this text can use \(it can use: \{type\}\)/,
    );
  });

  it("bad YAML fails naming the file and the line", () => {
    expect(errorFor("bad-yaml")).toMatch(
      /^The content has 1 mistake[^\n]*\n\ntests\/fixtures\/quiz\/bad-yaml\.yaml:\d+ {2}\S+ is written twice\. Keep one \S+: line and delete the other\./,
    );
  });
});
