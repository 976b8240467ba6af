import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { editorSchemas } from "../../src/data/editor.ts";
import { canonicalMdx, canonicalYaml } from "../../src/lib/cms/canonical.ts";
import { editorFields } from "../../src/lib/cms/fields.ts";
import { newPostText } from "../../src/lib/content/new-post.ts";

// Every file the editor saves must already be in the form it writes: then saving after changing
// one field shows as one changed line in git. `npm run format:content` rewrites files that are not.
const write = process.env["CONTENT_FORMAT"] === "write";
const schemas = editorSchemas();
const order = (schema: Parameters<typeof editorFields>[0]) => editorFields(schema).map((field) => field.name);

const targets = [
  { dir: "content/posts", ext: ".mdx", format: (text: string) => canonicalMdx(text, order(schemas.posts)) },
  {
    dir: "content/massage-types",
    ext: ".mdx",
    format: (text: string) => canonicalMdx(text, order(schemas.massageTypes)),
  },
  {
    dir: "content/authors",
    ext: ".yaml",
    format: (text: string) =>
      canonicalYaml(parseYaml(text) as Record<string, unknown>, order(schemas.authors)),
  },
  {
    dir: "content/team",
    ext: ".yaml",
    format: (text: string) => canonicalYaml(parseYaml(text) as Record<string, unknown>, order(schemas.team)),
  },
  { dir: "content/pages", ext: ".mdx", format: (text: string) => canonicalMdx(text, order(schemas.pages)) },
];

describe("content files are in the form the browser editor writes", () => {
  for (const { dir, ext, format } of targets) {
    it(dir, () => {
      const wrong: string[] = [];
      for (const name of readdirSync(dir).filter((file) => file.endsWith(ext))) {
        const file = join(dir, name);
        const text = readFileSync(file, "utf8");
        const canonical = format(text);
        if (canonical === text) continue;
        if (write) writeFileSync(file, canonical);
        else wrong.push(file);
      }
      expect(wrong, "run npm run format:content to rewrite these files").toEqual([]);
    });
  }

  it("npm run new:post writes a post already in that form", () => {
    const text = newPostText("Sitting Well at Work: Five Small Changes", "2026-11-26", "clinical-team");
    expect(canonicalMdx(text, order(schemas.posts))).toBe(text);
  });

  it("keeps the data and the body, moves keys into the editor's order and lists into block form", () => {
    const text = '---\ntags: [a, b]\ntitle: "Plain title"\n---\n\nBody *text*.\n';
    expect(canonicalMdx(text, ["title", "tags"])).toBe(
      "---\ntitle: Plain title\ntags:\n  - a\n  - b\n---\nBody *text*.\n",
    );
  });

  it("leaves a file whose fields a --- line ends early as it is, for its writer to fix", () => {
    // Rewritten, the fields after the line would have become the page's text (found in review, 2026-12-08).
    const text = '---\ntitle: "Plain title"\n---x: 1\ntags: [a]\n---\n\nBody.\n';
    expect(canonicalMdx(text, ["title", "tags"])).toBe(text);
  });
});
