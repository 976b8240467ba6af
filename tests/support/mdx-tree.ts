import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import { parse as parseYaml } from "yaml";

/** An MDX file's parts: the frontmatter as data and the body as an MDX syntax tree without positions. */
export function mdxParts(text: string): { data: unknown; tree: unknown } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const body = match ? text.slice(match[0].length) : text;
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  return { data: match?.[1] ? parseYaml(match[1]) : {}, tree: withoutPositions(tree) };
}

function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (node && typeof node === "object") {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key !== "position")
        .map(([key, value]) => [key, withoutPositions(value)]),
    );
  }
  return node;
}
