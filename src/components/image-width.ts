import type { ImageMetadata } from "astro";

/**
 * An imported image's width, read without marking the image as used as a file. Astro deletes
 * an original image from the build only when nothing but <Image> touched it; reading `.width`
 * directly counts as touching, which would ship a camera's 6000-pixel original next to the
 * resized copies. `clone` is the unmarked copy Astro's own getImage() reads for the same reason.
 */
export function imageWidth(image: ImageMetadata): number {
  return ((image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image).width;
}

/** The width to render an image at: its own width, at most `max` pixels. */
export function cappedWidth(image: ImageMetadata, max: number): number {
  return Math.min(imageWidth(image), max);
}
