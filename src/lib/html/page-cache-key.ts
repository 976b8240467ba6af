import { createHash } from "node:crypto";

/**
 * The key under which Astro reuses a page's HTML from the previous build instead of rendering it
 * again (`experimental.incrementalBuild`, a `cacheKey` in getStaticPaths). Astro hashes the page's
 * code itself; this digests the data the page is made from, so equal keys mean equal data. Maps,
 * sets and functions would vanish in JSON and let changed data keep an old key, so they are refused.
 */
export function pageCacheKey(...inputs: unknown[]): string {
  const json = JSON.stringify(inputs, (_key, value: unknown) => {
    if (value instanceof Map || value instanceof Set || typeof value === "function") {
      throw new TypeError("pageCacheKey: pass plain data (objects, arrays, strings, numbers, dates)");
    }
    return isImage(value) ? imageData(value) : value;
  });
  return createHash("sha256").update(json).digest("base64url");
}

interface ImageMetadataLike {
  fsPath: string;
  clone?: unknown;
}

// In a build, Astro's metadata of an imported image is a proxy that notes the original file as
// used as it is (and so copies it into the output) when any field but `fsPath` or `clone` is read.
// Reading it field by field here would publish every photo's full-size original; `clone` is a plain copy.
const isImage = (value: unknown): value is ImageMetadataLike =>
  typeof value === "object" && value !== null && typeof (value as { fsPath?: unknown }).fsPath === "string";

function imageData(image: ImageMetadataLike): object {
  const copy = image.clone;
  return typeof copy === "object" && copy !== null ? { ...copy } : image;
}
