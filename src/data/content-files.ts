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

function listFiles(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .map((name) => posix(join(dir, name)))
    .sort();
}

/** The first bytes of a file, for telling a picture from a web page with a picture's name. */
function readHead(root: string, file: string): Uint8Array | undefined {
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
  const files = listFiles(root, CONTENT_DIR);
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
    readHead: (file) => readHead(root, file),
    staticRoutes,
  };
}

/** The page files below src/pages, as project paths, for the list of static addresses. */
export function listPageFiles(root: string): string[] {
  return listFiles(root, "src/pages").map((file) => posix(relative(root, join(root, file))));
}
