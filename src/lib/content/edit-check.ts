import type { ContentFile } from "./checks.ts";
import { formatProblem, type ContentProblem } from "./problems.ts";
import {
  COLLECTIONS,
  fileKindIn,
  SINGLE_FILES,
  type CollectionKey,
  type Collections,
  type SingleFileKey,
} from "./model.ts";
import { readAddressRecord } from "./redirects.ts";
import { checkSiteForPublishing, filesOf, type CheckOptions, type SiteFiles } from "./site-check.ts";

/**
 * The check of one edit, for the browser editor: the build's own check (checkSite) run on the site
 * as it would be after the edit. Every rule the build runs on a file therefore runs in the editor
 * before it saves, with the same words; a rule added to checkSite needs nothing here.
 */

/** Where a content file goes in SiteFiles: a collection's key, "copy", or a single file's key. */
export type SiteFileKind = CollectionKey | "copy" | SingleFileKey;

/**
 * The part of the site a file below content/ belongs to (the content model's folders and files),
 * or undefined when no check reads it. `collections` is the site's model unless a test adds one.
 */
export function siteFileKind(file: string, collections: Collections = COLLECTIONS): SiteFileKind | undefined {
  return fileKindIn(collections, file) as SiteFileKind | undefined;
}

/** SiteFiles as JSON can carry it (the editor receives it from /admin/checks.json). */
export type SiteSnapshot = Omit<SiteFiles, "files"> & { files: string[] };

export const toSnapshot = (site: SiteFiles): SiteSnapshot => ({ ...site, files: [...site.files].sort() });
export const fromSnapshot = (snapshot: SiteSnapshot): SiteFiles => ({
  ...snapshot,
  files: new Set(snapshot.files),
});

/** One change the editor is about to make: a file written (text) or deleted (no text). */
export interface Edit {
  file: string;
  text?: string | undefined;
  /** The file's path before a rename. */
  previousFile?: string | undefined;
  /** Files the same save uploads (images), as project paths. */
  uploads?: readonly string[];
  /**
   * The first bytes of the uploads the editor has at hand (SiteFiles.readHead), so the build's
   * picture rule reads an upload's content, not only its name.
   */
  readHead?: ((file: string) => Uint8Array | undefined) | undefined;
}

/** The site after the edit: the file replaced, added or removed, and the uploads present (and read). */
export function siteWithEdit(
  site: SiteFiles,
  { file, text, previousFile, uploads = [], readHead }: Edit,
  collections: Collections = COLLECTIONS,
): SiteFiles {
  const gone = new Set([file, ...(previousFile ? [previousFile] : [])]);
  const files = new Set([...site.files].filter((path) => !gone.has(path)));
  for (const upload of uploads) files.add(upload);
  if (text !== undefined) files.add(file);
  const lists: Record<string, ContentFile[]> = Object.fromEntries(
    [...Object.keys(collections), "copy"].map((key) => [
      key,
      filesOf(site, key).filter((entry) => !gone.has(entry.file)),
    ]),
  );
  const single = (entry: ContentFile | undefined) => (entry && gone.has(entry.file) ? undefined : entry);
  const singles: Record<string, ContentFile | undefined> = Object.fromEntries(
    Object.keys(SINGLE_FILES).map((key) => [key, single(site[key as SingleFileKey])]),
  );
  const kind = text === undefined ? undefined : fileKindIn(collections, file);
  const written = { file, text: text ?? "" };
  if (kind !== undefined && kind in SINGLE_FILES) singles[kind] = written;
  else if (kind) lists[kind] = [...(lists[kind] ?? []), written].sort((a, b) => a.file.localeCompare(b.file));
  const heads = readHead && { readHead: (path: string) => readHead(path) ?? site.readHead?.(path) };
  return { ...site, ...lists, ...singles, files, ...heads } as SiteFiles;
}

export interface EditCheck {
  /** Mistakes in the file as it would be saved. */
  problems: ContentProblem[];
  /** Mistakes the edit would cause in other files (a link to a post that becomes a draft). */
  elsewhere: ContentProblem[];
  /**
   * What the edit newly makes worth fixing, which the build publishes anyway: a translation now
   * older than its original, a massage type the quiz does not suggest.
   */
  warnings: ContentProblem[];
}

/** Everything the build would refuse after this edit: in the file itself, and newly in others. */
export function checkEdit(
  site: SiteFiles,
  edit: Edit,
  options: CheckOptions,
  collections: Collections = COLLECTIONS,
): EditCheck {
  const key = formatProblem;
  const current = checkSiteForPublishing(site, options, collections);
  const before = new Set(current.problems.map(key));
  // Where the site keeps a record, every address published now counts as recorded: a page the host
  // built since the record was last committed (a post written in the editor) is not lost by
  // deleting it here either. Added at the end, so the file's own lines keep their numbers.
  const record = site.addressRecord;
  const listed = new Set(readAddressRecord(record?.text ?? "").map((entry) => entry.address));
  const unlisted = current.published.addresses.filter((address) => !listed.has(address));
  const recorded: SiteFiles = record
    ? { ...site, addressRecord: { file: record.file, text: [record.text, ...unlisted].join("\n") } }
    : site;
  const { problems: after, warnings: warningsAfter } = checkSiteForPublishing(
    siteWithEdit(recorded, edit, collections),
    options,
    collections,
  );
  const warnedBefore = new Set(current.warnings.map(key));
  const own = new Set([edit.file, ...(edit.previousFile ? [edit.previousFile] : [])]);
  const problems = edit.text === undefined ? [] : after.filter((found) => found.file === edit.file);
  // An upload the file's own mistake names already (a PDF renamed .jpg in its picture field) is
  // said once, at that field.
  const saidOwn = (upload: string) =>
    (edit.uploads ?? []).includes(upload) && problems.some((found) => found.what.includes(upload));
  return {
    problems,
    elsewhere: after.filter(
      (found) => !own.has(found.file) && !before.has(key(found)) && !saidOwn(found.file),
    ),
    warnings: warningsAfter.filter((found) => !warnedBefore.has(key(found))),
  };
}
