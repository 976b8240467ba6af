import type { QuizDefinition } from "./schema.ts";

/**
 * The "ask your doctor first" lines a result shows for one massage type: every line, except one
 * that a caution on the safety screen already asked about and the visitor did not tick. A line
 * whose caution was ticked stays, so it is always read before the booking button.
 */
export function conditionsToShow(
  definition: QuizDefinition,
  conditions: readonly string[],
  activeCautions: readonly string[],
): string[] {
  const answeredNo = new Set(
    definition.safety.signs.flatMap((sign) =>
      sign.level === "caution" && !activeCautions.includes(sign.id) ? sign.screens : [],
    ),
  );
  return conditions.filter((line) => !answeredNo.has(line));
}
