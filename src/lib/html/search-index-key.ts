import { createHash } from "node:crypto";

/**
 * The key of a search index: a digest of every page it is built from (path and bytes) and of the
 * indexer that builds it. Equal keys mean the indexer would write the same index again, so the one
 * kept from the last build is published instead.
 */
export function searchIndexKey(
  pages: ReadonlyArray<readonly [path: string, html: Uint8Array]>,
  indexer: string,
): string {
  const digest = createHash("sha256").update(`${indexer}\n`);
  for (const [path, html] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    digest.update(`${path}\n${html.byteLength}\n`).update(html);
  }
  return digest.digest("hex").slice(0, 32);
}
