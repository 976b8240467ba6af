import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { z } from "astro/zod";
import { parse as parseYaml } from "yaml";
import { editorModel, editorSchemas } from "../../src/data/editor.ts";
import { buildEditorConfig } from "../../src/lib/cms/config.ts";
import { editorFields, type EditorField } from "../../src/lib/cms/fields.ts";
import { namingField } from "../../src/lib/cms/new-entry-name.ts";
import { editorBackendFromEnv, editorCsp } from "../../src/lib/cms/backend.ts";
import { readFrontmatter } from "../../src/lib/content/frontmatter.ts";

const content = {
  tags: ["back-pain", "sleep"],
  massageTypes: ["swedish", "thai"],
};
const backend = { siteUrl: "https://www.example.com" };
const schemas = editorSchemas();
const model = editorModel();
type EditorSchemas = ReturnType<typeof editorSchemas>;

type Collection = { name: string; fields?: EditorField[]; files?: { fields: EditorField[] }[] };
const collectionsOf = (config: Record<string, unknown>) => config["collections"] as Collection[];
type FileEntry = { name: string; fields: EditorField[] };
/** A collection's fields, or one file's ("words/site") in a collection of files. */
const fieldsOfCollection = (config: Record<string, unknown>, name: string): EditorField[] => {
  const [collectionName, fileName] = name.split("/");
  const collection = collectionsOf(config).find((item) => item.name === collectionName);
  if (!collection) throw new Error(`no editor collection ${name}`);
  const files = (collection.files ?? []) as FileEntry[];
  const file = fileName ? files.find((entry) => entry.name === fileName) : files[0];
  return (collection.fields ?? file?.fields ?? []).filter((field) => field.name !== "body");
};

/** Valid data from the site's own files, one per collection: the starting point of each probe. */
const samples: Record<keyof EditorSchemas, Record<string, unknown>> = {
  posts: readFrontmatter(readFileSync("content/posts/sciatica-and-massage.mdx", "utf8")),
  massageTypes: readFrontmatter(readFileSync("content/massage-types/swedish.mdx", "utf8")),
  authors: parseYaml(readFileSync("content/authors/clinical-team.yaml", "utf8")) as Record<string, unknown>,
  team: parseYaml(readFileSync("content/team/jordan-reyes.yaml", "utf8")) as Record<string, unknown>,
  pages: readFrontmatter(readFileSync("content/pages/privacy.mdx", "utf8")),
  // The practice has no testimonial yet: a valid one as the editor would write it.
  testimonials: parseYaml(
    'quote: "Jordan listened first and kept checking the pressure."\nname: a client\ndate: 2026-11-15\nconsent: true\n',
  ) as Record<string, unknown>,
  settings: parseYaml(readFileSync("content/settings.yaml", "utf8")) as Record<string, unknown>,
  site: parseYaml(readFileSync("content/copy/site.yaml", "utf8")) as Record<string, unknown>,
  home: parseYaml(readFileSync("content/copy/home.yaml", "utf8")) as Record<string, unknown>,
  listings: parseYaml(readFileSync("content/copy/listings.yaml", "utf8")) as Record<string, unknown>,
  visit: parseYaml(readFileSync("content/copy/visit.yaml", "utf8")) as Record<string, unknown>,
  faq: parseYaml(readFileSync("content/faq.yaml", "utf8")) as Record<string, unknown>,
  postTranslations: readFrontmatter(
    readFileSync("content/es/posts/seis-razones-para-recibir-un-masaje-para-el-dolor-de-espalda.mdx", "utf8"),
  ),
  massageTypeTranslations: readFrontmatter(readFileSync("content/es/massage-types/swedish.mdx", "utf8")),
  pageTranslations: readFrontmatter(readFileSync("content/es/pages/privacy.mdx", "utf8")),
  teamTranslations: parseYaml(readFileSync("content/es/team/jordan-reyes.yaml", "utf8")) as Record<
    string,
    unknown
  >,
  authorTranslations: parseYaml(readFileSync("content/es/authors/clinical-team.yaml", "utf8")) as Record<
    string,
    unknown
  >,
  // The practice has moved nothing yet: a moved and a gone address as the editor would write them.
  redirects: {
    redirects: [
      { from: "/blog/old-name/", to: "/blog/sciatica-and-massage/" },
      { from: "/massage/chair/", gone: true, reason: "Retired, the practice no longer offers it" },
    ],
  },
};
const editorName: Record<keyof EditorSchemas, string> = {
  posts: "posts",
  massageTypes: "massage-types",
  authors: "authors",
  team: "team",
  pages: "pages",
  testimonials: "testimonials",
  settings: "settings",
  site: "words/site",
  home: "words/home",
  listings: "words/listings",
  visit: "words/visit",
  faq: "words/faq",
  redirects: "redirects",
  postTranslations: "post-translations-es",
  massageTypeTranslations: "massage-type-translations-es",
  pageTranslations: "page-translations-es",
  teamTranslations: "team-translations-es",
  authorTranslations: "author-translations-es",
};

