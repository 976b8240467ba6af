import type { ImageMetadata } from "astro";

// While a page renders in a build, reading an imported image's `src` notes the original file as
// used as it is, and Astro then publishes the original (a camera's 6000-pixel file) next to the
// resized copies. Astro keeps the same address behind a shared symbol, which its own getImage()
// reads for that reason (getUntrackedImage in astro/dist/assets/utils/image-asset.js, not exported).
// Outside a build there is no such symbol and nothing is noted.
const RAW_SRC = Symbol.for("astro:image-asset:raw-src");

/** Whether a value is an imported image's metadata; reading `fsPath` marks nothing. */
export function isImageMetadata(value: unknown): value is ImageMetadata {
  return (
    typeof value === "object" && value !== null && typeof (value as { fsPath?: unknown }).fsPath === "string"
  );
}

/** The image's metadata as a plain object, read without marking the original as used. */
export function unmarkedImage(image: ImageMetadata): ImageMetadata {
  if (!(RAW_SRC in image)) return image;
  const raw = image as ImageMetadata & { [RAW_SRC]: string };
  // Object.keys lists `src` without calling its getter; the copy takes the address from the symbol.
  const entries = Object.keys(image).map((key) => [
    key,
    key === "src" ? raw[RAW_SRC] : raw[key as keyof ImageMetadata],
  ]);
  return Object.fromEntries(entries) as ImageMetadata;
}

/** The width to render an image at: its own width (reading it marks nothing), at most `max` pixels. */
export function cappedWidth(image: ImageMetadata, max: number): number {
  return Math.min(image.width, max);
}
