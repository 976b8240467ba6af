// Where a field of the editor's form is on the page, from a problem's path ("faq.description",
// "sources.1.title"): the editor's pre-save check (src/admin/editor.ts) places each message beside
// the control of the field at that whole path, never beside another field that shares its label or
// its name. Decap CMS renders each field as a control whose label points at it
// (`<label for="<name>-field-<n>">`, n counting every field on the page); an object's or a list's
// control is the element with that id and holds its fields' controls, a list's items in order.

/** A field of the editor's configuration, as far as its place in the form goes. */
export interface FormField {
  name: string;
  label?: string;
  widget?: string;
  fields?: FormField[];
  field?: FormField;
}

/** A field's name, or an item's index in a list. */
export type FormStep = string | number;

const holdsFields = (field: FormField) => Boolean(field.fields || field.field);
const isList = (field: FormField) => field.widget === "list" || Boolean(field.field);

/**
 * The steps from the form to the control of the field at `path`, by the form's configuration. A
 * list of one `field` holds that field in each item, so its name follows the index. A field with no
 * fields of its own (a text, a date, a list of words, the opening hours) is one control: a path
 * below it ends there, at the control that edits that part. Undefined when the configuration has no
 * field at the path.
 */
export function formSteps(fields: readonly FormField[], path: string): FormStep[] | undefined {
  const steps: FormStep[] = [];
  /** The fields the next name is one of. */
  let level: readonly FormField[] | undefined = fields;
  /** The list whose item's index comes next. */
  let list: FormField | undefined;
  const enter = (field: FormField): FormStep[] | undefined => {
    steps.push(field.name);
    if (!holdsFields(field)) return steps;
    level = field.fields;
    list = isList(field) ? field : undefined;
    return undefined;
  };
  for (const part of path.split(".")) {
    if (list) {
      if (!/^\d+$/.test(part)) return undefined;
      steps.push(Number(part));
      const single: FormField | undefined = list.field;
      list = undefined;
      if (single && enter(single)) return steps;
      continue;
    }
    const field = level?.find((each) => each.name === part);
    if (!field) return undefined;
    if (enter(field)) return steps;
  }
  return steps.length > 0 ? steps : undefined;
}

/** Decap's id of a field's control: `<name>-field-<n>`. */
const DECAP_ID = /^(.+)-field-\d+$/;

/** Whether `element` is the control of an object or a list: a field's label names it. */
const isFieldControl = (element: Element) =>
  element.id !== "" &&
  DECAP_ID.test(element.id) &&
  element.ownerDocument.querySelector(`label[for="${CSS.escape(element.id)}"]`) !== null;

/** The labels of the fields directly inside `scope` (not of fields nested deeper), by name. */
export function fieldLabels(scope: Element, name?: string): HTMLLabelElement[] {
  return [...scope.querySelectorAll<HTMLLabelElement>("label[for]")].filter((label) => {
    const named = DECAP_ID.exec(label.htmlFor);
    if (!named || (name !== undefined && named[1] !== name)) return false;
    for (let up = label.parentElement; up && up !== scope; up = up.parentElement)
      if (isFieldControl(up)) return false;
    return true;
  });
}

/**
 * The configuration's field a label on the page is the label of: the names of the field controls
 * that hold it, outermost first, read down the form's fields (a list of one `field` holds that
 * field, under its own name, in each item). Undefined for a label the fields do not lead to (a
 * block's, inside the body).
 */
export function fieldOfLabel<F extends FormField>(
  fields: readonly F[],
  label: HTMLLabelElement,
): F | undefined {
  const own = DECAP_ID.exec(label.htmlFor);
  if (!own) return undefined;
  const names = [own[1]!];
  for (let up = label.parentElement; up; up = up.parentElement)
    if (isFieldControl(up)) names.unshift(DECAP_ID.exec(up.id)![1]!);
  let found: FormField | undefined;
  for (const name of names) {
    const level: readonly FormField[] | undefined = found ? found.fields : fields;
    found = found?.field
      ? found.field.name === name
        ? found.field
        : undefined
      : level?.find((each) => each.name === name);
    if (!found) return undefined;
  }
  return found as F | undefined;
}

/**
 * A list's items, in order: Decap's list control holds its bar, then one element with the items
 * (and dnd-kit's hidden notes, which hold no field).
 */
export function listItems(list: Element): Element[] {
  const holder = [...list.children].find((child) => child.querySelector("label[for]"));
  return holder ? [...holder.children].filter((child) => child.querySelector("label[for]")) : [];
}

/**
 * The label of the field the steps lead to in `root` (the page), or undefined unless exactly one
 * field is there: two forms side by side, or a field not drawn, leave the message in the list.
 */
export function labelAt(root: Element, steps: readonly FormStep[]): HTMLLabelElement | undefined {
  let scope: Element | null = root;
  let label: HTMLLabelElement | undefined;
  for (const step of steps) {
    if (label) scope = root.ownerDocument.getElementById(label.htmlFor);
    if (!scope) return undefined;
    if (typeof step === "number") {
      scope = listItems(scope)[step] ?? null;
      label = undefined;
      continue;
    }
    const found = fieldLabels(scope, step);
    if (found.length !== 1) return undefined;
    label = found[0];
  }
  return label;
}

const EDITABLE = "input:not([type=hidden]), textarea, select, [contenteditable=true], [role=textbox]";

/**
 * The control a field is edited with: the element its label names when that is an input, or the one
 * input inside the field's own widget (a date with its picker). None for an object or a list (their
 * inputs are other fields') or for a widget of several inputs (the opening hours).
 */
export function controlOf(label: HTMLLabelElement): HTMLElement | undefined {
  const own = label.ownerDocument.getElementById(label.htmlFor);
  if (own?.matches(EDITABLE)) return own;
  if (own && fieldLabels(own).length > 0) return undefined;
  // The label's bar and the widget share the field's box.
  const box = own ?? label.parentElement?.parentElement;
  const inside = box ? [...box.querySelectorAll<HTMLElement>(EDITABLE)] : [];
  return inside.length === 1 ? inside[0] : undefined;
}
