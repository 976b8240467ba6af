// A copy of the site with a camera-sized (4000x3000), detailed photo in every photo slot and a logo:
// for the build test of photos and for `npm run lighthouse -- --photos`, so both see the same pages.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { testPhoto } from "../tests/support/photo.ts";
import { hostileLogo } from "../tests/support/svg-samples.ts";
import { buildSiteCopy, type BuiltSite } from "./site-copy.ts";

/** The copy's logo: a teal band, with every attack of the hostile samples folded in. */
export const HOSTILE_LOGO = hostileLogo();

/** Every photo file the copy adds, below the copy's folder, with the seed that draws it. */
export const PHOTO_FILES = [
  ["content/copy/images/room.jpg", 1],
  ["content/copy/images/entrance.jpg", 2],
  ["content/team/images/jordan.jpg", 3],
  ["content/massage-types/images/swedish.jpg", 4],
] as const;

/** The pages that show those photos, the page's main photo first. */
export const PHOTO_PAGES: Array<[string, string]> = [
  ["Home", "/"],
  ["Visit", "/visit/"],
  ["Team", "/team/"],
  ["Therapist", "/team/jordan-reyes/"],
  ["Massage type", "/massage/swedish/"],
];

export interface PhotoSiteOptions {
  /** A fixed folder under .cache/site-copies (see buildSiteCopy). */
  folder?: string;
  /** More changes, applied after the photos' own to the same file, e.g. another setting. */
  changes?: Record<string, (text: string) => string>;
}

const same = (text: string) => text;

export async function buildPhotoSite({ folder, changes = {} }: PhotoSiteOptions = {}): Promise<BuiltSite> {
  const photos = await Promise.all(PHOTO_FILES.map(([, seed]) => testPhoto(4000, 3000, seed)));
  const own: Record<string, (text: string) => string> = {
    "content/copy/home.yaml": (text) =>
      `${text}\nheroPhoto:\n  src: ./images/room.jpg\n  alt: The treatment room, a massage table by a window\n`,
    "content/copy/visit.yaml": (text) =>
      `${text}\ngallery:\n  heading: Inside the practice\n  photos:\n    - src: ./images/room.jpg\n      alt: The treatment room\n    - src: ./images/entrance.jpg\n      alt: The entrance, level with the street\n`,
    "content/settings.yaml": (text) =>
      `${text}\nbrand:\n  logo: ./brand/logo.svg\n  logoAlt: Still Point Massage Therapy\n`,
    // The logo and a post's hero image carry attacks (tests/support/svg-samples.ts): the build must
    // publish them cleaned, drawn as before (tests/build/photos-build.test.ts opens each on its own).
    "content/brand/logo.svg": () => HOSTILE_LOGO,
    // Another file (another name in each attack), or Astro would publish the two as one.
    "content/posts/images/sciatica/hero.svg": () => hostileLogo("hero"),
    "content/posts/sciatica-and-massage.mdx": (text) =>
      text.replace(
        /^---\n/,
        "---\nheroImage: ./images/sciatica/hero.svg\nheroAlt: The practice's logo, a teal band\n",
      ),
    "content/team/jordan-reyes.yaml": (text) =>
      `${text}photo: ./images/jordan.jpg\nphotoAlt: Jordan Reyes in the treatment room\n`,
    "content/massage-types/swedish.mdx": (text) =>
      text.replace(
        "name: Swedish massage\n",
        "name: Swedish massage\nphoto: ./images/swedish.jpg\nphotoAlt: A Swedish massage of the upper back\n",
      ),
  };
  const files = new Set([...Object.keys(own), ...Object.keys(changes)]);
  return buildSiteCopy({
    folder,
    changes: Object.fromEntries(
      [...files].map((file) => [file, (text: string) => (changes[file] ?? same)((own[file] ?? same)(text))]),
    ),
    prepare: (dir) => {
      PHOTO_FILES.forEach(([file], index) => {
        mkdirSync(join(dir, file, ".."), { recursive: true });
        writeFileSync(join(dir, file), photos[index] as Buffer);
      });
    },
  });
}
