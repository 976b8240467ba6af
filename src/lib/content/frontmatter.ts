import { parse as parseYaml } from "yaml";

/**
 * The frontmatter of an MDX file as plain data, for code that reads files outside Astro's content
 * layer (the sitemap's dates, the content checks). Validation stays with the collection schemas.
 */
export function readFrontmatter(text: string): Record<string, unknown> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const data: unknown = block ? parseYaml(block) : {};
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}
