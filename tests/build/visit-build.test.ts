import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSiteCopy } from "../../scripts/site-copy.ts";
import { preCheck } from "../support/pre-check.ts";
import { solidPng } from "../support/png.ts";

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture did not change: ${from}`);
  return changed;
};

describe("a practice that hides prices, a therapist photo, a build in the days before a holiday", () => {
  it("shows no price or prices page anywhere, announces the holiday, serves the photo responsive", () => {
    const copy = buildSiteCopy({
      // Ten days before the Christmas exception in content/settings.yaml.
      env: { BUILD_DATE: "2026-12-14" },
      changes: {
        "content/settings.yaml": (text) =>
          `${replace(/^ {2}show: true$/m, "  show: false")(text)}\nbrand:\n  accent: "#8a2d52"\n`,
        "content/team/jordan-reyes.yaml": (text) =>
          `${text}photo: ./jordan.png\nphotoAlt: "Jordan Reyes smiling in the treatment room"\n`,
      },
      prepare: (dir) => {
        mkdirSync(join(dir, "content/team"), { recursive: true });
        writeFileSync(join(dir, "content/team/jordan.png"), solidPng(900, 900));
      },
    });
    try {
      expect(copy.ok, copy.output.slice(-3000)).toBe(true);
      const read = (path: string) => readFileSync(join(copy.dir, "dist", path), "utf8");

      const home = read("index.html");
      expect(home).toMatch(/data-testid="hours-notice"[\s\S]*Christmas: closed Thu, Dec 24 – Sat, Dec 26\./);
      expect(home).not.toContain("New Year's Eve:"); // 17 days away: outside the 14-day window

      expect(existsSync(join(copy.dir, "dist/prices"))).toBe(false);
      expect(existsSync(join(copy.dir, "dist/es/prices"))).toBe(false);
      expect(read("sitemap-0.xml")).not.toContain("/prices/");
      const htmlFiles = readdirSync(join(copy.dir, "dist"), { recursive: true, encoding: "utf8" }).filter(
        (name) => name.endsWith(".html"),
      );
      // Articles may mention what massage costs in general ("$60 or more"); every other page is
      // checked, in every language.
      for (const name of htmlFiles.filter((file) => !/^(es\/)?blog\//.test(file))) {
        const html = read(name);
        const leak = /\$\d|"price"|priceRange|href="(\/es)?\/prices\/"/.exec(html);
        expect(leak && html.slice(leak.index - 200, leak.index + 50), name).toBeNull();
      }
      // The brand's colours: the site's colour tokens, allowed by the page's policy, and the icon.
      const brandStyle = /<style>(html:root\{--color-accent:#8a2d52;[^<]*)<\/style>/.exec(home)?.[1];
      expect(brandStyle).toBeDefined();
      const hash = createHash("sha256").update(brandStyle!).digest("base64");
      expect(/style-src[^;]*/.exec(home)?.[0]).toContain(`'sha256-${hash}'`);
      expect(read("favicon.svg")).toContain('fill="#8a2d52"');

      const typePage = read("massage/deep-tissue/index.html");
      expect(typePage).toContain("Book 90 minutes");
      expect(typePage).toMatch(/Sessions<\/h2>/);

      const member = read("team/jordan-reyes/index.html");
      expect(member).toMatch(/<img[^>]+alt="Jordan Reyes smiling in the treatment room"/);
      expect(member).toMatch(/<img[^>]+srcset="[^"]+\.webp \d+w,/);

      expect(copy.output).toMatch(/\[warning\] content\/settings\.yaml still holds \d+ example values/);
      expect(copy.output).toMatch(/content\/team\/jordan-reyes\.yaml: licence\.number: EXAMPLE-00000/);
    } finally {
      copy.remove();
    }
  }, 600_000);
});

// In-process: the content guard's pre-check (tests/support/pre-check.ts).
describe("mistakes in hours and sessions stop one build, each named with file, line and field", () => {
  it("an old sessionLengths field, reversed opening times and an exception on an impossible date", async () => {
    const result = await preCheck({
      "content/massage-types/thai.mdx": replace(/^sessions:\n(?: {2,}.*\n)+/m, "sessionLengths: [60, 90]\n"),
      "content/settings.yaml": (text) =>
        replace(
          'thursday: ["11:00-19:00"]',
          'thursday: ["19:00-11:00"]',
        )(replace('from: "2026-12-31"', 'from: "2026-11-31"')(text)),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /^content\/massage-types\/thai\.mdx:\d+ {2}sessionLengths is not accepted\. SessionLengths was replaced by sessions/m,
    );
    expect(result.output).toMatch(
      /^content\/settings\.yaml:\d+ {2}hours\.weekly\.thursday is not accepted\. "19:00-11:00": the closing time must be after/m,
    );
    expect(result.output).toMatch(
      /^content\/settings\.yaml:\d+ {2}hours\.exceptions\.1\.from "2026-11-31" is not accepted\. This date does not exist/m,
    );
  });
});
