import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseQuizDefinition, QUIZ_FILE } from "../../src/lib/quiz/definition.ts";
import type { QuizDefinition } from "../../src/lib/quiz/schema.ts";
import { evaluateQuiz, type QuizAnswers, type QuizResult } from "../../src/lib/quiz/engine.ts";

const typeIds = readdirSync("content/massage-types")
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.replace(/\.mdx$/, ""));
const definition = parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, typeIds);

const signs = definition.safety.signs;
const idsAt = (level: string) => signs.filter((sign) => sign.level === level).map((sign) => sign.id);
const emergencySigns = idsAt("emergency");
const doctorSigns = idsAt("doctor");
const cautionSigns = idsAt("caution");
/** Firm-pressure types no caution may ever lead to, whatever the quiz file says. */
const FIRM_TYPES = ["deep-tissue", "thai", "sports"];
const HEAT_TYPES = ["hot-stone"];

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
}

/** Every combination of answers to the question steps (steps 2 to 7). */
function allChoices(quiz: QuizDefinition): Record<string, string>[] {
  return quiz.steps
    .flatMap((step) => step.questions)
    .reduce<Record<string, string>[]>(
      (combos, question) =>
        combos.flatMap((choices) =>
          question.answers.map((answer) => ({ ...choices, [question.id]: answer.id })),
        ),
      [{}],
    );
}

/** Pregnancy is asked once, on the safety screen. */
const isPregnant = (answers: QuizAnswers) => answers.safety.includes("pregnancy");

/** Everything that must hold for a result, as a list of problems (empty when all is well). */
function problems(answers: QuizAnswers, result: QuizResult): string[] {
  const found: string[] = [];
  const where = JSON.stringify(answers);
  const hasEmergency = answers.safety.some((id) => emergencySigns.includes(id));
  const hasDoctor = answers.safety.some((id) => doctorSigns.includes(id));
  const expectedKind = hasEmergency ? "emergency" : hasDoctor ? "doctor" : "suggestion";
  if (result.kind !== expectedKind) found.push(`${where}: expected ${expectedKind}, got ${result.kind}`);
  if (result.kind !== "suggestion") return found;

  const { type, alternative } = result;
  if (!typeIds.includes(type) || !typeIds.includes(alternative))
    found.push(`${where}: unknown type in ${type}/${alternative}`);
  if (type === alternative) found.push(`${where}: suggestion and alternative are both ${type}`);
  const cautions = cautionSigns.filter((id) => answers.safety.includes(id));
  const excluded = new Set(
    signs.flatMap((sign) => (sign.level === "caution" && cautions.includes(sign.id) ? sign.excludes : [])),
  );
  if (cautions.length > 0) FIRM_TYPES.forEach((id) => excluded.add(id));
  if (cautions.includes("blood-thinners") || cautions.includes("pregnancy"))
    HEAT_TYPES.forEach((id) => excluded.add(id));
  for (const offered of [type, alternative]) {
    if (excluded.has(offered)) found.push(`${where}: ${offered} is excluded by ${cautions.join(", ")}`);
  }
  if (isPregnant(answers) !== (type === "prenatal"))
    found.push(`${where}: pregnancy and prenatal disagree (${type})`);
  if (!isPregnant(answers) && alternative === "prenatal")
    found.push(`${where}: prenatal offered without pregnancy`);
  if (!cautions.every((id) => result.cautions.includes(id)))
    found.push(`${where}: cautions not all reported`);
  return found;
}

