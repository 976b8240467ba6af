import { existsSync } from "node:fs";
import { join, sep } from "node:path";
import type { ImageMetadata } from "astro";
import { resolveImage, resolveSettingPicture } from "../lib/content/checks.ts";
import { pictureFormatOf } from "../lib/content/media.ts";
import { ContentError } from "../lib/content/problems.ts";

// Every picture under content/, so a file that names one by its path below content/ (a <Figure>,
// a video's still, a photo in the copy files) gets Astro's resized copies instead of the original.
// Its ending in any case, as the content check accepts it (Camera-Photo.JPG): Vite matches a glob
// case by case, and a picture left out was neither found nor counted in the page cache's code.
const images = import.meta.glob<{ default: ImageMetadata }>(
  "/content/**/*.{[jJ][pP][gG],[jJ][pP][eE][gG],[pP][nN][gG],[wW][eE][bB][pP],[aA][vV][iI][fF],[sS][vV][gG]}",
);

/** "posts/images/desk.jpg" (or "./content/posts/…") as the key Vite gives the file. */
const keyOf = (path: string) => `/content/${path.replace(/^\.?\/?(content\/)?/, "")}`;

/** The picture at a path below content/, or undefined when there is no such file. */
export async function contentImage(path: string): Promise<ImageMetadata | undefined> {
  const key = keyOf(path);
  const load = images[key];
  if (load) return (await load()).default;
  // `npm run dev` lists the pictures once, at its start: one uploaded in the editor since then (or
  // saved into content/) is read by its path, as the build will read it from the list.
  const file = join(process.cwd(), key);
  // A plain picture file below content/: no query or fragment for Vite to act on (`?raw`).
  const inContent =
    !/[?#\0]/.test(key) &&
    file.startsWith(join(process.cwd(), "content") + sep) &&
    pictureFormatOf(file) !== undefined;
  if (import.meta.env.DEV && inContent && existsSync(file))
    return ((await import(/* @vite-ignore */ key)) as { default: ImageMetadata }).default;
  return undefined;
}

/** A picture a content file names by a path next to itself (./images/room.jpg), resized by Astro. */
export async function imageNextTo(file: string, src: string): Promise<ImageMetadata> {
  const path = resolveImage(file, src);
  const image = await contentImage(path);
  // The content check reports a missing photo with its file and line first; this only stops a page it missed.
  if (!image) throw new ContentError(`${file}: no picture at ${path}. Put the file next to it.`);
  return image;
}

/** The picture a setting names (the logo): next to the settings file, or from the project's folder. */
export async function settingPicture(file: string, src: string): Promise<ImageMetadata> {
  const path = resolveSettingPicture(file, src);
  const image = await contentImage(path);
  if (!image)
    throw new ContentError(`${file}: no picture at ${path}. Put the file there or upload it in the editor.`);
  return image;
}
