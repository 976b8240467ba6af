import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { MdxNode } from "../lib/content/mdx-syntax.ts";

// Astro's MDX compiler reads a body with satteri, found here as @astrojs/mdx's Markdown processor
// finds it: the very copy the build compiles with, also after either package is updated. (A
// dependency of our own on satteri could be another version.) Its frontmatter helper is found the
// same way.
const fromMdx = createRequire(createRequire(import.meta.url).resolve("@astrojs/mdx"));
const fromProcessor = createRequire(fromMdx.resolve("@astrojs/markdown-satteri"));
const satteri = (await import(
  /* @vite-ignore */ pathToFileURL(fromProcessor.resolve("satteri")).href
)) as typeof import("satteri");
const frontmatter = (await import(
  /* @vite-ignore */ pathToFileURL(fromMdx.resolve("@astrojs/internal-helpers/frontmatter")).href
)) as { extractFrontmatter: (code: string) => string | undefined };

/**
 * The text @astrojs/mdx hands its compiler: the file with the frontmatter block, as Astro's helper
 * finds it, blanked to spaces ("empty-with-spaces"), so lines keep their numbers. Written out
 * rather than called (parseFrontmatter) because that also reads the fields' YAML, once more per
 * file; tests/unit/compiler-reading.test.ts holds the two to the same text.
 */
export function compiledText(text: string): string {
  const raw = frontmatter.extractFrontmatter(text);
  if (raw === undefined) return text;
  const fence = /^(?:\uFEFF?|\s*\n)(---|\+\+\+)/.exec(text)?.[1] ?? "---";
  return text.replace(`${fence}${raw}${fence}`, () => `   ${raw.replace(/[^\r\n]/g, " ")}   `);
}

/**
 * An MDX file's tree as the compiler reads it (the text it is handed, compiledText): the tree the
 * content check's body rules walk where the compiler runs (body-rules.ts). Throws the compiler's
 * own error when it cannot read the file.
 */
export function compilerReading(text: string): MdxNode {
  return satteri.mdxToMdast(compiledText(text)) as unknown as MdxNode;
}
