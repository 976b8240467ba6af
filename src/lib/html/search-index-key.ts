import { createHash } from "node:crypto";

/** A page's digest, for searchIndexKey: the key then needs only one page in memory at a time. */
export function pageDigest(html: Uint8Array): string {
  return createHash("sha256").update(html).digest("base64url");
}

/**
 * The key of a search index: a digest of every page it is built from (path and pageDigest) and of
 * the indexer that builds it. Equal keys mean the indexer would write the same index again, so the
 * one kept from the last build is published instead.
 */
export function searchIndexKey(
  pages: ReadonlyArray<readonly [path: string, digest: string]>,
  indexer: string,
): string {
  const digest = createHash("sha256").update(`${indexer}\n`);
  for (const [path, page] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    digest.update(`${path}\n${page}\n`);
  }
  return digest.digest("hex").slice(0, 32);
}
