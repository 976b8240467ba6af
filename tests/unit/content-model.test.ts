import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { buildEditorConfig } from "../../src/lib/cms/config.ts";
import { EDITOR_BLOCKS } from "../../src/lib/content/body-model.ts";
import { checkEdit, siteFileKind } from "../../src/lib/content/edit-check.ts";
import {
  COLLECTIONS,
  COPY_FILES,
  editorModelOf,
  fileKindIn,
  patternOf,
  type Collections,
} from "../../src/lib/content/model.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { checkSite, type SiteFiles } from "../../src/lib/content/site-check.ts";
import { minimalSite } from "../support/minimal-site.ts";

// A collection added to the content model, in this process: the pre-check reads its files against
// its schema, knows its pages' addresses, and the editor shows it; nothing else names it. The
// built site with a collection and a component added this way: tests/build/content-model-build.test.ts.
const withNotes: Collections = {
  ...COLLECTIONS,
  notes: {
    name: "notes",
    folder: "content/notes",
    kind: "yaml",
    schema: z.strictObject({ title: z.string().min(3, { error: "write a title of at least 3 characters" }) }),
    route: "/notes/{id}/",
    editor: {
      label: "Practice notes",
      labelSingular: "Note",
      identifierField: "title",
      options: () => ({ title: { label: "Title" } }),
    },
  },
};
const options = { today: "2026-12-01", includeDrafts: false };
const note = (title: string) => ({ file: "content/notes/opening.yaml", text: `title: ${title}\n` });
const post = (body: string) => ({
  file: "content/posts/desk.mdx",
  text: `---\ntitle: "How to sit well at a desk"\ndescription: "What to change at your desk so your lower back hurts less, in five small steps."\npubDate: 2026-03-14\nauthor: clinical-team\nreviewedBy: clinical-team\nreviewedDate: 2026-03-14\ntags: [posture]\n---\n\n${body}\n`,
});
const siteWith = (changes: Record<string, unknown>): SiteFiles => minimalSite(changes as Partial<SiteFiles>);

describe("a collection added to the content model", () => {
  it("its files are its own, for the pre-check and the editor's check of an edit", () => {
    expect(siteFileKind("content/notes/opening.yaml", withNotes)).toBe("notes");
    expect(siteFileKind("content/notes/opening.yaml")).toBeUndefined();
    expect(siteFileKind("content/notes/sub/opening.yaml", withNotes)).toBeUndefined();
    expect(patternOf(withNotes["notes"]!)).toBe("*.yaml");
  });

  it("the pre-check reads each file against its schema, naming the file, the line and the field", () => {
    const lines = checkSite(siteWith({ notes: [note("Hi")] }), options, withNotes).map(formatProblem);
    expect(lines).toEqual([expect.stringMatching(/^content\/notes\/opening\.yaml:1 {2}title .*at least 3/)]);
    expect(checkSite(siteWith({ notes: [note("Opening hours in May")] }), options, withNotes)).toEqual([]);
  });

  it("its pages' addresses are known to the link check", () => {
    const linking = { posts: [post("See [the note](/notes/opening/).")] };
    expect(
      checkSite(siteWith({ ...linking, notes: [note("Opening hours in May")] }), options, withNotes),
    ).toEqual([]);
    expect(checkSite(siteWith({ ...linking, notes: [] }), options, withNotes).map(formatProblem)).toEqual([
      expect.stringContaining("/notes/opening/"),
    ]);
  });

  it("the editor's check of an edit puts a new file in it", () => {
    const site = siteWith({ notes: [] });
    const { problems } = checkEdit(site, note("Hi"), options, withNotes);
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining("content/notes/opening.yaml:1")]);
  });

  it("the editor shows it with its label, its form, its pages and the body's blocks elsewhere", () => {
    const config = buildEditorConfig(
      editorModelOf(withNotes, EDITOR_BLOCKS),
      { tags: [], massageTypes: [] },
      { siteUrl: "https://www.example.com" },
    );
    const collections = config["collections"] as Array<Record<string, unknown>>;
    const notes = collections.find((collection) => collection["name"] === "notes");
    expect(notes).toMatchObject({
      label: "Practice notes",
      label_singular: "Note",
      folder: "content/notes",
      extension: "yaml",
      format: "yaml",
      preview_path: "notes/{{slug}}/",
      fields: [expect.objectContaining({ name: "title", label: "Title", widget: "string" })],
    });
    // The site's own collections come first, in the model's order, then the words, the moved addresses and the settings.
    expect(collections.map((collection) => collection["name"])).toEqual([
      "posts",
      "massage-types",
      "authors",
      "team",
      "testimonials",
      "pages",
      "notes",
      "words",
      "redirects",
      "settings",
    ]);
  });
});

describe("the site's model", () => {
  it("knows every file kind the site has, and nothing else below content/", () => {
    expect(
      [
        "content/posts/2026/desk.mdx",
        "content/massage-types/swedish.mdx",
        "content/authors/clinical-team.yaml",
        "content/team/jordan-reyes.yaml",
        "content/testimonials/a-client.yaml",
        "content/pages/privacy.mdx",
        "content/copy/home.yaml",
        "content/faq.yaml",
        "content/settings.yaml",
        "content/quiz.yaml",
        "content/team/images/jordan.jpg",
        "content/copy/notes.yaml",
        "content/pages/sub/privacy.mdx",
      ].map((file) => fileKindIn(COLLECTIONS, file)),
    ).toEqual([
      "posts",
      "massageTypes",
      "authors",
      "team",
      "testimonials",
      "pages",
      "copy",
      "copy",
      "settings",
      "quiz",
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("lists each copy file once, with the schema the pages and the editor read", () => {
    const files = Object.values(COPY_FILES).map((spec) => spec.file);
    expect(new Set(files).size).toBe(files.length);
    const editor = editorModelOf(COLLECTIONS, EDITOR_BLOCKS).fileGroups.find(
      (group) => group.name === "words",
    );
    expect(editor?.files.map((file) => file.file)).toEqual(files);
  });
});
