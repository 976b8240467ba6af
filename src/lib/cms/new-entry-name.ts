// A new entry's file name comes from one of its fields: while that field is empty, the check's
// words about the nameless file are left out of what the editor shows (src/admin/editor.ts).
import { originOf, type ContentProblem } from "../content/problems.ts";
import type { FolderCollection } from "./entry-slug.ts";

/** The field a new entry's file is named from: the slug rule's `{{fields.…}}`, or the identifier. */
export function namingField(
  collection: Pick<FolderCollection, "slug" | "identifier_field">,
): string | undefined {
  return /\{\{fields\.(\w+)\}\}/.exec(collection.slug ?? "")?.[1] ?? collection.identifier_field;
}

/** What the build says of a file's name (messages.ts). */
const FILE_NAME_RULES = new Set(["oddFileName", "badFileName"]);

/** The mistakes of a field left empty: missing, nothing picked, or "" refused. */
const isEmptyFieldMistake = (found: ContentProblem) => {
  const origin = originOf(found);
  if (origin?.key === "missingField" || origin?.key === "originalNotPicked") return true;
  return (origin?.args as { value?: unknown } | undefined)?.value === "";
};

/**
 * A new entry's file is named from one field (`namedBy`: its title, its name, "Translation of").
 * While that field is empty, the file has no name yet, and what the build says of such a name is the
 * field's mistake again, about a file the form cannot rename: it is left out. (A title of letters a
 * file name cannot hold, "Масаж", keeps it: that is why the file has no name.)
 */
export function withoutNamelessFile(
  file: string,
  problems: ContentProblem[],
  namedBy: string | undefined,
): ContentProblem[] {
  if (!file.slice(file.lastIndexOf("/") + 1).startsWith(".")) return problems;
  const own = (found: ContentProblem) => found.file === file;
  if (!problems.some((found) => own(found) && found.field === namedBy && isEmptyFieldMistake(found)))
    return problems;
  return problems.filter((found) => !(own(found) && FILE_NAME_RULES.has(originOf(found)?.key ?? "")));
}
