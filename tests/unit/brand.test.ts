import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  AA_TEXT,
  brandContrastFailures,
  brandCss,
  brandPalette,
  contrastRatio,
  faviconSvg,
  nearestPassingShade,
  PAGE_COLOURS,
} from "../../src/lib/site/brand.ts";
import { brandColours, parseSettings } from "../../src/lib/site/settings.ts";

const withBrand = (brand: Record<string, unknown>) => {
  const data = parse(readFileSync("content/settings.yaml", "utf8")) as Record<string, unknown>;
  data["brand"] = brand;
  return stringify(data);
};

describe("contrast", () => {
  it("measures WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // The site's own teal with white text, as in global.css.
    expect(contrastRatio("#0f5c5a", "#ffffff")).toBeGreaterThan(7);
  });

  it("finds the nearest shade that reaches AA, and keeps a colour that already does", () => {
    expect(nearestPassingShade("#0f5c5a", ["#ffffff"])).toBe("#0f5c5a");
    const shade = nearestPassingShade("#7fb8b0", [PAGE_COLOURS.light.background, "#ffffff"]);
    expect(shade).toBeDefined();
    expect(contrastRatio(shade!, "#ffffff")).toBeGreaterThanOrEqual(AA_TEXT);
    // Nearest: it just passes, it is not pushed all the way to black.
    expect(contrastRatio(shade!, "#ffffff")).toBeLessThan(5.2);
  });
});

describe("brand colours in the settings", () => {
  it("accepts a passing accent and gives the dark scheme a readable tint of it", () => {
    const settings = parseSettings(withBrand({ accent: "#8a2d52" }));
    expect(settings.brand).toEqual({ accent: "#8a2d52", onAccent: "#ffffff" });
    const palette = brandPalette(brandColours(settings)!);
    for (const background of Object.values(PAGE_COLOURS.dark)) {
      expect(contrastRatio(palette.dark.accent, background)).toBeGreaterThanOrEqual(AA_TEXT);
    }
    expect(contrastRatio(palette.dark.onAccent, palette.dark.accent)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(palette.light.onAccent, palette.light.accentHover)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(brandCss(palette)).toContain("--color-accent:#8a2d52");
  });

  it("refuses a faint accent, naming the setting, the ratio found and the nearest passing shade", () => {
    const failures = brandContrastFailures({ accent: "#7fb8b0", onAccent: "#ffffff" });
    expect(failures).toHaveLength(1);
    expect(() => parseSettings(withBrand({ accent: "#7fb8b0" }))).toThrow(
      /content\/settings\.yaml:\d+ {2}brand\.accent "#7fb8b0" gives links and headings in the accent on the page's light background a contrast of 1\.9:1; WCAG 2\.2 AA needs at least 4\.5:1\. Use the nearest shade that passes, brand\.accent: "#[0-9a-f]{6}"/,
    );
    // The suggestion itself passes: following the message fixes the mistake.
    const suggestion = failures[0]?.suggestion;
    expect(suggestion).toMatch(/^#[0-9a-f]{6}$/);
    expect(() => parseSettings(withBrand({ accent: suggestion }))).not.toThrow();
  });

  it("refuses button text that does not read on the accent", () => {
    expect(() => parseSettings(withBrand({ accent: "#0f5c5a", onAccent: "#2a3a3a" }))).toThrow(
      /brand\.onAccent "#2a3a3a" gives button text on the accent a contrast of 1\.\d:1; WCAG 2\.2 AA needs at least 4\.5:1\. Use the nearest shade that passes, brand\.onAccent: "#[0-9a-f]{6}"/,
    );
  });

  it("refuses a colour that is not a colour code", () => {
    expect(() => parseSettings(withBrand({ accent: "teal" }))).toThrow(/brand\.accent/);
  });
});

describe("the favicon", () => {
  it("is drawn in the brand's colours, and in the site's teal without a brand", () => {
    expect(faviconSvg({ accent: "#8a2d52", onAccent: "#ffffff" })).toContain('fill="#8a2d52"');
    expect(faviconSvg()).toContain('fill="#0f5c5a"');
  });
});

describe("the logo", () => {
  it("needs its alt text, and leaves the colours as they are when no accent is given", () => {
    expect(() => parseSettings(withBrand({ logo: "./brand/logo.svg" }))).toThrow(
      /content\/settings\.yaml:\d+ {2}brand\.logoAlt is missing\. Add it, e\.g\. brand\.logoAlt: "Still Point Massage Therapy"/,
    );
    const settings = parseSettings(withBrand({ logo: "./brand/logo.svg", logoAlt: "Still Point Massage" }));
    expect(brandColours(settings)).toBeUndefined();
  });
});
