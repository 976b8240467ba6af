import { describe, expect, it } from "vitest";
import { listPageFiles, readSiteFiles } from "../../src/data/content-files.ts";
import { staticRoutesFrom } from "../../src/lib/content/checks.ts";
import { checkEdit, siteWithEdit, type Edit } from "../../src/lib/content/edit-check.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { checkSite } from "../../src/lib/content/site-check.ts";
import { compilerReading } from "../../src/data/mdx-compiler-reading.ts";
import { ATTACKS, attackPost, type Attack } from "../support/attacks.ts";

// Every row of the security table, through the two checks a person meets: the editor's pre-save
// check of a new entry or an edit (checkEdit, as src/admin/editor.ts runs it) and the build's
// pre-check of the whole site (checkSite, as src/integrations/content-guard.ts runs it), on the
// real content/ with the row's change made.
const root = process.cwd();
const site = readSiteFiles(root, staticRoutesFrom(listPageFiles(root)));
const options = { today: new Date().toISOString().slice(0, 10), includeDrafts: false };
// The build's pre-check walks the MDX compiler's own reading of each body; the editor, with no
// compiler in the browser, walks micromark's. The two must say the same words (below).
const buildOptions = { ...options, compilerReading };
const original = (file: string) =>
  [...site.copy, ...site.posts, ...(site.settings ? [site.settings] : [])].find((each) => each.file === file)
    ?.text;

function editOf(attack: Attack, index: number): Edit {
  const post = attackPost(attack, index);
  if (post) return post;
  if (attack.target.kind !== "file") throw new Error("unreachable");
  const text = original(attack.target.file);
  if (text === undefined) throw new Error(`security table: no ${attack.target.file}`);
  return { file: attack.target.file, text: attack.target.change(text) };
}

describe("the security table", () => {
  it("has at least forty rows, each refused or published harmless", () => {
    const refused = ATTACKS.filter((attack) => attack.outcome !== "harmless").length;
    const harmless = ATTACKS.length - refused;
    expect(ATTACKS.length).toBeGreaterThanOrEqual(40);
    console.info(
      `security table: ${ATTACKS.length} inputs, ${refused} refused, ${harmless} published harmless`,
    );
  });

  it("the site as it is passes both checks", () => {
    expect(checkSite(site, buildOptions).map(formatProblem)).toEqual([]);
  });

  ATTACKS.forEach((attack, index) => {
    const edit = editOf(attack, index);
    const { outcome } = attack;
    it(`${attack.name}: ${outcome === "harmless" ? "published harmless" : `refused, naming ${outcome.refused}`}`, () => {
      const beforeSave = checkEdit(site, edit, options);
      const inBuild = checkSite(siteWithEdit(site, edit), buildOptions).filter(
        (found) => found.file === edit.file,
      );
      if (outcome === "harmless") {
        expect(beforeSave.problems.map(formatProblem)).toEqual([]);
        expect(beforeSave.elsewhere.map(formatProblem)).toEqual([]);
        expect(inBuild.map(formatProblem)).toEqual([]);
        return;
      }
      for (const found of [beforeSave.problems, inBuild]) {
        const lines = found.map(formatProblem);
        expect(lines.length, `${attack.name} was not refused`).toBeGreaterThan(0);
        expect(
          lines.some((line) => line.startsWith(edit.file) && line.includes(outcome.refused)),
          lines.join("\n"),
        ).toBe(true);
      }
      // The editor and the build say the same words.
      expect(beforeSave.problems.map(formatProblem).sort()).toEqual(inBuild.map(formatProblem).sort());
    });
  });
});
