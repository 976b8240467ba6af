import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { inEditorWords, type EditorNames } from "../../src/lib/content/messages.ts";
import { formatProblem, movedProblem, originOf } from "../../src/lib/content/problems.ts";
import { parseFile } from "../../src/lib/content/site-check.ts";
import { postSchema } from "../../src/lib/content/schemas.ts";

// The editor names fields by their labels and pages by their titles; the build keeps keys, files
// and lines. Both come from the same catalogue entry, worded again from its arguments.
const schema = postSchema({ image: () => z.string(), author: () => z.string() });
const LABELS: Record<string, string> = {
  reviewedBy: "Reviewed by",
  reviewedDate: "Reviewed on",
  heroImage: "Hero image",
  heroAlt: "Hero image description (alt text)",
  title: "Title",
  description: "Description (search snippet)",
};
const TITLES: Record<string, string> = { "content/posts/other.mdx": "Massage, Stress and Sleep" };
const names: EditorNames = { field: (key) => LABELS[key], page: (file) => TITLES[file] };
const post = (fields: string) => ({
  file: "content/posts/x.mdx",
  text: `---\ntitle: "How to sit well at a desk"\ndescription: "What to change at your desk so your lower back hurts less, in five small steps."\npubDate: 2026-03-14\nauthor: clinical-team\ntags: [posture]\n${fields}\n---\n\nBody.\n`,
});
const inEditor = (fields: string) =>
  parseFile(post(fields), schema, "mdx").problems.map((found) => {
    const origin = originOf(found)!;
    const { what, fix } = inEditorWords(origin.key, origin.args as never, names);
    return `${what} ${fix}`;
  });

describe("a refusal in the editor's words", () => {
  it("names fields by their labels, where the build names keys and lines", () => {
    const fields = "reviewedBy: clinical-team\nheroImage: ./images/desk.jpg";
    expect(parseFile(post(fields), schema, "mdx").problems.map(formatProblem)).toEqual([
      'content/posts/x.mdx:8  heroImage has no heroAlt. Describe the image for people who cannot see it, e.g. heroAlt: "A therapist working on a lower back".',
      "content/posts/x.mdx  reviewedDate is missing: a published article needs a licensed therapist's review. Once a licensed therapist has reviewed the article, add it, e.g. reviewedDate: 2026-03-14; until then keep the post a draft.",
    ]);
    expect(inEditor(fields)).toEqual([
      '“Hero image” has no “Hero image description (alt text)”. Describe the image for people who cannot see it, e.g. “Hero image description (alt text)”: "A therapist working on a lower back".',
      "“Reviewed on” is missing: a published article needs a licensed therapist's review. Once a licensed therapist has reviewed the article, add it, e.g. “Reviewed on”: 2026-03-14; until then keep the post a draft.",
    ]);
  });

  it("a too-long description: the catalogue's message, with the field's label", () => {
    const long = "A sentence that goes on. ".repeat(12).trim();
    const [line] = parseFile(
      {
        ...post(""),
        text: post("reviewedBy: a\nreviewedDate: 2026-03-01").text.replace(
          /^description: .*$/m,
          `description: "${long}"`,
        ),
      },
      schema,
      "mdx",
    ).problems.map((found) => {
      const origin = originOf(found)!;
      const { what, fix } = inEditorWords(origin.key, origin.args as never, names);
      return `${what} ${fix}`;
    });
    expect(line).toBe(
      `“Description (search snippet)” "${long}" is not accepted. Write 50 to 160 characters: it is the snippet search engines show.`,
    );
  });

  it("names another page by its title and keeps the keys a rule names as labels", () => {
    expect(
      inEditorWords(
        "duplicateTitle",
        { field: "title", kind: "post", other: "content/posts/other.mdx" },
        names,
      ),
    ).toEqual({
      what: "“Title” is the same as in “Massage, Stress and Sleep”.",
      fix: "Give each post its own title.",
    });
    expect(
      inEditorWords(
        "invalidValue",
        { field: "reviewedDate", rule: "set reviewedBy and reviewedDate together, or neither" },
        names,
      ).fix,
    ).toBe("Set “Reviewed by” and “Reviewed on” together, or neither.");
    // A name the editor does not know stays as the build wrote it.
    expect(inEditorWords("missingField", { field: "subtitle", example: '"x"' }, names).what).toBe(
      "subtitle is missing.",
    );
  });

  it("a problem moved to another file keeps the entry it was worded from", () => {
    const [found] = parseFile(post("reviewedBy: a"), schema, "mdx").problems;
    const moved = movedProblem(found!, { file: "content/posts/y.mdx", line: undefined });
    expect(moved.file).toBe("content/posts/y.mdx");
    expect(originOf(moved)).toEqual(originOf(found!));
  });
});

