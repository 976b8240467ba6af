import { createHash, type Hash } from "node:crypto";
import type { CheckOptions, SiteFiles } from "./site-check.ts";

// The key of a passed content check, kept for the next build (src/data/verdict-cache.ts). The check
// is a pure function of the site it is given (every file's text, the list of files, the pages'
// addresses, and the first bytes of the pictures it looks at), the options and its code. So the
// key is not a list of the inputs someone thought of: it is the whole site object as the check
// receives it, written out field by field, whatever fields it has now or later.

/** Writes `value` into the hash in one canonical form: object keys sorted, sets sorted, functions left out. */
function feed(hash: Hash, value: unknown): void {
  if (typeof value === "function" || value === undefined) {
    hash.update("u;");
  } else if (value instanceof Set) {
    feed(hash, [...(value as Set<unknown>)].map(String).sort());
  } else if (Array.isArray(value)) {
    hash.update(`[${value.length};`);
    for (const item of value) feed(hash, item);
  } else if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    hash.update(`{${keys.length};`);
    for (const key of keys) {
      hash.update(`${JSON.stringify(key)}:`);
      feed(hash, (value as Record<string, unknown>)[key]);
    }
  } else {
    const text = JSON.stringify(value);
    hash.update(`${text.length}:${text};`);
  }
}

/**
 * The key of the check of `site` with `options` by code of version `code` (a digest of the check's
 * sources and packages). Pictures' first bytes are not in it: the check reads them on demand
 * (site.readHead), so the kept verdict lists those it read, to be compared on the next build.
 */
export function verdictKey(
  site: SiteFiles,
  { today, includeDrafts }: Pick<CheckOptions, "today" | "includeDrafts">,
  code: string,
): string {
  const hash = createHash("sha256");
  feed(hash, { code, today, includeDrafts, site });
  return hash.digest("base64url");
}

/** The digest of a file's first bytes as the check reads them (undefined: no such file). */
export const headDigest = (head: Uint8Array | undefined): string | null =>
  head === undefined ? null : createHash("sha256").update(head).digest("base64url");
