import { describe, expect, it } from "vitest";
import { checkEdit } from "../../src/lib/content/edit-check.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { namingField, withoutNamelessFile } from "../../src/lib/cms/new-entry-name.ts";
import { minimalSite, POST_FIELDS } from "../support/minimal-site.ts";

// A new entry's file is named from a field; the editor shows the check's words about a file with
// no name only when that field is not simply empty (found by reviews, 2026-12-08).
const options = { today: "2026-06-01", includeDrafts: false };
const shown = (file: string, text: string, namedBy: string) =>
  withoutNamelessFile(file, checkEdit(minimalSite(), { file, text }, options).problems, namedBy).map(
    formatProblem,
  );
const post = (title: string) =>
  `---\n${POST_FIELDS.replace('"How to sit well at a desk"', JSON.stringify(title))}\n---\n\nText.\n`;

describe("a new entry whose name field is empty", () => {
  it("names the field from the collection's slug rule, or its identifier", () => {
    expect(namingField({ slug: "{{fields.translationOf}}", identifier_field: "name" })).toBe("translationOf");
    expect(namingField({ slug: "{{slug}}", identifier_field: "title" })).toBe("title");
  });

  it("an empty title: the title's mistake alone, not the file's name", () => {
    expect(shown("content/posts/.mdx", post(""), "title")).toEqual([
      expect.stringMatching(/^content\/posts\/\.mdx(:\d+)? {2}title /),
    ]);
  });

  it("an empty pick in a translation: the pick alone", () => {
    const text = "name: Equipo clínico\nrole: Masoterapeutas con licencia\n";
    expect(shown("content/es/authors/.yaml", text, "translationOf")).toEqual([
      expect.stringMatching(/translationOf is empty: a new translation's file is named after the entry/),
    ]);
  });

  it("a title of letters a file name cannot hold keeps the file's mistakes: they are why it has no name", () => {
    const lines = shown("content/posts/.mdx", post("Масаж"), "title");
    expect(lines.some((line) => /has no letters or digits to make an address/.test(line))).toBe(true);
    expect(lines.some((line) => /title "Масаж"/.test(line))).toBe(true);
  });

  it("a named file keeps every mistake", () => {
    const problems = checkEdit(
      minimalSite(),
      { file: "content/posts/x.mdx", text: post("") },
      options,
    ).problems;
    expect(withoutNamelessFile("content/posts/x.mdx", problems, "title")).toEqual(problems);
  });
});
