import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listPageFiles, readSiteFiles } from "../../src/data/content-files.ts";
import { staticRoutesFrom } from "../../src/lib/content/checks.ts";
import { checkEdit } from "../../src/lib/content/edit-check.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";

// Found reviewing the editor (2026-12-07): only posts were refused a title another entry has. A new
// team member "Jordan Reyes" was saved as team/jordan-reyes-1.yaml (a second page for one person),
// a new policy page "Privacy" as /privacy-1/, a new massage type named like another.
const root = process.cwd();
const site = readSiteFiles(root, staticRoutesFrom(listPageFiles(root)));
const options = { today: "2026-12-07", includeDrafts: false };
const refusal = (file: string, text: string) =>
  checkEdit(site, { file, text }, options).problems.map(formatProblem);

describe("a new entry named like another of its kind", () => {
  it.each([
    ["content/team/jordan-reyes-1.yaml", "content/team/jordan-reyes.yaml", "name"],
    ["content/pages/privacy-1.mdx", "content/pages/privacy.mdx", "title"],
    ["content/massage-types/swedish-1.mdx", "content/massage-types/swedish.mdx", "name"],
    ["content/authors/derrick-allen-1.yaml", "content/authors/derrick-allen.yaml", "name"],
  ])("%s, a copy of %s, is refused before it is saved, naming the other file", (file, other, field) => {
    const lines = refusal(file, readFileSync(other, "utf8"));
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${file.replaceAll(".", "\\.")}(:\\d+)? {2}${field} is the same as in ${other.replaceAll(".", "\\.")}`,
        ),
      ),
    );
  });

  it("an entry saved again under its own name is not a clash with itself", () => {
    const lines = refusal(
      "content/team/jordan-reyes.yaml",
      readFileSync("content/team/jordan-reyes.yaml", "utf8"),
    );
    expect(lines).toEqual([]);
  });
});
