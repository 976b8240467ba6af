import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildSiteCopy, siteFolder, type BuiltSite } from "../../scripts/site-copy.ts";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { HEADING_FONT, publishedVariant } from "../support/variants.ts";

/** Every file below `dir`, as paths relative to it. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).map((name) => name.replaceAll("\\", "/"));

// A practice that picks Lora for its headings (settings: brand.headingFont), then changes its mind.
// The shared published variant (tests/support/variants.ts) chooses Lora.
describe("the heading font chosen in the settings", () => {
  let copy: BuiltVariant;
  // The variant's own build date: on another day its scheduled post would not be out, and the
  // build would stop for the address it had published.
  let buildEnv: Record<string, string> = {};
  let withFont: { files: string[]; home: string; about: string };
  let leftOut: BuiltSite | undefined;
  beforeAll(async () => {
    const spec = await publishedVariant();
    buildEnv = spec.env ?? {};
    copy = builtVariant(spec);
    const dist = join(copy.dir, "dist");
    withFont = copy.ok
      ? {
          files: filesIn(dist),
          home: readFileSync(join(dist, "index.html"), "utf8"),
          about: readFileSync(join(dist, "visit/index.html"), "utf8"),
        }
      : { files: [], home: "", about: "" };
  }, 600_000);
  afterAll(() => leftOut?.remove());

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
    // The shared variant stays as it is: its folder (sources, build, Astro's cache) is copied, and
    // the copy is built again without the setting, as a host builds again in its folder.
    const dir = siteFolder(`heading-font-${process.pid}`);
    cpSync(copy.dir, dir, { recursive: true });
    leftOut = { ok: copy.ok, output: copy.output, buildSeconds: 0, dir, remove: () => {} };
    leftOut.remove = () => rmSync(dir, { recursive: true, force: true });
    const rebuilt = rebuildSiteCopy(leftOut, {
      changes: { "content/settings.yaml": (text) => text.replace(HEADING_FONT, "") },
      env: buildEnv,
    });
    expect(rebuilt.ok, rebuilt.output.slice(-3000)).toBe(true);
    const dist = join(dir, "dist");
    expect(filesIn(dist).filter((name) => /\.(woff2?|ttf|otf)$/.test(name))).toEqual([]);
    const home = readFileSync(join(dist, "index.html"), "utf8");
    expect(home).not.toContain("@font-face");
    expect(home).not.toContain('as="font"');
  }, 600_000);
});
