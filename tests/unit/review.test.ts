import { describe, expect, it } from "vitest";
import { reviewStatus, reviewWarnings } from "../../src/lib/content/review.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("clinical review rule", () => {
  it("counts a review as current for one year, to the day, and overdue after it", () => {
    expect(reviewStatus(day("2025-11-26"), day("2026-11-26")).kind).toBe("current");
    expect(reviewStatus(day("2025-11-26"), day("2026-11-27")).kind).toBe("overdue");
    expect(reviewStatus(day("2026-03-01"), day("2026-11-26")).kind).toBe("current");
    expect(reviewStatus(undefined, day("2026-11-26")).kind).toBe("missing");
  });

  it("handles a review made on 29 February", () => {
    const status = reviewStatus(day("2024-02-29"), day("2025-03-02"));
    expect(status).toMatchObject({ kind: "overdue", dueDate: day("2025-03-01") });
  });

  it("warns, naming the file and field, for a missing or a stale review and not for a current one", () => {
    const warnings = reviewWarnings(
      [
        { file: "content/posts/current.mdx", reviewedDate: day("2026-06-01") },
        { file: "content/posts/stale.mdx", reviewedDate: day("2024-01-15") },
        { file: "content/posts/none.mdx" },
      ],
      day("2026-11-26"),
    );
    expect(warnings.map((warning) => `${warning.file} (${warning.field})`)).toEqual([
      "content/posts/stale.mdx (reviewedDate)",
      "content/posts/none.mdx (reviewedBy)",
    ]);
    expect(warnings[0]?.what).toContain("2024-01-15");
  });
});
