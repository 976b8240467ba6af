import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { headingFontFiles, type HeadingFontId } from "../site/heading-font.ts";

// The share image's fonts, read from the installed @fontsource packages (nothing is downloaded),
// each with a fingerprint of its bytes for the cache key (og-cache.ts).

/** The two weights the image uses, plus a fingerprint of their bytes for the cache key. */
export interface OgFonts {
  regular: Buffer;
  bold: Buffer;
  identity: string;
}

/** The family the label, the site's name and (without a brand heading font) the title are set in. */
export const OG_FONT_FAMILY = "Source Sans 3";
const FONT_FILES = {
  regular: "@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff",
  bold: "@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff",
} as const;

let bundledFonts: OgFonts | undefined;

/** Reads the fonts from the installed @fontsource package once per process (nothing is downloaded). */
export function loadOgFonts(): OgFonts {
  if (!bundledFonts) {
    // Resolved at run time, not bundled, so it works from the source file and from Astro's build output.
    const require = createRequire(import.meta.url);
    const regular = readFileSync(require.resolve(FONT_FILES.regular));
    const bold = readFileSync(require.resolve(FONT_FILES.bold));
    const identity = createHash("sha256")
      .update(basename(FONT_FILES.regular))
      .update(regular)
      .update(basename(FONT_FILES.bold))
      .update(bold)
      .digest("hex");
    bundledFonts = { regular, bold, identity };
  }
  return bundledFonts;
}

const titleFonts = new Map<HeadingFontId, { data: Buffer; identity: string }>();

/** The heading font's bold Latin woff from its installed @fontsource package, read once per process. */
export function loadTitleFont(id: HeadingFontId): { data: Buffer; identity: string } {
  let font = titleFonts.get(id);
  if (!font) {
    const file = headingFontFiles(id).woff;
    const data = readFileSync(createRequire(import.meta.url).resolve(file));
    font = { data, identity: createHash("sha256").update(basename(file)).update(data).digest("hex") };
    titleFonts.set(id, font);
  }
  return font;
}
