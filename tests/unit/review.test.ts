import { describe, expect, it } from "vitest";
import { reviewStatus, reviewWarnings, translatedReview } from "../../src/lib/content/review.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("clinical review rule", () => {
  it("counts a review as current for one year, to the day, and overdue after it", () => {
    expect(reviewStatus(day("2025-11-26"), "2026-11-26").kind).toBe("current");
    expect(reviewStatus(day("2025-11-26"), "2026-11-27").kind).toBe("overdue");
    expect(reviewStatus(day("2026-03-01"), "2026-11-26").kind).toBe("current");
    expect(reviewStatus(undefined, "2026-11-26").kind).toBe("missing");
  });

  it("goes by the practice's day (BUILD_DATE included), not by the clock in UTC", () => {
    // The afternoon before the anniversary in Los Angeles is already the anniversary's day in UTC,
    // and the anniversary itself is still a current day.
    expect(reviewStatus(day("2025-11-26"), "2026-11-25").kind).toBe("current");
    expect(reviewStatus(day("2025-11-26"), "2026-11-26").kind).toBe("current");
  });

  it("handles a review made on 29 February", () => {
    const status = reviewStatus(day("2024-02-29"), "2025-03-02");
    expect(status).toMatchObject({ kind: "overdue", dueDate: day("2025-03-01") });
  });

  it("warns, naming the file and field, for a missing or a stale review and not for a current one", () => {
    const warnings = reviewWarnings(
      [
        { file: "content/posts/current.mdx", reviewedDate: day("2026-06-01") },
        { file: "content/posts/stale.mdx", reviewedDate: day("2024-01-15") },
        { file: "content/posts/none.mdx" },
      ],
      "2026-11-26",
    );
    expect(warnings.map((warning) => `${warning.file} (${warning.field})`)).toEqual([
      "content/posts/stale.mdx (reviewedDate)",
      "content/posts/none.mdx (reviewedBy)",
    ]);
    expect(warnings[0]?.what).toContain("2024-01-15");
  });
});

describe("a translated article's reviewer's box", () => {
  const original = { summary: ["The original's words."], sources: [{ title: "A trial" }] };
  it("is the original's, with the translation's summary when it gives one", () => {
    expect(translatedReview(original, { summary: ["Las palabras de la traducción."] })).toEqual({
      summary: ["Las palabras de la traducción."],
      sources: [{ title: "A trial" }],
    });
    expect(translatedReview(original, undefined)).toEqual(original);
  });

  it("is not there when the original has none, whatever the translation says", () => {
    expect(translatedReview(undefined, { summary: ["Sin revisión en el original."] })).toBeUndefined();
  });
});
