import { describe, expect, it } from "vitest";
import { build } from "esbuild";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { entrySlug, newEntryFile, slugSegment, SLUG_SETTINGS } from "../../src/lib/cms/entry-slug.ts";
import { buildEditorConfig } from "../../src/lib/cms/config.ts";
import { editorModel } from "../../src/data/editor.ts";

type SanitizeSlug = (text: string, settings: typeof SLUG_SETTINGS) => string;

/**
 * Decap's own sanitizeSlug, from the installed editor (decap-cms-core, as the editor page runs it).
 * Its ESM build imports lodash without file extensions, which Node does not resolve: esbuild
 * bundles it for Node first.
 */
async function decapSanitizeSlug(): Promise<SanitizeSlug> {
  const core = dirname(createRequire(import.meta.url).resolve("decap-cms-core/package.json"));
  const result = await build({
    entryPoints: [join(core, "dist/esm/lib/urlHelper.js")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    logLevel: "silent",
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString("base64")}`;
  return ((await import(url)) as { sanitizeSlug: SanitizeSlug }).sanitizeSlug;
}

/** Decap's prepareSlug (decap-cms-core/src/lib/formatters.ts), which runs before sanitizeSlug. */
const prepareSlug = (text: string) =>
  text.trim().toLocaleLowerCase().replace(/[']/g, "").replace(/[.]/g, "-");

const TITLES = [
  "Three Gentle Desk Stretches for a Stiff Back",
  "Massage, Stress and Sleep: What to Expect",
  "Crème brûlée & Ørsted's Straße: Łódź, Æsir, Œuvre",
  "It's 5 p.m. — time for a 10-minute break?",
  "  Leading and trailing spaces  ",
  "snake_case and tilde~ stay",
  "Über naïve café résumé",
  "“Smart quotes” and ‘apostrophes’",
  "100% of clients / 50 € + $20 <3 {signed}",
  "con",
  "...",
  "Emoji 😀 and 中文 characters",
  "A".repeat(300),
];

describe("a new entry's file name", () => {
  it("is Decap's own slug for the editor's settings, title by title", async () => {
    const sanitizeSlug = await decapSanitizeSlug();
    for (const title of TITLES) {
      expect(slugSegment(title), title).toBe(sanitizeSlug(prepareSlug(title), SLUG_SETTINGS));
    }
  });

  it("uses the editor configuration's own settings", () => {
    const config = buildEditorConfig(
      editorModel(),
      { tags: [], massageTypes: [] },
      { siteUrl: "https://www.example.com" },
    );
    expect(config["slug"]).toEqual(SLUG_SETTINGS);
  });

  it("follows each collection's slug rule and never reuses a file name", () => {
    const posts = { folder: "content/posts", extension: "mdx", slug: "{{slug}}", identifier_field: "title" };
    const data = { title: "Massage, Stress and Sleep" };
    expect(entrySlug(posts, data)).toBe("massage-stress-and-sleep");
    const taken = new Set([
      "content/posts/massage-stress-and-sleep.mdx",
      "content/posts/massage-stress-and-sleep-1.mdx",
    ]);
    expect(newEntryFile(posts, data, (file) => taken.has(file))).toBe(
      "content/posts/massage-stress-and-sleep-2.mdx",
    );
    const testimonials = {
      folder: "content/testimonials",
      extension: "yaml",
      slug: "{{year}}-{{month}}-{{fields.name}}",
      identifier_field: "name",
      fields: [{ name: "date", widget: "datetime" }],
    };
    expect(newEntryFile(testimonials, { name: "Maria G.", date: "2026-03-14" }, () => false)).toMatch(
      /^content\/testimonials\/2026-0[23]-maria-g\.yaml$/,
    );
  });
});
