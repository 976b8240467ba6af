import { describe, expect, it } from "vitest";
import { contrastNote, tagList, tagMistake } from "../../src/admin/field-widgets.ts";
import { settingsProblems } from "../../src/lib/site/settings.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const SETTINGS = readFileSync(join(import.meta.dirname, "../../content/settings.yaml"), "utf8");
/** What the build says of these brand colours in the settings file: each problem's words. */
const buildSays = (accent: string, onAccent: string) =>
  settingsProblems(
    `${SETTINGS}\nbrand:\n  accent: "${accent}"\n  onAccent: "${onAccent}"\n`,
    "content/settings.yaml",
  )
    .filter((found) => found.field?.startsWith("brand."))
    .map((found) => ({ field: found.field, text: `${found.what} ${found.fix}` }));

describe("the editor's tag box", () => {
  it("adds a tag in tag style and refuses another with the build's message", () => {
    expect(tagMistake("lower-back")).toBeUndefined();
    expect(tagMistake("Lower Back")).toBe(
      'tag "Lower Back" is not in tag style. Write tags in lowercase with dashes, e.g. lower-back.',
    );
  });

  it("reads the file's tags however the editor hands them", () => {
    expect(tagList(["a", "b"])).toEqual(["a", "b"]);
    expect(tagList({ toJS: () => ["a"] })).toEqual(["a"]);
    expect(tagList(undefined)).toEqual([]);
  });
});

describe("the contrast shown beside a brand colour", () => {
  it("is the build's refusal, word for word, when the build would refuse the colour", () => {
    const [refusal] = buildSays("#7fb8b0", "#ffffff");
    expect(refusal?.field).toBe("brand.accent");
    expect(contrastNote("accent", "#7fb8b0", "#ffffff")).toEqual({ refused: true, text: refusal?.text });
    const [text] = buildSays("#0f5c5a", "#6fa19f");
    expect(text?.field).toBe("brand.onAccent");
    expect(contrastNote("onAccent", "#6fa19f", "#0f5c5a")).toEqual({ refused: true, text: text?.text });
  });

  it("gives the build's numbers and rule when the colour passes", () => {
    expect(buildSays("#0f5c5a", "#ffffff")).toEqual([]);
    const note = contrastNote("accent", "#0f5c5a", "#ffffff");
    expect(note?.refused).toBe(false);
    // The ratios are rounded down, as the build's message prints them.
    expect(note?.text).toMatch(
      /^Readable: links and headings in the accent on the page's light background \d+\.\d:1; button text on the accent \d+\.\d:1\. WCAG 2\.2 AA needs at least 4\.5:1\.$/,
    );
    expect(contrastNote("onAccent", "#ffffff", "#0f5c5a")?.text).toMatch(
      /^Readable: button text on the accent \d+\.\d:1\. WCAG 2\.2 AA needs at least 4\.5:1\.$/,
    );
  });

  it("says nothing until the box holds a colour code", () => {
    expect(contrastNote("accent", "#0f5c", "#ffffff")).toBeUndefined();
    expect(contrastNote("accent", "", "#ffffff")).toBeUndefined();
  });
});
