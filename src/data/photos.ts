import type { ImageMetadata } from "astro";
import { getImage } from "astro:assets";
import { cappedWidth } from "../lib/html/image-metadata.ts";
import { PHOTO_QUALITY, photoSizes, photoWidths, slotWidth, type PhotoPlace } from "../lib/html/photo.ts";

/**
 * A photo's AVIF and WebP copies for a place on the site, with the <img> attributes (width,
 * height, sizes, loading). Photo.astro draws them and PhotoPreload.astro announces the same files.
 */
export async function photoVariants(image: ImageMetadata, place: PhotoPlace, priority: boolean) {
  const options = {
    src: image,
    layout: "constrained",
    width: cappedWidth(image, slotWidth(place)),
    widths: photoWidths(place, image.width),
    sizes: photoSizes(place),
    fit: "cover",
    position: "center",
    loading: priority ? "eager" : "lazy",
    fetchpriority: priority ? "high" : "auto",
    decoding: "async",
  } as const;
  const [avif, webp] = await Promise.all([
    getImage({ ...options, format: "avif", quality: PHOTO_QUALITY.avif }),
    getImage({ ...options, format: "webp", quality: PHOTO_QUALITY.webp }),
  ]);
  return { avif, webp };
}
