import url from "virtual:heading-font-url";
import { headingFontCss, type HeadingFontId } from "../lib/site/heading-font.ts";
import { settings } from "./settings.ts";

export interface ServedHeadingFont {
  id: HeadingFontId;
  /** The font file's public address, under /_astro/ (src/integrations/heading-font.ts). */
  url: string;
  /** Its @font-face and the headings' font-family token, for the brand stylesheet. */
  css: string;
}

const id = settings.brand?.headingFont;

/** The heading font the settings choose, as the site serves it; undefined for the system's serif. */
export const headingFont: ServedHeadingFont | undefined =
  id && url ? { id, url, css: headingFontCss(id, url) } : undefined;
