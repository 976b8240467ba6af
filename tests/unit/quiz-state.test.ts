import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseQuizDefinition, QUIZ_FILE } from "../../src/lib/quiz/definition.ts";
import type { QuizProgress } from "../../src/lib/quiz/progress.ts";
import { restoreProgress, serializeProgress } from "../../src/lib/quiz/state.ts";

const typeIds = readdirSync("content/massage-types").map((name) => name.replace(/\.mdx$/, ""));
const definition = parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, typeIds);

const progress: QuizProgress = {
  step: 3,
  answers: { safety: ["osteoporosis"], choices: { area: "neck", duration: "4-to-12-weeks" } },
};

describe("quiz progress storage", () => {
  it("round-trips", () => {
    expect(restoreProgress(serializeProgress(progress), definition)).toEqual(progress);
  });

  it("keeps the result step, so a reload shows the result again", () => {
    const atResult = { ...progress, step: definition.steps.length + 1 };
    expect(restoreProgress(serializeProgress(atResult), definition)).toEqual(atResult);
  });

  const stored = JSON.parse(serializeProgress(progress)) as Record<string, unknown>;
  it.each([
    ["nothing stored", null],
    ["corrupt JSON", '{"version":1,"step":'],
    ["JSON that is not an object", "42"],
    ["null", "null"],
    ["another version", JSON.stringify({ ...stored, version: 2 })],
    ["another site's data", JSON.stringify({ theme: "dark", step: 2 })],
    ["a step past the result", JSON.stringify({ ...stored, step: 99 })],
    ["a fractional step", JSON.stringify({ ...stored, step: 1.5 })],
    ["safety that is not a list", JSON.stringify({ ...stored, safety: "fever" })],
    ["a sign this quiz does not have", JSON.stringify({ ...stored, safety: ["headache"] })],
    ["choices that are a list", JSON.stringify({ ...stored, choices: ["neck"] })],
    ["choices that are null", JSON.stringify({ ...stored, choices: null })],
    ["an unknown question", JSON.stringify({ ...stored, choices: { mood: "happy" } })],
    ["an unknown answer", JSON.stringify({ ...stored, choices: { area: "knee" } })],
  ])("ignores %s", (_, text) => {
    expect(restoreProgress(text, definition)).toBeNull();
  });
});
