import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseQuizDefinition, QUIZ_FILE } from "../../src/lib/quiz/definition.ts";
import {
  chooseAnswer,
  initialProgress,
  nextStep,
  previousStep,
  restart,
  toggleSafety,
  unansweredGroups,
} from "../../src/lib/quiz/progress.ts";
import { NONE_OF_THESE, SAFETY_GROUP } from "../../src/lib/quiz/schema.ts";

const typeIds = readdirSync("content/massage-types").map((name) => name.replace(/\.mdx$/, ""));
const definition = parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, typeIds);
const resultStep = definition.steps.length + 1;

describe("quiz progress", () => {
  it("makes “None of these” exclusive with the signs", () => {
    const withSigns = toggleSafety(toggleSafety(initialProgress, "fever", true), "osteoporosis", true);
    expect(withSigns.answers.safety).toEqual(["fever", "osteoporosis"]);
    const none = toggleSafety(withSigns, NONE_OF_THESE, true);
    expect(none.answers.safety).toEqual([NONE_OF_THESE]);
    expect(toggleSafety(none, "fever", true).answers.safety).toEqual(["fever"]);
    expect(toggleSafety(withSigns, "fever", false).answers.safety).toEqual(["osteoporosis"]);
  });

  it("needs an answer in every group of the step before moving on", () => {
    expect(unansweredGroups(definition, initialProgress)).toEqual([SAFETY_GROUP]);
    const lastStep = { ...initialProgress, step: definition.steps.length };
    expect(unansweredGroups(definition, lastStep)).toEqual(["first-massage"]);
    expect(unansweredGroups(definition, chooseAnswer(lastStep, "first-massage", "no"))).toEqual([]);
  });

  it("goes straight to the result after a warning sign", () => {
    const ticked = toggleSafety(initialProgress, "blood-clot", true);
    expect(nextStep(definition, ticked).step).toBe(resultStep);
    const caution = toggleSafety(initialProgress, "osteoporosis", true);
    expect(nextStep(definition, caution).step).toBe(1);
  });

  it("keeps answers when going back or changing them", () => {
    const answered = chooseAnswer({ ...initialProgress, step: 2 }, "area", "neck");
    expect(previousStep(answered)).toEqual({ ...answered, step: 1 });
    expect(restart({ ...answered, step: resultStep })).toEqual({ ...answered, step: 0 });
    expect(previousStep(initialProgress).step).toBe(0);
  });
});
