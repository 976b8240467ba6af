import { splitFrontmatter } from "./frontmatter-block.ts";
import { readYaml } from "./yaml-source.ts";

/**
 * The frontmatter of an MDX file as plain data, or {} when there is none or it cannot be read
 * (the content checks report why). Validation stays with the schemas in schemas.ts.
 */
export function readFrontmatter(text: string): Record<string, unknown> {
  const block = splitFrontmatter(text);
  const data = block ? readYaml(block.yaml, "").data : undefined;
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}
