import { z } from "astro/zod";

/**
 * Turns the site's zod schemas into the browser editor's field list (Decap CMS's `fields`), so the
 * editor asks for exactly what the build accepts: which fields exist, which are needed, the allowed
 * values, a count for a length rule, and the schema's own error wording as the hint. The rules
 * themselves are the check's, run before every save (src/admin/editor.ts), not Decap's.
 * Only what a schema cannot say (labels, dropdown values from other content) comes from
 * `FieldOptions`; options for a field the schema does not have are an error. A schema whose form
 * no built-in widget can write names its own with `.meta({ editorWidget })` (opening hours,
 * registered in src/admin/hours-widget.ts).
 */

export type EditorField = Record<string, unknown> & { name: string; widget: string };

export interface FieldOptions {
  label?: string;
  hint?: string;
  /** Replaces the derived widget, e.g. "text" for a long string, "relation", "image". */
  widget?: string;
  /** Needed in the form though the schema lets the file leave it out (what a new file is named from). */
  needed?: boolean;
  /** Extra widget settings, merged last (options of a select, collection of a relation...). */
  extra?: Record<string, unknown>;
  /** For objects and lists of objects: options for their fields. */
  fields?: Record<string, FieldOptions>;
}

/** A schema's own view of one field: what the build requires of it. */
export interface FieldShape {
  kind:
    | "string"
    | "number"
    | "boolean"
    | "date"
    | "enum"
    | "reference"
    | "object"
    | "array"
    | "record"
    /** Text, or `false` for "none" (a booking page without a service parameter). */
    | "stringOrFalse";
  required: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
  patterns: RegExp[];
  values?: string[];
  element?: FieldShape;
  shape?: Record<string, FieldShape>;
  /** The schema's first error message, worded for the marketer. */
  message?: string;
  /** The editor widget the schema names for itself (`.meta({ editorWidget })`). */
  editorWidget?: string;
  /** The field's name for people (`.meta({ title })`): the editor's label. */
  title?: string;
  /** A plain hint for the marketer (`.describe()` or `.meta({ description })`). */
  description?: string;
}

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  error?: unknown;
}

interface ZodInternals {
  def: Record<string, unknown> & CheckDef & { type: string; checks?: { _zod: { def: CheckDef } }[] };
}

/** Lengths, bounds, patterns and integer-ness, read from the schema's own checks. */
function constraintsOf(zod: ZodInternals) {
  const found: { min?: number; max?: number; integer: boolean; patterns: RegExp[] } = {
    integer: false,
    patterns: [],
  };
  // A format schema (z.email()) carries its own check in its definition.
  for (const check of [zod.def, ...(zod.def.checks ?? []).map((item) => item._zod.def)]) {
    switch (check.check) {
      case "min_length":
        found.min = check.minimum;
        break;
      case "max_length":
        found.max = check.maximum;
        break;
      case "length_equals":
        found.min = found.max = check.length;
        break;
      case "greater_than":
        found.min = check.value;
        break;
      case "less_than":
        found.max = check.value;
        break;
      case "number_format":
        found.integer = check.format === "safeint" || check.format === "int32";
        break;
      case "string_format":
        if (check.pattern) found.patterns.push(check.pattern);
        break;
    }
  }
  return found;
}

const internals = (schema: unknown): ZodInternals => (schema as { _zod: ZodInternals })._zod;

function messageOf(zod: ZodInternals): string | undefined {
  for (const def of [zod.def, ...(zod.def.checks ?? []).map((check) => check._zod.def)]) {
    const error = def.error;
    if (typeof error === "function") {
      const text = (error as (issue: unknown) => unknown)({});
      if (typeof text === "string") return text;
    }
  }
  return undefined;
}

interface FieldMeta {
  editorWidget?: string;
  title?: string;
  description?: string;
  /** The collection a name stands for (the content model's plain `reference()`). */
  reference?: string;
}

/**
 * What a schema says of itself for people and the editor: `.meta({ title, description,
 * editorWidget })` or `.describe()`, on itself or a wrapper.
 */
function metaOf(schema: unknown): FieldMeta {
  const meta = z.globalRegistry.get(schema as z.ZodType) as Record<string, unknown> | undefined;
  const text = (key: string) => (typeof meta?.[key] === "string" ? { [key]: meta[key] as string } : {});
  return { ...text("editorWidget"), ...text("title"), ...text("description"), ...text("reference") };
}

