// The site's MDX components as blocks in the editor's body field, derived from their declarations
// in COMPONENT_MODEL (src/lib/content/body-model.ts): a component with an `editor` entry gets a
// block, with a field for each attribute and for what it holds. Each block writes exactly the form
// the build and the content checks read, attributes in the declared order, so opening and saving a
// post changes nothing. A block's fields carry no `pattern`: the editor cannot validate fields
// inside a block (it fails with "this.props.onValidate is not a function"); editor.ts checks the
// blocks, with the whole file, before the save. The preview pane renders blocks with the site's own
// component markup (preview.tsx), so the blocks here have no preview of their own.
import type { EditorContent } from "../lib/cms/config.ts";
import {
  CHILDREN,
  COMPONENT_MODEL,
  type AttributeRule,
  type BlockField,
  type ComponentModel,
} from "../lib/content/body-model.ts";

/** A block as Decap's registerEditorComponent takes it. */
export interface EditorBlock {
  /** The component's `editor.id` (EDITOR_BLOCKS lists the site's own). */
  id: string;
  label: string;
  fields: object[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, string | undefined>): string;
}

const attr = (value: unknown) =>
  String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;");
const unattr = (value: unknown) =>
  String(value ?? "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The editor's field for an attribute, by how the model reads its value. */
function attributeField(
  name: string,
  rule: AttributeRule,
  field: BlockField,
  required: boolean,
  content: EditorContent,
): object {
  const base = { name, label: field.label, ...(field.hint ? { hint: field.hint } : {}) };
  const optional = required ? {} : { required: false };
  if (rule.kind === "choice")
    return { ...base, widget: "select", options: rule.values, default: rule.values[0] ?? "" };
  if (rule.kind === "massageType")
    return {
      ...base,
      widget: "select",
      options: content.massageTypeChoices ?? content.massageTypes,
      ...optional,
    };
  if (rule.kind === "image") return { ...base, widget: "image", choose_url: false, ...optional };
  return { ...base, widget: "string", ...optional };
}

/**
 * The block of one component, or undefined when it has none. `name` is a JavaScript name (the
 * model's key), so it stands in the block's pattern as it is.
 */
function componentBlock(
  name: string,
  model: ComponentModel,
  content: EditorContent,
): EditorBlock | undefined {
  if (!model.editor) return undefined;
  const { id, label, fields = {} } = model.editor;
  const attributes = Object.keys(fields).filter((key) => key !== CHILDREN && key in model.attributes);
  const children = model.children && fields[CHILDREN] ? model.children : undefined;
  // A choice is always written (its first value when none is chosen), as is a required attribute.
  const written = (key: string) =>
    model.attributes[key]?.kind === "choice" || (model.required ?? []).includes(key);
  const opening = attributes
    .map((key) => (written(key) ? ` ${key}="([^"]*)"` : `(?: ${key}="([^"]*)")?`))
    .join("");
  const closing =
    children === "markdown"
      ? `>\\n\\n([\\s\\S]*?)\\n\\n<\\/${name}>`
      : children === "text"
        ? `(?: \\/>|>([^<\\n]*)<\\/${name}>)`
        : " \\/>";
  const blockFields = attributes.map((key) =>
    attributeField(
      key,
      model.attributes[key] as AttributeRule,
      fields[key] as BlockField,
      written(key),
      content,
    ),
  );
  if (children === "markdown")
    blockFields.push({
      name: CHILDREN,
      label: fields[CHILDREN]?.label,
      widget: "markdown",
      buttons: ["bold", "italic", "link", "bulleted-list"],
    });
  if (children === "text")
    blockFields.push({ name: CHILDREN, label: fields[CHILDREN]?.label, widget: "string", required: false });
  return {
    id,
    label,
    fields: blockFields,
    pattern: new RegExp(`^<${name}${opening}${closing}`),
    fromBlock: (match) => {
      const data: Record<string, string> = {};
      attributes.forEach((key, index) => (data[key] = unattr(match[index + 1])));
      // What a component holds is text as written, character references and all.
      if (children) data[CHILDREN] = match[attributes.length + 1] ?? "";
      return data;
    },
    toBlock: (data) => {
      const values = attributes.map((key) => {
        const rule = model.attributes[key];
        const value = data[key] || (rule?.kind === "choice" ? (rule.values[0] ?? "") : "");
        return value || written(key) ? ` ${key}="${attr(value)}"` : "";
      });
      const open = `<${name}${values.join("")}`;
      const held = data[CHILDREN] ?? "";
      if (children === "markdown") return `${open}>\n\n${held}\n\n</${name}>`;
      if (children === "text" && held) return `${open}>${held}</${name}>`;
      return `${open} />`;
    },
  };
}

/**
 * Every component's block, with the site's massage types as the booking button's choices.
 * `model`: the components as declared (a test passes one with a component added).
 */
export function editorBlocks(
  content: EditorContent,
  model: Readonly<Record<string, ComponentModel>> = COMPONENT_MODEL,
): EditorBlock[] {
  return Object.entries(model).flatMap(([name, component]) => componentBlock(name, component, content) ?? []);
}
