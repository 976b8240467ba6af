/**
 * The heading fonts a practice may choose (settings: brand.headingFont). Each is an installed
 * @fontsource package, so the site serves the font itself: one file, the Latin letters in the bold
 * weight headings use. Without a choice the headings keep the system's serif and no font is served.
 */

/** The fonts on offer, by the id the settings file uses. */
export const HEADING_FONTS = {
  lora: {
    family: "Lora",
    package: "@fontsource/lora",
    file: "lora",
    fallback: "serif",
    label: "Lora: a warm serif with softly curved strokes, like a well-set book",
  },
  "source-sans-3": {
    family: "Source Sans 3",
    package: "@fontsource/source-sans-3",
    file: "source-sans-3",
    fallback: "sans",
    label: "Source Sans 3: a plain, open sans-serif that reads clearly at any size",
  },
  nunito: {
    family: "Nunito",
    package: "@fontsource/nunito",
    file: "nunito",
    fallback: "sans",
    label: "Nunito: a friendly sans-serif with rounded ends",
  },
} as const;

export type HeadingFontId = keyof typeof HEADING_FONTS;

export const HEADING_FONT_IDS = Object.keys(HEADING_FONTS) as [HeadingFontId, ...HeadingFontId[]];

/** Headings (h1 to h3) and the site's name in the header are bold: the one weight served. */
export const HEADING_FONT_WEIGHT = 700;

/** The system fonts a heading falls back to while the font loads, or when a letter is not in it. */
export const FALLBACK_STACKS = {
  // The site's own heading stack (src/styles/global.css --font-heading).
  serif: 'ui-serif, Georgia, Cambria, "Times New Roman", serif',
  // The site's body stack (--font-body).
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
} as const;

/** The Latin subset's characters, as the package's own stylesheet lists them. */
export const LATIN_RANGE =
  "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";

/**
 * The package files of a font's Latin subset in the heading weight: woff2 for browsers, woff for the
 * share images (their renderer does not read woff2), as module specifiers.
 */
export function headingFontFiles(id: HeadingFontId): { woff2: string; woff: string } {
  const font = HEADING_FONTS[id];
  const stem = `${font.package}/files/${font.file}-latin-${HEADING_FONT_WEIGHT}-normal`;
  return { woff2: `${stem}.woff2`, woff: `${stem}.woff` };
}

/** A family name quoted for CSS (a name with a digit or a space must be). */
const quoted = (family: string) => `"${family}"`;

/** The headings' font-family value: the font, then the system fonts of its kind. */
export function headingFontStack(id: HeadingFontId): string {
  const font = HEADING_FONTS[id];
  return `${quoted(font.family)}, ${FALLBACK_STACKS[font.fallback]}`;
}

/**
 * The CSS that makes headings use the font served at `url`: its @font-face (shown in a system font
 * until it arrives, font-display: swap) and the heading token global.css reads.
 */
export function headingFontCss(id: HeadingFontId, url: string): string {
  const font = HEADING_FONTS[id];
  const face = `@font-face{font-family:${quoted(font.family)};font-style:normal;font-weight:${HEADING_FONT_WEIGHT};font-display:swap;src:url(${JSON.stringify(url)}) format("woff2");unicode-range:${LATIN_RANGE}}`;
  // html:root outranks global.css's :root whichever stylesheet comes first.
  return `${face}html:root{--font-heading:${headingFontStack(id)}}`;
}

/**
 * The source of the module that gives the chosen font file's public address (Vite's `?url` import
 * of the package file, so only that file is published, under /_astro/ with its content hash), or
 * undefined when no font is chosen and nothing is published.
 */
export function headingFontModule(id: HeadingFontId | undefined): string {
  if (!id) return "export default undefined;\n";
  return `export { default } from ${JSON.stringify(`${headingFontFiles(id).woff2}?url`)};\n`;
}
