import { JSDOM } from "jsdom";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cleanSvg, cssLoadsNothing, SvgNotReadable } from "../../src/lib/content/clean-svg.ts";
import { HIT, HOSTILE_SVGS, hostileLogo, REAL_SVGS } from "../support/svg-samples.ts";

/** The drawing as pixels (librsvg, through sharp), to compare a file before and after cleaning. */
const pixels = async (svg: string) => sharp(Buffer.from(svg), { density: 72 }).raw().toBuffer();

/** Every attribute and element name of a cleaned file, read with the browser's own XML grammar. */
function namesIn(svg: string): { elements: string[]; attributes: Array<[string, string]> } {
  const document = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");
  const all = [...document.getElementsByTagName("*")];
  return {
    elements: all.map((element) => element.localName),
    attributes: all.flatMap((element) =>
      [...element.attributes].map((a): [string, string] => [a.name, a.value]),
    ),
  };
}

describe("cleanSvg", () => {
  describe.each(HOSTILE_SVGS.map((sample) => [sample.name, sample] as const))("%s", (_, sample) => {
    it("keeps nothing of the attack", () => {
      let clean: string;
      try {
        clean = cleanSvg(sample.svg);
      } catch (error) {
        // Refused outright (not an SVG the sanitizer reads): nothing is published.
        expect(error).toBeInstanceOf(SvgNotReadable);
        return;
      }
      // Every attack names the address it reports to; none of it may be left, not even as text.
      expect(clean).not.toContain(new URL(HIT).host);
      const { elements, attributes } = namesIn(clean);
      expect(elements).not.toContain("script");
      expect(elements).not.toContain("foreignObject");
      expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
      for (const [name, value] of attributes.filter(([name]) => /href$|^src$/i.test(name)))
        expect(value, name).toMatch(/^(#|data:image\/(png|jpeg|gif|webp|avif);base64,)/);
      expect(clean).not.toMatch(/javascript:|@import|xml-stylesheet|<!ENTITY/i);
    });
  });

  it("still draws the logo an attack was folded into", async () => {
    const band = REAL_SVGS.find((sample) => sample.name.startsWith("photo-site logo"))!;
    expect(await pixels(cleanSvg(hostileLogo()))).toEqual(await pixels(band.svg));
  });

  it.each(REAL_SVGS.map((sample) => [sample.name, sample.svg] as const))(
    "draws %s exactly as before",
    async (_, svg) => {
      const clean = cleanSvg(svg);
      expect(await pixels(clean)).toEqual(await pixels(svg));
      // Still a file of its own: an SVG root with its namespace, openable without the page around it.
      expect(clean).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    },
  );

  it("keeps what real logos use: references inside the file, embedded bitmaps, CSS classes", () => {
    const inkscape = cleanSvg(REAL_SVGS.find((sample) => sample.name === "Inkscape export")!.svg);
    expect(inkscape).toContain('xlink:href="#wave"');
    expect(inkscape).toContain('href="#wave"');
    expect(inkscape).toContain("url(#seaH)");
    const illustrator = cleanSvg(REAL_SVGS.find((sample) => sample.name.startsWith("Illustrator"))!.svg);
    expect(illustrator).toContain('xlink:href="data:image/png;base64,');
    expect(illustrator).toContain(".st2{fill:url(#grad1);}");
  });

  it("refuses what is not an SVG drawing", () => {
    expect(() => cleanSvg("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")).toThrow(
      SvgNotReadable,
    );
    expect(() => cleanSvg("alert(1)")).toThrow(SvgNotReadable);
    expect(() => cleanSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toThrow(/well-formed/);
  });
});

describe("cssLoadsNothing", () => {
  it.each([
    [".a{fill:url(#g)}", true],
    ["@media (prefers-color-scheme: dark) { .a { fill: #fff } }", true],
    ["@import 'https://x.test/a.css';", false],
    [".a{fill:url(https://x.test/p.svg#a)}", false],
    [".a{fill:url( 'https://x.test/p.svg#a' )}", false],
    ["@font-face{src:url(data:font/woff2;base64,AA)}", false],
    [".a{background:\\75 rl(https://x.test/)}", false],
    [".a{background-image:image-set('https://x.test/a.png' 1x)}", false],
  ])("%s → %s", (css, safe) => expect(cssLoadsNothing(css)).toBe(safe));
});