// Found reviewing the editor (2026-12-07): messages told the marketer to "add consent: true" and
// "set gone: true", the file's words, where the form shows switches by their labels.
describe("a switch is named as the form shows it", () => {
  const switches: EditorNames = {
    field: (key) => ({ consent: "The client agreed to be quoted", gone: "Gone for good" })[key],
    page: () => undefined,
  };
  it("in the editor by its label, in the build by its key", () => {
    const editor = inEditorWords("consentMissing", {}, switches);
    expect(`${editor.what} ${editor.fix}`).not.toMatch(/consent: true/);
    expect(editor.fix).toContain("switch on “The client agreed to be quoted”");
    const redirect = inEditorWords("redirectTargetMissing", { from: "/a/", to: "/b/" }, switches);
    expect(redirect.fix).toContain("switch on “Gone for good”");
  });
});

/** A message in the editor's words, with the form's labels and the pages' titles given by key. */
const sentenceInEditor = (
  key: Parameters<typeof inEditorWords>[0],
  args: Record<string, unknown>,
  labels: Record<string, string>,
  titles: Record<string, string> = {},
) => {
  const { what, fix } = inEditorWords(key, args as never, {
    field: (name) => labels[name],
    page: (file) => titles[file],
  });
  return `${what} ${fix}`;
};

describe("a rule naming fields by their paths, in the editor's words", () => {
  // Found by the editor audit (2026-12-08): "Pressure.from must be the same as or lighter than
  // pressure.to", keys where the form shows labels; and an emptied setting read as a value refused.
  it("names each path by its label; a word that names no field stays", () => {
    const rule = "pressure.from must be the same as or lighter than pressure.to, e.g. light";
    const labels = { pressure: "Pressure", "pressure.from": "From", "pressure.to": "To" };
    expect(sentenceInEditor("invalidValue", { field: "pressure", rule }, labels)).toBe(
      "“Pressure” is not accepted. “From” must be the same as or lighter than “To”, e.g. light.",
    );
  });

  it("an emptied field is empty, not a value refused", () => {
    expect(
      sentenceInEditor(
        "invalidValue",
        { field: "city", value: "", rule: "write the city" },
        { city: "City" },
      ),
    ).toBe("“City” is empty. Write the city.");
  });
});

describe("a missing field in the editor's words", () => {
  it("asks for the field to be filled in, without the file's example (found by the editor audit)", () => {
    expect(
      sentenceInEditor("missingField", { field: "tags", example: "[lower-back, posture]" }, { tags: "Tags" }),
    ).toBe("“Tags” is missing. Fill it in.");
  });
});

describe("a template's own words naming a field by key", () => {
  it("names it by its label in the editor (found by the session's audit: “translatedDate” in a notice)", () => {
    const args = {
      original: "content/posts/six.mdx",
      originalDate: "2026-12-08",
      translatedDate: "2026-12-06",
    };
    expect(
      sentenceInEditor(
        "translationOlder",
        args,
        { translatedDate: "Translated on" },
        { "content/posts/six.mdx": "6 Reasons" },
      ),
    ).toBe(
      "“6 Reasons” was updated or reviewed on 2026-12-08, after this translation (“Translated on” 2026-12-06). Bring the translation in line with the original, then set “Translated on” to that day.",
    );
  });
});
