import { readdirSync, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { evaluateQuiz } from "../../src/lib/quiz/engine.ts";
import { parseQuizDefinition, QUIZ_FILE } from "../../src/lib/quiz/definition.ts";
import { conditionsToShow } from "../../src/lib/quiz/safety.ts";

// One safety story: every massage type's "ask your doctor first" line is either asked on the
// quiz's safety screen or shown on the result, before the booking button, for every answer path.
const types = Object.fromEntries(
  readdirSync("content/massage-types")
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const data = parseYaml(readFileSync(`content/massage-types/${name}`, "utf8").split("---")[1]!);
      return [name.replace(/\.mdx$/, ""), data.askDoctorFirst as string[]];
    }),
);
const typeIds = Object.keys(types);
const definition = parseQuizDefinition(
  readFileSync(QUIZ_FILE, "utf8"),
  QUIZ_FILE,
  typeIds,
  Object.values(types).flat(),
);
const cautions = definition.safety.signs.flatMap((sign) => (sign.level === "caution" ? [sign] : []));

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
}

const allChoices = definition.steps
  .flatMap((step) => step.questions)
  .reduce<Record<string, string>[]>(
    (combos, question) =>
      combos.flatMap((choices) =>
        question.answers.map((answer) => ({ ...choices, [question.id]: answer.id })),
      ),
    [{}],
  );

describe("the quiz's one safety story", () => {
  it("shows a type's lines, minus only the ones the visitor answered “no” to on the safety screen", () => {
    const hotStone = types["hot-stone"]!;
    expect(conditionsToShow(definition, hotStone, [])).toEqual([
      "You have diabetes or reduced feeling in your skin",
      "You have a heart condition or high blood pressure",
    ]);
    // Ticked, yet the type is still on offer: the line stays, so it is read before booking.
    const myofascial = types["myofascial-release"]!;
    expect(conditionsToShow(definition, myofascial, ["blood-thinners"])).toContain(
      "You take blood thinners or have a bleeding disorder",
    );
    expect(conditionsToShow(definition, myofascial, [])).not.toContain(
      "You take blood thinners or have a bleeding disorder",
    );
  });

  it("walks every answer path: each line of the suggested and the alternative type is screened or shown", () => {
    const problems: string[] = [];
    const offered = new Set<string>();
    const covered = new Set<string>();
    for (const ticked of subsets(cautions.map((caution) => caution.id))) {
      const safety = ticked.length > 0 ? ticked : ["none"];
      for (const choices of allChoices) {
        const result = evaluateQuiz(definition, { safety, choices });
        if (result.kind !== "suggestion") {
          problems.push(`${safety}: a caution alone must never end the quiz without a suggestion`);
          continue;
        }
        for (const typeId of [result.type, result.alternative]) {
          offered.add(typeId);
          const shown = conditionsToShow(definition, types[typeId]!, result.cautions);
          for (const line of types[typeId]!) {
            // Screened: a caution on the safety screen asks this very line, and it was not ticked.
            const screened = cautions.some(
              (caution) => caution.screens.includes(line) && !result.cautions.includes(caution.id),
            );
            if (shown.includes(line) === screened) {
              problems.push(
                `${typeId} with ${safety}: "${line}" is ${screened ? "screened and shown" : "neither screened nor shown"}`,
              );
            }
            covered.add(`${typeId}: ${line}`);
          }
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect([...offered].sort()).toEqual([...typeIds].sort());
    const allLines = Object.entries(types).flatMap(([id, lines]) => lines.map((line) => `${id}: ${line}`));
    expect(allLines.filter((line) => !covered.has(line))).toEqual([]);
  });

  it("still routes every red flag to a doctor or urgent care, pregnancy or not, whatever the answers", () => {
    for (const sign of definition.safety.signs.filter((s) => s.level !== "caution")) {
      for (const extra of [[], ["pregnancy"], ["blood-thinners", "osteoporosis"]]) {
        const result = evaluateQuiz(definition, { safety: [sign.id, ...extra], choices: allChoices[0]! });
        expect(result.kind, `${sign.id} with ${extra}`).toBe(sign.level);
      }
    }
  });

  // Found in review (2026-12-07): the neck article sends these to emergency care, but the quiz, which
  // suggests massage for neck pain, never asked about them; a pregnant visitor with bleeding saw it
  // as an "ask your doctor first" line above the prenatal booking button.
  it("sends the neck article's and pregnancy's warning signs to urgent care, and arm numbness to a doctor", () => {
    const levelOf = (id: string) =>
      evaluateQuiz(definition, { safety: [id, "pregnancy"], choices: allChoices[0]! }).kind;
    expect(["sudden-headache", "balance-speech", "pregnancy-warning", "arm-numbness"].map(levelOf)).toEqual([
      "emergency",
      "emergency",
      "emergency",
      "doctor",
    ]);
  });

  it("a type not offered during pregnancy does not tell a pregnant visitor to ask a doctor first", () => {
    const pregnancy = cautions.find((sign) => sign.id === "pregnancy")!;
    expect(pregnancy.excludes.length).toBeGreaterThan(0);
    for (const [folder, word] of [
      ["content/massage-types", /pregnan/i],
      ["content/es/massage-types", /embaraz/i],
    ] as const) {
      for (const id of pregnancy.excludes) {
        const text = readFileSync(`${folder}/${id}.mdx`, "utf8");
        const lines = (parseYaml(text.split("---")[1]!).askDoctorFirst ?? []) as string[];
        expect(
          lines.filter((line) => word.test(line)),
          `${folder}/${id}.mdx`,
        ).toEqual([]);
        // …and its page says it is not offered, rather than leaving the reader to guess.
        expect(text, `${folder}/${id}.mdx`).toMatch(
          /not offered during pregnancy|no se ofrecen? durante el embarazo/,
        );
      }
    }
  });
});
