import { createHash } from "node:crypto";
import { isImageMetadata, unmarkedImage } from "./image-metadata.ts";

/**
 * The key under which Astro reuses a page's HTML from the previous build instead of rendering it
 * again (`experimental.incrementalBuild`, a `cacheKey` in getStaticPaths). Astro hashes the page's
 * code itself; this digests the data the page is made from, so equal keys mean equal data. Maps,
 * sets and functions would vanish in JSON and let changed data keep an old key, so they are refused.
 * An image is read through its unmarked copy, or the key would publish every photo's original.
 */
export function pageCacheKey(...inputs: unknown[]): string {
  const json = JSON.stringify(inputs, (_key, value: unknown) => {
    if (value instanceof Map || value instanceof Set || typeof value === "function") {
      throw new TypeError("pageCacheKey: pass plain data (objects, arrays, strings, numbers, dates)");
    }
    return isImageMetadata(value) ? { ...unmarkedImage(value) } : value;
  });
  return createHash("sha256").update(json).digest("base64url");
}
