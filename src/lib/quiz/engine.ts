import type { CautionSign, QuizDefinition, SafetySign } from "./schema.ts";

/** What the visitor chose: safety-screen ids, and one answer id per question id. */
export interface QuizAnswers {
  safety: readonly string[];
  choices: Readonly<Record<string, string>>;
}

export type QuizResult =
  | { kind: "emergency"; signs: string[] }
  | { kind: "doctor"; signs: string[] }
  | {
      kind: "suggestion";
      type: string;
      alternative: string;
      /** Reason phrases of the answers that counted towards the suggested type, in question order. */
      reasons: string[];
      /** Cautions that apply, so the result can ask the visitor to mention them. */
      cautions: string[];
    };

function chosenAnswers(definition: QuizDefinition, answers: QuizAnswers) {
  return definition.steps
    .flatMap((step) => step.questions)
    .flatMap((question) => question.answers.filter((answer) => answer.id === answers.choices[question.id]));
}

function activeCautions(
  definition: QuizDefinition,
  answers: QuizAnswers,
  ticked: SafetySign[],
): CautionSign[] {
  const fromAnswers = new Set(chosenAnswers(definition, answers).flatMap((answer) => answer.caution ?? []));
  return definition.safety.signs.filter(
    (sign): sign is CautionSign =>
      sign.level === "caution" && (ticked.includes(sign) || fromAnswers.has(sign.id)),
  );
}

/**
 * Turns answers into one result. Safety comes first: emergency signs beat doctor signs, which
 * beat everything else; cautions remove types before any points are counted.
 */
export function evaluateQuiz(definition: QuizDefinition, answers: QuizAnswers): QuizResult {
  const ticked = definition.safety.signs.filter((sign) => answers.safety.includes(sign.id));
  const idsAt = (level: SafetySign["level"]) =>
    ticked.filter((sign) => sign.level === level).map((sign) => sign.id);
  if (idsAt("emergency").length > 0) return { kind: "emergency", signs: idsAt("emergency") };
  if (idsAt("doctor").length > 0) return { kind: "doctor", signs: idsAt("doctor") };

  const cautions = activeCautions(definition, answers, ticked);
  const excluded = new Set(cautions.flatMap((caution) => caution.excludes));
  const allCautions = definition.safety.signs.filter((sign): sign is CautionSign => sign.level === "caution");
  // A type reserved by a caution (prenatal for pregnancy) is offered only to people it applies to.
  const reserved = new Set(
    allCautions.filter((caution) => !cautions.includes(caution)).flatMap((caution) => caution.suggests ?? []),
  );
  const chosen = chosenAnswers(definition, answers);
  const score = (typeId: string) => chosen.reduce((sum, answer) => sum + (answer.weights[typeId] ?? 0), 0);

  // Stable sort over the gentleness order, so a tie goes to the gentler type.
  const ranked = definition.gentleness
    .filter((typeId) => !excluded.has(typeId) && !reserved.has(typeId))
    .map((typeId) => ({ typeId, points: score(typeId) }))
    .sort((a, b) => b.points - a.points)
    .map(({ typeId }) => typeId);

  const forcing = cautions.find((caution) => caution.suggests !== undefined);
  const type = forcing?.suggests ?? ranked[0];
  const alternative = ranked.find((typeId) => typeId !== type);
  // The definition's checks guarantee two offered types; this only guards a hand-built definition.
  if (type === undefined || alternative === undefined) {
    throw new Error("the quiz definition leaves fewer than two massage types to offer");
  }
  return {
    kind: "suggestion",
    type,
    alternative,
    reasons: [
      ...(forcing?.reason === undefined ? [] : [forcing.reason]),
      ...chosen.filter((answer) => (answer.weights[type] ?? 0) > 0).flatMap((answer) => answer.reason ?? []),
    ],
    cautions: cautions.map((caution) => caution.id),
  };
}
