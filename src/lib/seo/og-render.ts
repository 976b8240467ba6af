import { Renderer } from "@takumi-rs/core";
import { HEADING_FONTS, type HeadingFontId } from "../site/heading-font.ts";
import { OG_FONT_FAMILY, loadTitleFont, type OgFonts } from "./og-fonts.ts";
import { OG_HEIGHT, OG_WIDTH, ogLayout, type OgImageInput } from "./og-layout.ts";

/**
 * Draws the share image with Takumi, which lays the tree out, rasterises the text and encodes the
 * PNG in native code, off the JavaScript thread (on libuv's thread pool): several images drawn at
 * once use every core while the build renders pages (see `drawOgImagesAhead`, og-ahead.ts). It writes a
 * palette PNG when the image has few colours, which flat colours and anti-aliased text do, and
 * the palette is exact: the pixels are those drawn, only smaller (about 24 KB for a four-line title).
 * Why Takumi and not satori, resvg and sharp: docs/decisions/build-speed.md.
 */
export async function renderOgImage(input: OgImageInput, fonts: OgFonts): Promise<Uint8Array<ArrayBuffer>> {
  const renderer = await rendererWith(fonts, input.titleFont);
  return renderer.render(ogLayout(input), { width: OG_WIDTH, height: OG_HEIGHT, format: "png" });
}

// One renderer per set of fonts and title font, so each font is parsed once per process. Takumi is
// imported statically (about 10 ms): the build starts drawing from the config's integrations, whose
// module loader is closed by then, so an import on first use would fail there.
const renderers = new WeakMap<OgFonts, Map<string, Promise<Renderer>>>();
function rendererWith(fonts: OgFonts, titleFont?: HeadingFontId): Promise<Renderer> {
  let byTitleFont = renderers.get(fonts);
  if (!byTitleFont) renderers.set(fonts, (byTitleFont = new Map()));
  let renderer = byTitleFont.get(titleFont ?? "");
  if (!renderer) {
    const created = new Renderer();
    const registered = [
      created.registerFont({ name: OG_FONT_FAMILY, data: fonts.regular, weight: 400, style: "normal" }),
      created.registerFont({ name: OG_FONT_FAMILY, data: fonts.bold, weight: 700, style: "normal" }),
    ];
    if (titleFont) {
      const { family } = HEADING_FONTS[titleFont];
      const { data } = loadTitleFont(titleFont);
      registered.push(created.registerFont({ name: family, data, weight: 700, style: "normal" }));
    }
    renderer = Promise.all(registered).then(() => created);
    byTitleFont.set(titleFont ?? "", renderer);
  }
  return renderer;
}
