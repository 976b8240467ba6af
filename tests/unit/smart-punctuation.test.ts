import { describe, expect, it } from "vitest";
import { smartPunctuation } from "../../src/lib/content/smart-punctuation.ts";

// The built pages' punctuation, as read from dist/ (Astro's smart punctuation): the preview pane
// must show the same characters, or a marketer sees a different sentence from the one published.
describe("smartPunctuation", () => {
  it("curls apostrophes and quotes as the built page does", () => {
    expect(smartPunctuation(`It's what "no pain, no gain" doesn't mean.`)).toBe(
      "It\u2019s what \u201Cno pain, no gain\u201D doesn\u2019t mean.",
    );
    expect(smartPunctuation(`"Could you press harder?"`)).toBe("\u201CCould you press harder?\u201D");
    expect(smartPunctuation(`a 'quoted' word`)).toBe("a \u2018quoted\u2019 word");
  });

  it("closes a quote that follows emphasis in the same paragraph", () => {
    expect(smartPunctuation(`" and more`, "d")).toBe("\u201D and more");
    expect(smartPunctuation(`"opens`, " ")).toBe("\u201Copens");
  });

  it("turns dashes and three dots into their characters", () => {
    expect(smartPunctuation("10--15 minutes --- or more...")).toBe("10\u201315 minutes \u2014 or more\u2026");
  });
});
