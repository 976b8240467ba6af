import type { QuizDefinition, QuizWords } from "./schema.ts";

/** A place in the words file that does not match the original quiz, with what to do. */
export interface QuizWordsIssue {
  path: Array<string | number>;
  message: string;
}

const idsText = (ids: Iterable<string>) => [...ids].join(", ");

/** An id listed a second time: the first is the one used, so the second would be ignored without a word. */
function repeatedIds(
  entries: ReadonlyArray<{ id: string }>,
  path: Array<string | number>,
  issues: QuizWordsIssue[],
): void {
  const seen = new Set<string>();
  entries.forEach(({ id }, index) => {
    if (seen.has(id))
      issues.push({ path: [...path, index, "id"], message: `"${id}" is listed twice: keep one of the two` });
    seen.add(id);
  });
}

/**
 * The quiz in another language: the original's signs, steps, weights and rules, with each word
 * taken from the language's words file by id. Every sign, question and answer of the original
 * needs its words there, and nothing else may be: a missing or unknown id is an issue, so the two
 * languages can never ask different questions.
 */
export function translateQuiz(
  original: QuizDefinition,
  words: QuizWords,
): { definition: QuizDefinition; issues: QuizWordsIssue[] } {
  const issues: QuizWordsIssue[] = [];
  repeatedIds(words.safety.signs, ["safety", "signs"], issues);
  // The first of two entries with one id is the one used (a Map keeps the last).
  const wordSigns = new Map(
    words.safety.signs.map((sign, index) => [sign.id, { sign, index }] as const).reverse(),
  );
  words.safety.signs.forEach((sign, index) => {
    if (!original.safety.signs.some((each) => each.id === sign.id))
      issues.push({
        path: ["safety", "signs", index, "id"],
        message: `the original quiz has no sign "${sign.id}": use one of ${idsText(original.safety.signs.map((each) => each.id))}`,
      });
  });
  const signs = original.safety.signs.map((sign) => {
    const found = wordSigns.get(sign.id);
    if (!found) {
      issues.push({
        path: ["safety", "signs"],
        message: `add the words of the sign "${sign.id}" (id: ${sign.id})`,
      });
      return sign;
    }
    const { sign: translated, index } = found;
    if (sign.level !== "caution") return { ...sign, label: translated.label };
    for (const field of ["mention", "reason"] as const) {
      if (sign[field] !== undefined && translated[field] === undefined)
        issues.push({
          path: ["safety", "signs", index, field],
          message: `add ${field}: the original sign "${sign.id}" has one`,
        });
    }
    if (sign.screens.length > 0 && (translated.screens ?? []).length !== sign.screens.length)
      issues.push({
        path: ["safety", "signs", index, "screens"],
        message: `list ${sign.screens.length} screens lines, one for each of the original sign "${sign.id}"`,
      });
    return {
      ...sign,
      label: translated.label,
      mention: translated.mention ?? sign.mention,
      ...(sign.reason !== undefined ? { reason: translated.reason ?? sign.reason } : {}),
      screens: translated.screens ?? sign.screens,
    };
  });

  if (words.steps.length !== original.steps.length)
    issues.push({
      path: ["steps"],
      message: `give ${original.steps.length} steps, one for each of the original quiz's, in its order`,
    });
  const steps = original.steps.map((step, stepIndex) => {
    const translatedStep = words.steps[stepIndex];
    if (!translatedStep) return step;
    repeatedIds(translatedStep.questions, ["steps", stepIndex, "questions"], issues);
    translatedStep.questions.forEach((translated, index) => {
      if (!step.questions.some((each) => each.id === translated.id))
        issues.push({
          path: ["steps", stepIndex, "questions", index, "id"],
          message: `step ${stepIndex + 1} of the original quiz has no question "${translated.id}": use one of ${idsText(step.questions.map((each) => each.id))}`,
        });
    });
    return {
      ...step,
      legend: translatedStep.legend,
      questions: step.questions.map((question) => {
        const translatedQuestion = translatedStep.questions.find((each) => each.id === question.id);
        if (!translatedQuestion) {
          issues.push({
            path: ["steps", stepIndex, "questions"],
            message: `add the words of the question "${question.id}"`,
          });
          return question;
        }
        // Places in the words file, where the question may sit in another order.
        const path = ["steps", stepIndex, "questions", translatedStep.questions.indexOf(translatedQuestion)];
        repeatedIds(translatedQuestion.answers, [...path, "answers"], issues);
        for (const [index, answer] of translatedQuestion.answers.entries()) {
          if (!question.answers.some((each) => each.id === answer.id))
            issues.push({
              path: [...path, "answers", index, "id"],
              message: `the question "${question.id}" has no answer "${answer.id}": use one of ${idsText(question.answers.map((each) => each.id))}`,
            });
        }
        return {
          ...question,
          ...(question.legend !== undefined ? { legend: translatedQuestion.legend ?? question.legend } : {}),
          answers: question.answers.map((answer) => {
            const translated = translatedQuestion.answers.find((each) => each.id === answer.id);
            if (!translated) {
              issues.push({
                path: [...path, "answers"],
                message: `add the words of the answer "${answer.id}"`,
              });
              return answer;
            }
            if (answer.reason !== undefined && translated.reason === undefined)
              issues.push({
                path: [...path, "answers", translatedQuestion.answers.indexOf(translated), "reason"],
                message: `add reason: the original answer "${answer.id}" has one`,
              });
            return {
              ...answer,
              label: translated.label,
              ...(answer.reason !== undefined ? { reason: translated.reason ?? answer.reason } : {}),
            };
          }),
        };
      }),
    };
  });

  return {
    definition: {
      ...original,
      safety: {
        ...original.safety,
        legend: words.safety.legend,
        hint: words.safety.hint,
        noneLabel: words.safety.noneLabel,
        signs,
      },
      steps,
      results: words.results,
      wording: words.wording,
    },
    issues,
  };
}
