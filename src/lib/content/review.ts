import type { ContentProblem } from "./problems.ts";
import { isoDay } from "./dates.ts";

/**
 * A translated article's reviewer's box: the original's (its sources, and whether there is one at
 * all), with the translation's own summary when it gives one. For the page and the editor's preview.
 */
export function translatedReview<R extends { summary: readonly string[] }>(
  original: R | undefined,
  translation: { summary: readonly string[] } | undefined,
): R | undefined {
  return original && translation ? { ...original, summary: translation.summary } : original;
}

/** A health article's clinical review is due again a year after the last one. */
export const REVIEW_VALID_YEARS = 1;

export type ReviewStatus =
  | { kind: "missing" }
  | { kind: "current"; reviewedDate: Date; dueDate: Date }
  | { kind: "overdue"; reviewedDate: Date; dueDate: Date };

/** The day a review made on `reviewedDate` runs out (same calendar day, a year on; UTC). */
export function reviewDueDate(reviewedDate: Date): Date {
  const due = new Date(reviewedDate);
  due.setUTCFullYear(due.getUTCFullYear() + REVIEW_VALID_YEARS);
  return due;
}

/**
 * Whether an article's review is missing, current, or more than a year old on `today`: the
 * practice's day (YYYY-MM-DD, BUILD_DATE included), as for scheduled posts, not the clock in UTC.
 */
export function reviewStatus(reviewedDate: Date | undefined, today: string): ReviewStatus {
  if (reviewedDate === undefined) return { kind: "missing" };
  const dueDate = reviewDueDate(reviewedDate);
  return { kind: today > isoDay(dueDate) ? "overdue" : "current", reviewedDate, dueDate };
}

/**
 * Warnings (they do not stop the build) for published articles that have no clinical review or
 * whose review is more than a year old.
 */
export function reviewWarnings(
  posts: readonly { file: string; reviewedDate?: Date | undefined }[],
  today: string,
): ContentProblem[] {
  return posts.flatMap(({ file, reviewedDate }) => {
    const status = reviewStatus(reviewedDate, today);
    if (status.kind === "missing") {
      return [
        {
          file,
          field: "reviewedBy",
          what: "This health article names no reviewer; the page says it has not been reviewed.",
          fix: "Ask a licensed therapist to review it, then set reviewedBy and reviewedDate, e.g. reviewedDate: 2026-03-14.",
        },
      ];
    }
    if (status.kind === "overdue") {
      return [
        {
          file,
          field: "reviewedDate",
          what: `reviewedDate ${isoDay(status.reviewedDate)} is more than a year ago; the page says the review is overdue.`,
          fix: "Have the article reviewed again and set reviewedDate to the day of the new review.",
        },
      ];
    }
    return [];
  });
}
