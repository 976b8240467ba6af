import { Document, parse as parseYaml } from "yaml";
import { splitFrontmatter } from "../content/frontmatter-block.ts";

/**
 * The form the browser editor writes a content file in, so that saving a file after changing one
 * field changes one line in git. The editor (Decap CMS) writes YAML with the `yaml` library's
 * defaults (block lists, quotes only where needed, lines folded at 80 columns), top-level keys in
 * the order of its fields, and the body right after the closing `---`. Files are kept in this form
 * (`npm run format:content`, checked by tests/unit/content-format.test.ts).
 */
export function canonicalYaml(data: Record<string, unknown>, fieldOrder: readonly string[]): string {
  const rank = (key: string) => {
    const index = fieldOrder.indexOf(key);
    return index === -1 ? fieldOrder.length : index;
  };
  const ordered = Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
  // A cleared field is written `key: null`, as the editor's YAML writer does (it keeps undefined values).
  return new Document(ordered, { keepUndefined: true }).toString();
}

/** An MDX file with frontmatter, in the editor's form; the body's text is kept as it is. */
export function canonicalMdx(text: string, fieldOrder: readonly string[]): string {
  const block = splitFrontmatter(text);
  // Fields ended early by a --- or +++ line are the writer's to fix (fenceInFields): rewritten,
  // the rest of the fields would become the page's text.
  if (!block || block.fence) return text;
  const data = parseYaml(block.yaml) as Record<string, unknown>;
  const body = text.slice(block.end).replace(/^(?:[ \t]*\r?\n)+/, "");
  return `---\n${canonicalYaml(data, fieldOrder)}---\n${body}`;
}

/**
 * The text the editor writes for an entry (Decap's entryToRaw): a YAML file, or frontmatter and
 * then the body for MDX, ending in a line break. The editor checks this text before it saves.
 */
export function editorFileText(
  format: string,
  data: Record<string, unknown>,
  fieldOrder: readonly string[],
): string {
  const { body, ...meta } = data;
  // "yaml" and "yaml-in-place" (settings and site words, which keeps comments) hold the same data.
  const text =
    format === "frontmatter"
      ? `---\n${canonicalYaml(meta, fieldOrder)}---\n${typeof body === "string" ? body : ""}`
      : canonicalYaml(data, fieldOrder);
  return text.endsWith("\n") ? text : `${text}\n`;
}
