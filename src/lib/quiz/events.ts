import type { QuizResult } from "./engine.ts";

/** What each event carries: never an answer, only where the visitor is or what was suggested. */
export interface QuizEventDetails {
  "quiz:start": Record<string, never>;
  "quiz:step": { step: number };
  "quiz:result": { type: string };
  /** The quiz's booking link was followed: the suggested type's id and the session length picked. */
  "quiz:booking": { type: string; minutes: number };
}

export function emitQuizEvent<Name extends keyof QuizEventDetails>(
  name: Name,
  detail: QuizEventDetails[Name],
): void {
  if (typeof document === "undefined") return;
  document.dispatchEvent(new CustomEvent(name, { detail }));
  // Only pushed when a tag manager has set the array up; the quiz never creates it.
  const dataLayer = (window as { dataLayer?: unknown }).dataLayer;
  if (Array.isArray(dataLayer)) dataLayer.push({ event: name, ...detail });
}

/** Safety results are reported by their kind, so no warning sign ever leaves the page. */
export const resultEventType = (result: QuizResult): string =>
  result.kind === "suggestion" ? result.type : result.kind;
