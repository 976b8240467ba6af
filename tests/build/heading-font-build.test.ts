import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteCopy, rebuildSiteCopy, type SiteCopy } from "../../scripts/site-copy";

const WITH_FONT = (text: string) => `${text}\nbrand:\n  headingFont: lora\n`;

/** Every file below `dir`, as paths relative to it. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).map((name) => name.replaceAll("\\", "/"));

// A practice that picks Lora for its headings (settings: brand.headingFont), then changes its mind.
describe("the heading font chosen in the settings", () => {
  let copy: SiteCopy;
  let withFont: { files: string[]; home: string; about: string };
  beforeAll(() => {
    copy = buildSiteCopy({ changes: { "content/settings.yaml": WITH_FONT } });
    const dist = join(copy.dir, "dist");
    withFont = copy.ok
      ? {
          files: filesIn(dist),
          home: readFileSync(join(dist, "index.html"), "utf8"),
          about: readFileSync(join(dist, "visit/index.html"), "utf8"),
        }
      : { files: [], home: "", about: "" };
  }, 600_000);
  afterAll(() => copy?.remove());

  it("is served by the site: its one file, announced in the head and named by an @font-face", () => {
    expect(copy.ok, copy.output.slice(-3000)).toBe(true);
    const fonts = withFont.files.filter((name) => /\.(woff2?|ttf|otf)$/.test(name));
    expect(fonts).toHaveLength(1);
    const [font = ""] = fonts;
    expect(font).toMatch(/^_astro\/lora-latin-700-normal\.[\w-]+\.woff2$/);
    const url = `/${font}`;
    for (const html of [withFont.home, withFont.about]) {
      const head = /<head>[\s\S]*?<\/head>/.exec(html)?.[0] ?? "";
      expect(head).toContain(
        `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin="anonymous">`,
      );
      expect(head).toMatch(
        new RegExp(
          `@font-face\\{font-family:"Lora";[^}]*font-weight:700;font-display:swap;src:url\\("${url}"\\) format\\("woff2"\\)`,
        ),
      );
      // Headings and the site's name read the token; the font first, the system serif behind it.
      expect(head).toContain('html:root{--font-heading:"Lora", ui-serif, Georgia');
    }
  });

  it("stays within the page's policy: the style's hash is allowed and fonts come from the site itself", () => {
    const policy =
      /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(withFont.home)?.[1] ?? "";
    expect(policy).toContain("font-src 'self'");
    const style = /<style>(@font-face[\s\S]*?)<\/style>/.exec(withFont.home)?.[1] ?? "";
    expect(style).not.toBe("");
    expect(policy).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
  });

  it("left out again, publishes no font file and names none", () => {
    const rebuilt = rebuildSiteCopy(copy, {
      changes: { "content/settings.yaml": (text) => text.replace("\nbrand:\n  headingFont: lora\n", "") },
    });
    expect(rebuilt.ok, rebuilt.output.slice(-3000)).toBe(true);
    const dist = join(copy.dir, "dist");
    expect(filesIn(dist).filter((name) => /\.(woff2?|ttf|otf)$/.test(name))).toEqual([]);
    const home = readFileSync(join(dist, "index.html"), "utf8");
    expect(home).not.toContain("@font-face");
    expect(home).not.toContain('as="font"');
  }, 600_000);
});
