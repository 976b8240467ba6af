import type { MdxNode } from "../../src/lib/content/mdx-syntax.ts";

/**
 * The parts of an MDX body the rules look at (body-rules.ts), in document order: code lines,
 * `{…}`, components and HTML elements with their attributes, addresses: what the editor's reading
 * (micromark) and the MDX compiler's must agree on (parser-agreement.test.ts).
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