describe("the editor's fields are the build's schema fields", () => {
  const config = buildEditorConfig(model, content, backend);

  for (const key of Object.keys(editorName) as (keyof EditorSchemas)[]) {
    const fields = fieldsOfCollection(config, editorName[key]);
    const collection = collectionsOf(config).find((each) => each.name === editorName[key]!.split("/")[0]);
    const namedBy = collection && namingField(collection as { slug?: string; identifier_field?: string });
    const schema = schemas[key]!;
    const sample = samples[key];

    it(`${editorName[key]}: every field, in the schema's order, and the sample file is valid`, () => {
      const shape = (schema as z.ZodObject)._zod.def.shape;
      // A retired field (z.never().optional(), kept to explain its replacement) is never written.
      const retired = (name: string) => {
        const def = (shape[name] as z.ZodOptional)._zod.def;
        return def.type === "optional" && (def.innerType as z.ZodType)._zod.def.type === "never";
      };
      expect(fields.map((field) => field.name)).toEqual(Object.keys(shape).filter((name) => !retired(name)));
      expect(schema.safeParse(sample).success).toBe(true);
    });

    it(`${editorName[key]}: a field the editor marks needed is one the build rejects when missing`, () => {
      for (const field of fields) {
        const without = { ...sample };
        delete without[field.name];
        // An optional field may still be needed by a rule between fields; only needed ones must fail
        // alone, but for the field a new file is named from (a translation's original: its file's
        // name says it, and the form cannot name the file without it).
        if (field["needed_to_save"] !== true || field.name === namedBy) continue;
        expect(schema.safeParse(without).success, `${field.name} is needed by the editor`).toBe(false);
      }
      const optional = fields.filter((field) => field["needed_to_save"] !== true).map((field) => field.name);
      for (const name of optional) {
        expect((schema as z.ZodObject)._zod.def.shape[name]?.safeParse(undefined).success, name).toBe(true);
      }
    });

    it(`${editorName[key]}: Decap has no rule of its own (the check is the one gate); a count's bounds are the build's`, () => {
      const everyField = (list: readonly EditorField[]): EditorField[] =>
        list.flatMap((field) => [
          field,
          ...everyField((field["fields"] as EditorField[] | undefined) ?? []),
          ...everyField(field["field"] ? [field["field"] as EditorField] : []),
        ]);
      for (const field of everyField(fields)) {
        expect(field["required"], `${field.name}: Decap's presence rule`).toBe(false);
        for (const rule of ["pattern", "min", "max"])
          expect(field, `${field.name}: Decap's ${rule} rule`).not.toHaveProperty(rule);
      }
      for (const field of fields) {
        const fieldSchema = (schema as z.ZodObject)._zod.def.shape[field.name] as z.ZodType;
        if (field.widget.startsWith("counted-")) {
          const [min, max] = [field["min_length"] as number | undefined, field["max_length"] as number];
          expect(fieldSchema.safeParse("x".repeat(max)).success, `${field.name}: ${max} characters`).toBe(
            true,
          );
          expect(fieldSchema.safeParse("x".repeat(max + 1)).success, `${field.name}: ${max + 1}`).toBe(false);
          if (min !== undefined) {
            expect(fieldSchema.safeParse("x".repeat(min)).success, `${field.name}: ${min}`).toBe(true);
            expect(fieldSchema.safeParse("x".repeat(min - 1)).success, `${field.name}: ${min - 1}`).toBe(
              false,
            );
          }
        }
        if (field.widget === "select" && field.name !== "tags") {
          for (const option of field["options"] as string[])
            expect(fieldSchema.safeParse(option).success).toBe(true);
          expect(fieldSchema.safeParse("not-an-option").success).toBe(false);
        }
      }
    });
  }

  it("a translation's original is needed in the form, which names the new file from it", () => {
    for (const name of Object.values(editorName).filter((each) => each.includes("translations-"))) {
      expect(
        fieldsOfCollection(config, name).find((field) => field.name === "translationOf"),
        name,
      ).toMatchObject({
        required: false,
        needed_to_save: true,
      });
    }
  });

  it("an entry's text has no rule of Decap's either: the check refuses a published entry without it", () => {
    for (const name of ["posts", "massage-types", "pages", "post-translations-es"]) {
      const collection = (config.collections as Collection[]).find((each) => each.name === name);
      expect(
        collection?.fields?.find((field) => field.name === "body"),
        name,
      ).toMatchObject({
        required: false,
        needed_to_save: true,
      });
    }
  });

  it("posts: dropdowns for author and related, a tag box; dates saved as YYYY-MM-DD", () => {
    const fields = Object.fromEntries(
      fieldsOfCollection(config, "posts").map((field) => [field.name, field]),
    );
    expect(fields["author"]).toMatchObject({ widget: "relation", collection: "authors" });
    // The site's own tag box (src/admin/field-widgets.ts): the tags in use, and a new one typed in.
    expect(fields["tags"]).toMatchObject({ widget: "site-tags", options: content.tags });
    // The site's own date box (src/admin/date-widget.ts), which writes YYYY-MM-DD and keeps a typed year.
    expect(fields["pubDate"]).toMatchObject({ widget: "site-date" });
    // A length rule: the counted box, its bounds read from the schema; no pattern (the build's
    // check words a value out of bounds at save).
    expect(fields["description"]).toMatchObject({ widget: "counted-text", min_length: 50, max_length: 160 });
    expect(fields["description"]).not.toHaveProperty("pattern");
    expect(fields["title"]).toMatchObject({ widget: "counted-string", min_length: 10, max_length: 100 });
    // Needed once published, optional for a draft: the schema's list, marked for the editor.
    for (const name of ["reviewedBy", "reviewedDate"]) {
      expect(fields[name]).toMatchObject({ required: false, needed_to_publish: true });
    }
    expect(fields["author"]).not.toHaveProperty("needed_to_publish");
    // The schema's own wording is the hint the marketer sees.
    expect(fields["title"]?.["hint"]).toBe("write a title of at least 10 characters");
  });

  it("posts: authors and reviewers listed by name when the content names them (a therapist's from the team)", () => {
    const authors = [
      { value: "clinical-team", label: "The clinical team" },
      { value: "jordan-reyes", label: "Jordan Reyes" },
    ];
    const named = buildEditorConfig(model, { ...content, authors }, backend);
    const fields = Object.fromEntries(fieldsOfCollection(named, "posts").map((field) => [field.name, field]));
    for (const name of ["author", "reviewedBy"]) {
      expect(fields[name]).toMatchObject({ widget: "select", options: authors });
      expect(fields[name]).not.toHaveProperty("collection");
    }
  });

  it("every field has a human label and a plain hint: no raw names, no file syntax beside a switch or a picker", () => {
    const found: string[] = [];
    const walk = (fields: EditorField[], where: string) => {
      for (const field of fields) {
        const path = `${where}/${field.name}`;
        const label = String(field["label"] ?? "");
        const hint = String(field["hint"] ?? "");
        if (label === "" || label === field.name) found.push(`${path}: label is the field's name`);
        // A label Decap shows is words: not in capitals, not a camelCase name.
        if (/[A-Z]{2,}/.test(label) && label === label.toUpperCase())
          found.push(`${path}: label in capitals`);
        if (/^[a-z]+[A-Z]\w*$/.test(label)) found.push(`${path}: label "${label}" is a name, not words`);
        if (/true or false|write true|in quotes|as text\b/i.test(hint)) found.push(`${path}: hint "${hint}"`);
        // Decap adds " (optional)" to an optional field's label itself: "Photo (optional) (optional)"
        // was shown (found reviewing the editor, 2026-12-07).
        if (/\(optional\)/i.test(label))
          found.push(`${path}: label "${label}" says (optional), as Decap does`);
        if (field.widget === "site-date" && /YYYY|quotes/.test(hint))
          found.push(`${path}: date hint "${hint}"`);
        if (field.widget === "boolean" && /\b(true|false)\b/.test(hint))
          found.push(`${path}: switch hint "${hint}"`);
        if (Array.isArray(field["fields"])) walk(field["fields"] as EditorField[], path);
        if (field["field"]) walk([field["field"] as EditorField], `${path}[]`);
      }
    };
    for (const collection of collectionsOf(config)) {
      walk(collection.fields ?? [], collection.name);
      for (const file of (collection.files ?? []) as FileEntry[])
        walk(file.fields, `${collection.name}/${file.name}`);
    }
    expect(found).toEqual([]);
  });

  it("massage types: pressure's allowed values come from the schema", () => {
    const pressure = fieldsOfCollection(config, "massage-types").find((field) => field.name === "pressure");
    expect((pressure?.["fields"] as EditorField[])[0]).toMatchObject({
      widget: "select",
      options: ["light", "medium", "firm"],
    });
  });

  it("a field added to a schema appears in the editor with its rules; options for a missing field fail", () => {
    const posts = (schemas.posts as z.ZodObject).extend({
      summaryForEmail: z.string().min(20).max(80),
      audience: z.enum(["patients", "therapists"]).optional(),
    });
    const added = fieldsOfCollection(buildEditorConfig(editorModel({ posts }), content, backend), "posts");
    expect(added.find((field) => field.name === "summaryForEmail")).toMatchObject({
      widget: "counted-string",
      min_length: 20,
      max_length: 80,
    });
    expect(added.find((field) => field.name === "summaryForEmail")).toMatchObject({ needed_to_save: true });
    expect(added.find((field) => field.name === "audience")).toMatchObject({
      widget: "select",
      required: false,
      options: ["patients", "therapists"],
    });
    expect(() =>
      buildEditorConfig(model, content, backend, {
        extraOptions: { posts: { subtitle: { label: "Subtitle" } } },
      }),
    ).toThrow(/"subtitle", which the schema does not have/);
  });

  it("settings: the opening hours and a name-or-off setting get the site's own widgets, from the schemas", () => {
    const settings = fieldsOfCollection(buildEditorConfig(model, content, backend), "settings");
    const group = (name: string) =>
      (settings.find((field) => field.name === name)?.["fields"] ?? []) as EditorField[];
    expect(group("hours").map(({ name, widget }) => [name, widget])).toEqual([
      ["weekly", "weekly-hours"],
      ["exceptions", "hours-exceptions"],
      ["announceDays", "number"],
      ["clock", "select"],
    ]);
    // The heading font: a choice of the fonts on offer, described in the schema's own words.
    expect(group("brand").find((field) => field.name === "headingFont")).toMatchObject({
      widget: "select",
      required: false,
      options: ["lora", "source-sans-3", "nunito"],
      hint: expect.stringMatching(/^The font of headings .*Lora: a warm serif/),
    });
    expect(group("booking").find((field) => field.name === "serviceParam")).toMatchObject({
      widget: "string-or-false",
      required: false,
    });
    // Any schema names its widget the same way; nothing is hidden from the editor any more.
    const own = editorFields(
      z.strictObject({ days: z.array(z.string()).meta({ editorWidget: "day-list" }).optional() }),
    );
    expect(own).toEqual([{ name: "days", label: "days", widget: "day-list", required: false }]);
    expect(JSON.stringify(buildEditorConfig(model, content, backend))).not.toContain('"hidden"');
  });

  it("a map of values (like the quiz's weights) is refused rather than edited unsafely", () => {
    expect(() => editorFields(z.strictObject({ weights: z.record(z.string(), z.number()) }))).toThrow(
      /file-only/,
    );
  });

  it("every existing post, massage type and author passes the schema the editor is built from", () => {
    const read = (dir: string) => readdirSync(dir).map((name) => `${dir}/${name}`);
    for (const file of read("content/posts").filter((name) => name.endsWith(".mdx"))) {
      expect(schemas.posts.safeParse(readFrontmatter(readFileSync(file, "utf8"))).success, file).toBe(true);
    }
    for (const file of read("content/massage-types")) {
      expect(schemas.massageTypes.safeParse(readFrontmatter(readFileSync(file, "utf8"))).success, file).toBe(
        true,
      );
    }
  });
});

