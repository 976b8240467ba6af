import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ContentFile } from "../lib/content/checks.ts";
import type { SiteFiles } from "../lib/content/site-check.ts";
import { siteFileKind, type SiteFileKind } from "../lib/content/edit-check.ts";
import { SNIFF_BYTES } from "../lib/content/media.ts";
import { COLLECTIONS, SINGLE_FILES, type CollectionKey } from "../lib/content/model.ts";

/** Where the marketer's files live, relative to the project. */
export const CONTENT_DIR = "content";

const posix = (path: string) => path.split(sep).join("/");

/** The files below `dir`, and apart from them the links (symbolic links) among them. */
function listEntries(root: string, dir: string): { files: string[]; links: string[] } {
  const full = join(root, dir);
  if (!existsSync(full)) return { files: [], links: [] };
  const entries = readdirSync(full, { recursive: true, withFileTypes: true });
  const path = (entry: (typeof entries)[number]) => posix(relative(root, join(entry.parentPath, entry.name)));
  return {
    files: entries
      .filter((entry) => !entry.isSymbolicLink() && !entry.isDirectory())
      .map(path)
      .sort(),
    links: entries
      .filter((entry) => entry.isSymbolicLink())
      .map(path)
      .sort(),
  };
}

const listFiles = (root: string, dir: string): string[] => listEntries(root, dir).files;

/** The first bytes of a file, for telling a picture from a web page with a picture's name. */
export function readHead(root: string, file: string): Uint8Array | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(join(root, file), "r");
    const head = new Uint8Array(SNIFF_BYTES);
    return head.subarray(0, readSync(descriptor, head, 0, SNIFF_BYTES, 0));
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function read(root: string, file: string): ContentFile {
  return { file, text: readFileSync(join(root, file), "utf8") };
}

/**
 * Reads every content file from disk for the content pre-check: the build's integration
 * (src/integrations/content-guard.ts) and the pages in `astro dev` both use it, so they see the
 * same files. Nothing outside src/ reads content/.
 */
export function readSiteFiles(root: string, staticRoutes: readonly string[]): SiteFiles {
  // A link is never read: it could name any file on the computer (.env, a key).
  const { files, links } = listEntries(root, CONTENT_DIR);
  // One rule for which file is which (the content model's), shared with the editor's check of an edit.
  const kinds = Map.groupBy(files, (file) => siteFileKind(file));
  const pick = (kind: SiteFileKind) => (kinds.get(kind) ?? []).map((file) => read(root, file));
  return {
    ...(Object.fromEntries(Object.keys(COLLECTIONS).map((key) => [key, pick(key as SiteFileKind)])) as Record<
      CollectionKey,
      ContentFile[]
    >),
    copy: pick("copy"),
    ...Object.fromEntries(Object.keys(SINGLE_FILES).map((key) => [key, pick(key as SiteFileKind)[0]])),
    files: new Set(files),
    ...(links.length > 0 ? { links } : {}),
    readHead: (file) => readHead(root, file),
    staticRoutes,
  };
}

/** The page files below src/pages, as project paths, for the list of static addresses. */
export function listPageFiles(root: string): string[] {
  return listFiles(root, "src/pages").map((file) => posix(relative(root, join(root, file))));
}