/** Fills what `found` lacks from `more`: the outermost wrapper's word wins. */
function addMeta(found: FieldMeta, more: FieldMeta) {
  found.editorWidget ??= more.editorWidget;
  found.title ??= more.title;
  found.description ??= more.description;
  found.reference ??= more.reference;
}

/** Whether a field only exists to reject an old name: `z.never().optional()`. */
function isRetired(schema: z.ZodType): boolean {
  let zod = internals(schema);
  while (zod.def.type === "optional") zod = internals(zod.def["innerType"]);
  return zod.def.type === "never";
}

/** Reads one zod schema (as `astro/zod` builds it) into a `FieldShape`. */
export function shapeOf(schema: z.ZodType): FieldShape {
  let zod = internals(schema);
  let required = true;
  let message: string | undefined;
  const meta = metaOf(schema);
  // Wrappers: optional and default make the field optional; a pipe (coerce, reference) is read
  // from its input side, which is what the file holds.
  for (;;) {
    message ??= messageOf(zod);
    const type = zod.def.type;
    if (type === "optional" || type === "default" || type === "prefault" || type === "nullable") {
      required = false;
      addMeta(meta, metaOf(zod.def["innerType"]));
      zod = internals(zod.def["innerType"]);
    } else if (type === "pipe") {
      addMeta(meta, metaOf(zod.def["in"]));
      zod = internals(zod.def["in"]);
    } else break;
  }
  message ??= messageOf(zod);
  const { def } = zod;
  const { min, max, integer, patterns } = constraintsOf(zod);
  const base = {
    required,
    patterns,
    ...(message ? { message } : {}),
    ...(meta.editorWidget ? { editorWidget: meta.editorWidget } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.description ? { description: meta.description } : {}),
  };
  const bounds = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  switch (def.type) {
    case "string":
      return meta.reference ? { kind: "reference", ...base } : { kind: "string", ...base, ...bounds };
    case "number":
      return { kind: "number", ...base, ...bounds, integer };
    case "boolean":
      return { kind: "boolean", ...base };
    case "date":
      return { kind: "date", ...base };
    case "enum":
      return { kind: "enum", ...base, values: Object.values(def["entries"] as Record<string, string>) };
    case "literal":
      return { kind: "enum", ...base, values: (def["values"] as unknown[]).map(String) };
    case "union": {
      // Astro's reference(): an id as a string (or an object the editor never writes).
      const options = (def["options"] as unknown[]).map((option) => internals(option).def.type);
      // `false` or a name: the text's own rules apply when it is text.
      const literals = (def["options"] as unknown[]).flatMap((option) =>
        internals(option).def.type === "literal" ? (internals(option).def["values"] as unknown[]) : [],
      );
      const text = (def["options"] as z.ZodType[]).find((option) => internals(option).def.type === "string");
      if (options.length === 2 && text && literals.length === 1 && literals[0] === false) {
        const textShape = shapeOf(text);
        // The text's own patterns stay; the wrapper's words (label, hint) and required-ness win.
        return { ...base, ...textShape, ...outer(base), kind: "stringOrFalse" };
      }
      // calendarDate(): "YYYY-MM-DD" text (or a Date Astro already parsed) is a date field.
      if (options.includes("date")) return { kind: "date", ...base };
      if (options.includes("string")) return { kind: "reference", ...base };
      throw new Error(`a union of ${options.join(", ")} has no editor field`);
    }
    case "array":
      return { kind: "array", ...base, ...bounds, element: shapeOf(def["element"] as z.ZodType) };
    case "object": {
      const shape = def["shape"] as Record<string, z.ZodType>;
      return {
        kind: "object",
        ...base,
        // A retired field (an optional zod "never", kept only to explain its replacement) has no
        // editor field: the editor never writes it.
        shape: Object.fromEntries(
          Object.entries(shape)
            .filter(([, value]) => !isRetired(value))
            .map(([key, value]) => [key, shapeOf(value)]),
        ),
      };
    }
    case "record":
      return { kind: "record", ...base };
    default:
      throw new Error(`a zod "${def.type}" has no editor field`);
  }
}

/** A shape's words and required-ness, without its checks. */
const outer = ({ required, message, editorWidget, title, description }: Omit<FieldShape, "kind">) => ({
  required,
  ...(message ? { message } : {}),
  ...(editorWidget ? { editorWidget } : {}),
  ...(title ? { title } : {}),
  ...(description ? { description } : {}),
});