describe("where the editor commits and what its page may load", () => {
  it("reads the repository from the host's own variables", () => {
    expect(editorBackendFromEnv({ GITHUB_REPOSITORY: "practice/site" }, "https://x.org").repo).toBe(
      "practice/site",
    );
    expect(
      editorBackendFromEnv({ REPOSITORY_URL: "https://github.com/practice/site" }, "https://x.org").repo,
    ).toBe("practice/site");
    expect(editorBackendFromEnv({ CMS_REPO: "a/b", GITHUB_REPOSITORY: "c/d" }, "https://x.org").repo).toBe(
      "a/b",
    );
  });

  it("signs in through the site's own endpoint on Cloudflare Pages, unless CMS_AUTH_URL names one", () => {
    const site = "https://www.practice.example/clinic/";
    expect(editorBackendFromEnv({ CF_PAGES: "1" }, site).authBaseUrl).toBe("https://www.practice.example");
    expect(
      editorBackendFromEnv({ CF_PAGES: "1", CMS_AUTH_URL: "https://auth.example" }, site).authBaseUrl,
    ).toBe("https://auth.example");
    expect(editorBackendFromEnv({}, site).authBaseUrl).toBeUndefined();
  });

  it("allows GitHub's API and, only in local mode, the local proxy", () => {
    const published = editorCsp({ siteUrl: "https://x.org" });
    expect(published).toContain("connect-src 'self' blob: https://api.github.com;");
    expect(published).toContain("script-src 'self' 'unsafe-eval';");
    expect(published).not.toContain("localhost");
    const local = editorCsp({ siteUrl: "https://x.org", localProxyUrl: "http://localhost:4446/api/v1" });
    expect(local).toContain("http://localhost:4446");
  });
});
