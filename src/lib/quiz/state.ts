import { NONE_OF_THESE } from "./ids.ts";
import type { QuizDefinition } from "./schema.ts";
import { stepCount, type QuizProgress } from "./progress.ts";

/** Namespaced and versioned: bump the version when the stored shape changes. */
export const STORAGE_KEY = "back-pain-quiz:v1";
const VERSION = 1;

export function serializeProgress({ step, answers }: QuizProgress): string {
  return JSON.stringify({ version: VERSION, step, safety: answers.safety, choices: answers.choices });
}

/**
 * Reads stored progress back. Anything it cannot trust (bad JSON, another version, another
 * site's data, ids this quiz no longer has) gives null, so the quiz simply starts afresh.
 */
export function restoreProgress(text: string | null, definition: QuizDefinition): QuizProgress | null {
  try {
    const { version, step, safety, choices } = JSON.parse(text ?? "null") ?? {};
    const signIds = [NONE_OF_THESE, ...definition.safety.signs.map((sign) => sign.id)];
    const questions = definition.steps.flatMap((s) => s.questions);
    const valid =
      version === VERSION &&
      Number.isInteger(step) &&
      step >= 0 &&
      step <= stepCount(definition) &&
      Array.isArray(safety) &&
      safety.every((id) => signIds.includes(id)) &&
      typeof choices === "object" &&
      choices !== null &&
      !Array.isArray(choices) &&
      Object.entries(choices).every(([questionId, answerId]) =>
        questions.some((q) => q.id === questionId && q.answers.some((answer) => answer.id === answerId)),
      );
    return valid ? { step, answers: { safety, choices } } : null;
  } catch {
    return null;
  }
}

/** Storage can be missing or throw (private browsing, blocked storage): the quiz then just forgets. */
export function loadProgress(definition: QuizDefinition): QuizProgress | null {
  try {
    return restoreProgress(sessionStorage.getItem(STORAGE_KEY), definition);
  } catch {
    return null;
  }
}

export function saveProgress(progress: QuizProgress): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, serializeProgress(progress));
  } catch {
    // Losing progress on reload is acceptable; breaking the quiz is not.
  }
}
