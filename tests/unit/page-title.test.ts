import { describe, expect, it } from "vitest";
import { pageTitle, TITLE_ROOM } from "../../src/lib/seo/page-title.ts";

// Found in review (2026-12-07): 17 titles ran to 106 characters with the practice's name after them,
// cut off in search results, and the home page's title was the name alone, the same in two languages.
describe("pageTitle", () => {
  const practice = "Still Point Massage Therapy";

  it("adds the practice's name where the whole fits a search result", () => {
    expect(pageTitle("Prices", practice)).toBe("Prices | Still Point Massage Therapy");
  });

  it("leaves a long title alone rather than have the name cut off", () => {
    const long = "Gentle Movement Between Massage Sessions: Easy Ways to Keep Your Back Moving";
    expect(pageTitle(long, practice)).toBe(long);
    expect(pageTitle("Deep Tissue or Swedish Massage for Back Pain", practice).length).toBeLessThanOrEqual(
      Math.max(TITLE_ROOM, 44),
    );
  });

  it("does not name the practice twice", () => {
    expect(pageTitle(`${practice}: massage for back pain`, practice)).toBe(
      `${practice}: massage for back pain`,
    );
  });
});