describe("quiz engine over every combination of answers", () => {
  const combos = allChoices(definition);
  const safetySelections = [
    [],
    ["none"],
    ...signs.map((sign) => [sign.id]),
    ...subsets(cautionSigns).filter((subset) => subset.length > 0),
  ];

  it("enumerates every answer to steps 2 to 7", () => {
    const expected = definition.steps
      .flatMap((step) => step.questions)
      .reduce((product, question) => product * question.answers.length, 1);
    expect(combos).toHaveLength(expected);
    expect(expected).toBe(4 * 3 * 5 * 4 * 4 * 2);
  });

  it("gives exactly one valid result for each combination and safety selection", () => {
    const found: string[] = [];
    for (const safety of safetySelections) {
      for (const choices of combos) {
        const answers = { safety, choices };
        found.push(...problems(answers, evaluateQuiz(definition, answers)));
      }
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it("puts emergency before doctor before cautions for every subset of the safety signs", () => {
    const choices = combos[0]!;
    const found: string[] = [];
    for (const safety of subsets(signs.map((sign) => sign.id))) {
      const answers = { safety, choices };
      found.push(...problems(answers, evaluateQuiz(definition, answers)));
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it("suggests every massage type for at least one combination", () => {
    const suggested = new Set(
      [["none"], ["pregnancy"]]
        .flatMap((safety) => combos.map((choices) => evaluateQuiz(definition, { safety, choices })))
        .map((r) => r.kind === "suggestion" && r.type),
    );
    expect([...typeIds].filter((id) => !suggested.has(id))).toEqual([]);
  });

  it("echoes the answers that led to the suggestion", () => {
    const result = evaluateQuiz(definition, {
      safety: ["none"],
      choices: {
        area: "several",
        duration: "over-12-weeks",
        cause: "not-sure",
        pressure: "firm",
        goal: "move",
        "first-massage": "no",
      },
    });
    expect(result).toMatchObject({ kind: "suggestion", type: "thai" });
    expect(result.kind === "suggestion" && result.reasons).toEqual(
      expect.arrayContaining([
        "it hurts in several places",
        "you like firm pressure",
        "you want to move more freely",
      ]),
    );
  });
});

describe("quiz engine rules", () => {
  const base = {
    area: "neck",
    duration: "under-4-weeks",
    cause: "desk-work",
    goal: "relax",
    "first-massage": "yes",
  };

  it.each(["light", "medium"])(
    "suggests chair massage for short desk-work pain, relaxing, %s pressure",
    (pressure) => {
      const result = evaluateQuiz(definition, { safety: ["none"], choices: { ...base, pressure } });
      expect(result).toMatchObject({ kind: "suggestion", type: "chair" });
    },
  );

  it("suggests prenatal massage to anyone who ticks pregnancy, even with firm pressure chosen", () => {
    const result = evaluateQuiz(definition, {
      safety: ["pregnancy"],
      choices: { ...base, pressure: "firm" },
    });
    expect(result).toMatchObject({ kind: "suggestion", type: "prenatal", cautions: ["pregnancy"] });
  });

  it("reports safety results by the signs ticked, never a type", () => {
    expect(evaluateQuiz(definition, { safety: ["fever", "chest-pain"], choices: {} })).toEqual({
      kind: "emergency",
      signs: ["chest-pain"],
    });
    expect(evaluateQuiz(definition, { safety: ["fever", "pregnancy"], choices: {} })).toEqual({
      kind: "doctor",
      signs: ["fever"],
    });
  });

  it("gives a tie to the gentler type", () => {
    const tied: QuizDefinition = {
      ...definition,
      gentleness: ["gentle", "middle", "firm"],
      safety: { ...definition.safety, signs: [] },
      steps: [
        {
          legend: "Pick one",
          questions: [
            {
              id: "pick",
              answers: [
                { id: "both", label: "Both", weights: { firm: 2, gentle: 2, middle: 1 } },
                { id: "none", label: "None", weights: {} },
              ],
            },
          ],
        },
      ],
    };
    const result = (pick: string) => evaluateQuiz(tied, { safety: [], choices: { pick } });
    expect(result("both")).toMatchObject({ type: "gentle", alternative: "firm" });
    expect(result("none")).toMatchObject({ type: "gentle", alternative: "middle" });
    const reversed = evaluateQuiz(
      { ...tied, gentleness: ["firm", "middle", "gentle"] },
      { safety: [], choices: { pick: "both" } },
    );
    expect(reversed).toMatchObject({ type: "firm", alternative: "gentle" });
  });
});
