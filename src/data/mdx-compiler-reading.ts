import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { MdxNode } from "../lib/content/mdx-syntax.ts";

// Astro's MDX compiler reads a body with satteri, found here as @astrojs/mdx's Markdown processor
// finds it: the very copy the build compiles with, also after either package is updated. (A
// dependency of our own on satteri could be another version.)
const fromMdx = createRequire(createRequire(import.meta.url).resolve("@astrojs/mdx"));
const fromProcessor = createRequire(fromMdx.resolve("@astrojs/markdown-satteri"));
const satteri = (await import(
  /* @vite-ignore */ pathToFileURL(fromProcessor.resolve("satteri")).href
)) as typeof import("satteri");

/**
 * An MDX file's tree as the compiler reads it (its whole text, frontmatter included, as the build
 * passes it): the tree the content check's body rules walk where the compiler runs (body-rules.ts).
 * Throws the compiler's own error when it cannot read the file.
 */
export function compilerReading(text: string): MdxNode {
  return satteri.mdxToMdast(text) as unknown as MdxNode;
}
