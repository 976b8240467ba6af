import type { ContentFile } from "./checks";
import { formatProblem, type ContentProblem } from "./problems";
import { ADDRESS_RECORD_FILE, readAddressRecord, REDIRECTS_FILE } from "./redirects";
import { checkSite, checkSiteForPublishing, type CheckOptions, type SiteFiles } from "./site-check";

/**
 * The check of one edit, for the browser editor: the build's own check (checkSite) run on the site
 * as it would be after the edit. Every rule the build runs on a file therefore runs in the editor
 * before it saves, with the same words; a rule added to checkSite needs nothing here.
 */

/** Where a content file goes in SiteFiles (the folders src/data/content-files.ts reads). */
export type SiteFileKind =
  | "posts"
  | "massageTypes"
  | "authors"
  | "team"
  | "pages"
  | "testimonials"
  | "copy"
  | "settings"
  | "quiz"
  | "redirects"
  | "addressRecord";

/** The files that are one of a kind. */
const SINGLE_FILES = ["settings", "quiz", "redirects", "addressRecord"] as const;
type SingleKind = (typeof SINGLE_FILES)[number];
const isSingle = (kind: SiteFileKind): kind is SingleKind =>
  (SINGLE_FILES as readonly string[]).includes(kind);

const SINGLE = /^content\/[^/]+\/[^/]+\.(?:mdx|ya?ml)$/;

/** The part of the site a file below content/ belongs to, or undefined when no check reads it. */
export function siteFileKind(file: string): SiteFileKind | undefined {
  if (file.startsWith("content/posts/") && file.endsWith(".mdx")) return "posts";
  if (file === "content/settings.yaml") return "settings";
  if (file === "content/quiz.yaml") return "quiz";
  if (file === REDIRECTS_FILE) return "redirects";
  if (file === ADDRESS_RECORD_FILE) return "addressRecord";
  if (file === "content/faq.yaml" || (file.startsWith("content/copy/") && /\.ya?ml$/.test(file)))
    return "copy";
  if (!SINGLE.test(file)) return undefined;
  const folder = file.split("/")[1];
  const mdx = file.endsWith(".mdx");
  if (folder === "massage-types" && mdx) return "massageTypes";
  if (folder === "pages" && mdx) return "pages";
  if (folder === "authors" && !mdx) return "authors";
  if (folder === "team" && !mdx) return "team";
  if (folder === "testimonials" && !mdx) return "testimonials";
  return undefined;
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
}

/** The site after the edit: the file replaced, added or removed, and the uploads present. */
export function siteWithEdit(site: SiteFiles, { file, text, previousFile, uploads = [] }: Edit): SiteFiles {
  const gone = new Set([file, ...(previousFile ? [previousFile] : [])]);
  const files = new Set([...site.files].filter((path) => !gone.has(path)));
  for (const upload of uploads) files.add(upload);
  if (text !== undefined) files.add(file);
  const keep = (list: readonly ContentFile[]) => list.filter((entry) => !gone.has(entry.file));
  const next: SiteFiles = {
    ...site,
    posts: keep(site.posts),
    massageTypes: keep(site.massageTypes),
    authors: keep(site.authors),
    team: keep(site.team),
    pages: keep(site.pages),
    testimonials: keep(site.testimonials),
    copy: keep(site.copy),
    files,
  };
  for (const single of SINGLE_FILES) {
    const current = site[single];
    next[single] = current && gone.has(current.file) ? undefined : current;
  }
  if (text === undefined) return next;
  const kind = siteFileKind(file);
  const written = { file, text };
  if (kind === undefined) return next;
  if (isSingle(kind)) next[kind] = written;
  else next[kind] = [...next[kind], written].sort((a, b) => a.file.localeCompare(b.file));
  return next;
}

export interface EditCheck {
  /** Mistakes in the file as it would be saved. */
  problems: ContentProblem[];
  /** Mistakes the edit would cause in other files (a link to a post that becomes a draft). */
  elsewhere: ContentProblem[];
}

/** Everything the build would refuse after this edit: in the file itself, and newly in others. */
export function checkEdit(site: SiteFiles, edit: Edit, options: CheckOptions): EditCheck {
  const key = formatProblem;
  const current = checkSiteForPublishing(site, options);
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
  const after = checkSite(siteWithEdit(recorded, edit), options);
  const own = new Set([edit.file, ...(edit.previousFile ? [edit.previousFile] : [])]);
  return {
    problems: edit.text === undefined ? [] : after.filter((found) => found.file === edit.file),
    elsewhere: after.filter((found) => !own.has(found.file) && !before.has(key(found))),
  };
}
