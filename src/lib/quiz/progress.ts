import { NONE_OF_THESE, SAFETY_GROUP } from "./ids.ts";
import type { QuizDefinition } from "./schema.ts";
import { evaluateQuiz, type QuizAnswers } from "./engine.ts";

export interface QuizProgress {
  /** 0 is the safety screen, 1 to steps.length the questions, and one past them the result. */
  step: number;
  answers: QuizAnswers;
}

export const initialProgress: QuizProgress = { step: 0, answers: { safety: [], choices: {} } };

/** The safety screen plus the question steps: the M in "Step N of M". */
export const stepCount = (definition: QuizDefinition) => definition.steps.length + 1;

export const isResultStep = (definition: QuizDefinition, progress: QuizProgress) =>
  progress.step >= stepCount(definition);

/** "None of these" and the signs exclude each other, so ticking one side clears the other. */
export function toggleSafety(progress: QuizProgress, signId: string, checked: boolean): QuizProgress {
  const others = progress.answers.safety.filter((id) => id !== signId && id !== NONE_OF_THESE);
  const safety =
    signId === NONE_OF_THESE ? (checked ? [NONE_OF_THESE] : []) : checked ? [...others, signId] : others;
  return { ...progress, answers: { ...progress.answers, safety } };
}

export function chooseAnswer(progress: QuizProgress, questionId: string, answerId: string): QuizProgress {
  const choices = { ...progress.answers.choices, [questionId]: answerId };
  return { ...progress, answers: { ...progress.answers, choices } };
}

/** Groups on the current step that still need an answer before Next may move on. */
export function unansweredGroups(definition: QuizDefinition, progress: QuizProgress): string[] {
  if (progress.step === 0) return progress.answers.safety.length === 0 ? [SAFETY_GROUP] : [];
  const step = definition.steps[progress.step - 1];
  if (step === undefined) return [];
  return step.questions
    .filter(
      (question) => !question.answers.some((answer) => answer.id === progress.answers.choices[question.id]),
    )
    .map((question) => question.id);
}

/** Warning signs end the quiz at once: nobody should answer five more questions first. */
export function nextStep(definition: QuizDefinition, progress: QuizProgress): QuizProgress {
  const endsEarly = progress.step === 0 && evaluateQuiz(definition, progress.answers).kind !== "suggestion";
  const step = endsEarly ? stepCount(definition) : Math.min(progress.step + 1, stepCount(definition));
  return { ...progress, step };
}

export const previousStep = (progress: QuizProgress): QuizProgress => ({
  ...progress,
  step: Math.max(progress.step - 1, 0),
});

export const restart = (progress: QuizProgress): QuizProgress => ({ ...progress, step: 0 });
