import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  HEADING_FONT_IDS,
  headingFontCss,
  headingFontFiles,
  headingFontModule,
  headingFontStack,
} from "../../src/lib/site/heading-font.ts";
import { settingsProblems } from "../../src/lib/site/settings.ts";

const require = createRequire(import.meta.url);
const SETTINGS = `${readFileSync("content/settings.yaml", "utf8").trimEnd()}\n`;
/** The line of `headingFont:` below the `brand:` line added after the settings' last line. */
const fontLine = SETTINGS.split("\n").length + 1;

describe("heading fonts the site can serve", () => {
  it("names, for every font on offer, a bold Latin woff2 and woff that the installed package has", () => {
    expect(HEADING_FONT_IDS).toEqual(["lora", "source-sans-3", "nunito"]);
    for (const id of HEADING_FONT_IDS) {
      const { woff2, woff } = headingFontFiles(id);
      expect(woff2).toMatch(new RegExp(`^@fontsource/${id}/files/${id}-latin-700-normal\\.woff2$`));
      expect(existsSync(require.resolve(woff2)), woff2).toBe(true);
      expect(existsSync(require.resolve(woff)), woff).toBe(true);
    }
  });

  it("puts the font first and the system fonts of its kind behind it", () => {
    expect(headingFontStack("lora")).toBe('"Lora", ui-serif, Georgia, Cambria, "Times New Roman", serif');
    expect(headingFontStack("nunito")).toMatch(/^"Nunito", system-ui, .*sans-serif$/);
    expect(headingFontStack("source-sans-3")).toMatch(/^"Source Sans 3", system-ui, /);
  });

  it("writes an @font-face that swaps in when loaded, and the headings' token", () => {
    const css = headingFontCss("lora", "/_astro/lora-latin-700-normal.AbC123.woff2");
    expect(css).toBe(
      '@font-face{font-family:"Lora";font-style:normal;font-weight:700;font-display:swap;' +
        'src:url("/_astro/lora-latin-700-normal.AbC123.woff2") format("woff2");' +
        "unicode-range:U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD}" +
        'html:root{--font-heading:"Lora", ui-serif, Georgia, Cambria, "Times New Roman", serif}',
    );
  });

  it("imports only the chosen file, and nothing when none is chosen", () => {
    expect(headingFontModule("nunito")).toBe(
      'export { default } from "@fontsource/nunito/files/nunito-latin-700-normal.woff2?url";\n',
    );
    expect(headingFontModule(undefined)).toBe("export default undefined;\n");
  });

  it("accepts a font on offer in the settings, and names the choices for one that is not", () => {
    expect(settingsProblems(`${SETTINGS}brand:\n  headingFont: nunito\n`)).toEqual([]);
    const [problem, ...rest] = settingsProblems(`${SETTINGS}brand:\n  headingFont: comic-sans\n`);
    expect(rest).toEqual([]);
    expect(problem?.line).toBe(fontLine);
    expect(problem?.field).toBe("brand.headingFont");
    expect([problem?.what, problem?.fix]).toEqual([
      'brand.headingFont "comic-sans" is not allowed here.',
      "Use one of: lora, nunito or source-sans-3.",
    ]);
  });
});
