import type { ImageMetadata } from "astro";

// In a build, the metadata of an imported image is a proxy that notes the original file as used
// as it is whenever a field other than `fsPath` or `clone` is read, and Astro then publishes the
// original (a camera's 6000-pixel file) next to the resized copies. `clone` is a plain copy, the one
// Astro's own getImage() reads for the same reason. Outside a build there is no proxy and no clone.

/** Whether a value is an imported image's metadata; reading `fsPath` marks nothing. */
export function isImageMetadata(value: unknown): value is ImageMetadata {
  return (
    typeof value === "object" && value !== null && typeof (value as { fsPath?: unknown }).fsPath === "string"
  );
}

/** The image's metadata as a plain object, read without marking the original as used. */
export function unmarkedImage(image: ImageMetadata): ImageMetadata {
  return (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
}

/** An imported image's width, read without marking the original as used. */
export function imageWidth(image: ImageMetadata): number {
  return unmarkedImage(image).width;
}

/** The width to render an image at: its own width, at most `max` pixels. */
export function cappedWidth(image: ImageMetadata, max: number): number {
  return Math.min(imageWidth(image), max);
}
