import type { MdxNode } from "./mdx-syntax.ts";

/**
 * The parts of an MDX body the rules look at (body-rules.ts), in document order: code lines,
 * `{…}`, components and HTML elements with their attributes, addresses. The content check reads a
 * body with micromark (mdx-syntax.ts) and Astro's MDX compiler with another parser (satteri): the
 * allowlist holds for what is published only while both see the same parts, so the build compares
 * them (site-check.ts, `compilerReading`).
 */
export interface MdxPart {
  /** The part written out, e.g. `<Callout kind="note">` or `{1 + 1}` or `link /quiz/`. */
  text: string;
  line?: number | undefined;
}

const written = (value: unknown) => String(value ?? "").trim();

export function ruledParts(tree: MdxNode): MdxPart[] {
  const parts: MdxPart[] = [];
  const add = (node: MdxNode, text: string) => parts.push({ text, line: node.position?.start.line });
  const visit = (node: MdxNode) => {
    switch (node.type) {
      case "mdxjsEsm":
        add(node, `code line ${written(node.value)}`);
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        add(node, `{${written(node.value)}}`);
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const attributes = (node.attributes ?? []).map((attribute) => {
          if (attribute.type === "mdxJsxExpressionAttribute") return ` {${written(attribute.value)}}`;
          const { name, value } = attribute;
          if (value === null || value === undefined) return ` ${name}`;
          return typeof value === "string"
            ? ` ${name}=${JSON.stringify(value)}`
            : ` ${name}={${written(value.value)}}`;
        });
        add(node, `<${node.name ?? ""}${attributes.join("")}>`);
        break;
      }
      case "link":
      case "image":
      case "definition":
        add(node, `${node.type} ${node.url ?? ""}`);
        break;
      case "html":
        add(node, `html ${written(node.value)}`);
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return parts;
}

/**
 * The first part one reading has and the other has not (the compiler's when both have one there),
 * or undefined when the two readings agree.
 */
export function firstDifference(
  checked: readonly MdxPart[],
  compiled: readonly MdxPart[],
): MdxPart | undefined {
  const length = Math.max(checked.length, compiled.length);
  for (let index = 0; index < length; index++) {
    const mine = checked[index];
    const theirs = compiled[index];
    if (mine?.text !== theirs?.text) return theirs ?? mine;
  }
  return undefined;
}