function widgetFor(name: string, shape: FieldShape, options: FieldOptions): EditorField {
  // Decap's own rules (presence, pattern, size) are off for every field: the site's check before
  // every save (src/admin/editor.ts) is the one gate, so an empty new entry is refused once, with
  // all its mistakes in the catalogue's words. `needed_to_save` only marks the label.
  const field: EditorField = {
    name,
    label: options.label ?? shape.title ?? name,
    widget: "string",
    required: false,
    ...(shape.required || options.needed ? { needed_to_save: true } : {}),
  };
  // The schema's error wording is a hint only where the marketer types: a switch or a date
  // picker needs none ("write true or false", "YYYY-MM-DD" are the file's syntax, not the form's).
  const typed = shape.kind !== "boolean" && shape.kind !== "date";
  const hint = options.hint ?? shape.description ?? (typed ? shape.message : undefined);
  if (hint) field["hint"] = hint;
  switch (shape.editorWidget ? "custom" : shape.kind) {
    case "custom":
      // The widget reads and writes the whole value itself (its own inputs and checks).
      field.widget = shape.editorWidget!;
      break;
    case "stringOrFalse": {
      // A switch ("none") and the text.
      field.widget = "string-or-false";
      break;
    }
    case "string": {
      if (shape.patterns.length === 0 && shape.max !== undefined) {
        // A length rule with a most: the site's box counts as the marketer types ("142 / 160",
        // src/admin/counted-text.ts); a value out of bounds is refused at save by the check.
        field.widget = options.widget === "text" ? "counted-text" : "counted-string";
        field["max_length"] = shape.max;
        if (shape.min !== undefined) field["min_length"] = shape.min;
      }
      break;
    }
    case "number":
      field.widget = "number";
      field["value_type"] = shape.integer ? "int" : "float";
      break;
    case "boolean":
      field.widget = "boolean";
      field["default"] = false;
      break;
    case "date":
      // Stored as YYYY-MM-DD, the only form the build accepts and the one every post uses. The
      // site's own widget (src/admin/date-widget.ts): Decap's turns a typed 2027 into 1907.
      field.widget = "site-date";
      break;
    case "enum":
      Object.assign(field, { widget: "select", options: shape.values });
      break;
    case "reference":
      // A reference names its collection in the options. Any other union has no safe widget:
      // the editor keeps the file's value untouched and the field is edited in the file.
      // (A widget named in the options, such as the authors' dropdown, edits it in the editor.)
      if (options.extra?.["collection"] !== undefined) field.widget = "relation";
      else if (!options.widget)
        Object.assign(field, { widget: "hidden", hint: "Edited in the file, not in the editor." });
      break;
    case "object": {
      // An optional object's own label says "(optional)"; its needed fields are needed once any is filled in.
      const fields = fieldsOf(shape.shape ?? {}, options.fields ?? {});
      Object.assign(field, { widget: "object", fields });
      break;
    }
    case "array": {
      field.widget = "list";
      const element = shape.element;
      if (element?.kind === "object") {
        field["fields"] = fieldsOf(element.shape ?? {}, options.fields ?? {});
      } else if (element) {
        // One input per item: a comma-separated single input would split sentences with commas.
        field["field"] = widgetFor(
          name,
          { ...element, required: true },
          { label: options.label ?? element.title ?? shape.title ?? name },
        );
      }
      break;
    }
    case "record":
      throw new Error(`${name} is a map of values, which the editor cannot edit safely: leave it file-only`);
  }
  // "text" on a counted field is already its counted box; any other widget replaces it.
  const counted = field.widget.startsWith("counted-") && ["text", "string"].includes(options.widget ?? "");
  if (options.widget && !counted) {
    field.widget = options.widget;
    delete field["field"];
  }
  if (options.extra) Object.assign(field, options.extra);
  return field;
}

/** The editor's fields for an object schema's shape, in the schema's order. */
export function fieldsOf(
  shape: Record<string, FieldShape>,
  options: Record<string, FieldOptions>,
): EditorField[] {
  for (const key of Object.keys(options)) {
    if (!(key in shape)) throw new Error(`editor options for "${key}", which the schema does not have`);
  }
  return Object.entries(shape).map(([name, field]) => widgetFor(name, field, options[name] ?? {}));
}

/** Shortcut: an object schema (refinements allowed) straight to editor fields. */
export function editorFields(schema: z.ZodType, options: Record<string, FieldOptions> = {}): EditorField[] {
  const shape = shapeOf(schema);
  if (shape.kind !== "object" || !shape.shape) throw new Error("the schema is not an object");
  return fieldsOf(shape.shape, options);
}
