import type { ContainerNode, Node, TextNode } from "@takumi-rs/core";
import { HEADING_FONTS, type HeadingFontId } from "../site/heading-font.ts";
import { OG_FONT_FAMILY } from "./og-fonts.ts";

// What a share image shows and where: a tree of boxes and text that Takumi lays out (og-render.ts).

/** What one share image shows. */
export interface OgImageInput {
  title: string;
  /** The kind of page, e.g. "Article" or "Massage type". */
  label: string;
  /** The practice's name, from the settings. */
  siteName: string;
  /** The practice's brand accent (settings: brand.accent); the site's teal without one. */
  accent?: string | undefined;
  /** The practice's heading font (settings: brand.headingFont), for the title; Source Sans 3 without one. */
  titleFont?: HeadingFontId | undefined;
}

/**
 * Bump when the layout, colours or sizes below, or the renderer or PNG encoding (og-render.ts),
 * change: it is part of every cache key, so old images are drawn again instead of being served from
 * the cache.
 */
export const OG_DESIGN_VERSION = "4";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const COLOURS = {
  background: "#fbfaf7",
  teal: "#0f5c5a",
  title: "#1d2b2a",
  muted: "#4d5c5b",
} as const;

// The tree Takumi lays out: boxes (`container`) and runs of text, styled with CSS properties.
type Style = NonNullable<Node["style"]>;
const box = (style: Style, children: Node[] = []): ContainerNode => ({ type: "container", style, children });
const text = (style: Style, content: string): TextNode => ({ type: "text", style, text: content });

/** Long titles get a smaller size so that most still fit whole within the line limit. */
function titleFontSize(title: string): number {
  if (title.length <= 45) return 80;
  if (title.length <= 75) return 68;
  return 58;
}

/**
 * Flat colours and text only: large single-colour areas keep the PNG small (well under 60 KB),
 * where photos, gradients or noise would not compress.
 */
export function ogLayout({
  title,
  label,
  siteName,
  accent = COLOURS.teal,
  titleFont,
}: OgImageInput): ContainerNode {
  const band = box({ width: 28, flexShrink: 0, backgroundColor: accent });
  const kind = text(
    {
      display: "block",
      fontSize: 30,
      fontWeight: 700,
      letterSpacing: 3,
      textTransform: "uppercase",
      color: accent,
      lineClamp: 1,
    },
    label,
  );
  const heading = text(
    {
      display: "block",
      fontSize: titleFontSize(title),
      fontWeight: 700,
      lineHeight: 1.12,
      color: COLOURS.title,
      ...(titleFont ? { fontFamily: `"${HEADING_FONTS[titleFont].family}"` } : {}),
      // Cut long titles at the last line with "…" rather than let them run off the image.
      lineClamp: 4,
    },
    title,
  );
  const footer = box({ display: "flex", alignItems: "center" }, [
    box({ width: 56, height: 6, flexShrink: 0, marginRight: 20, backgroundColor: accent }),
    text(
      { display: "block", flexShrink: 1, fontSize: 34, fontWeight: 400, color: COLOURS.muted, lineClamp: 1 },
      siteName,
    ),
  ]);
  const content = box(
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      flexGrow: 1,
      padding: "64px 88px 64px 72px",
    },
    [kind, heading, footer],
  );
  return box(
    {
      display: "flex",
      width: "100%",
      height: "100%",
      backgroundColor: COLOURS.background,
      // A family name with a digit must be quoted in CSS.
      fontFamily: `"${OG_FONT_FAMILY}"`,
    },
    [band, content],
  );
}
