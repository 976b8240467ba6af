/**
 * The practice's brand colours and the palette the site derives from them. Every pair of colours
 * the site draws text in is checked against WCAG 2.2 AA (4.5:1 for text), so a practice can pick
 * its own accent without making a button or a link unreadable.
 */

export interface BrandColours {
  /** The accent of buttons, links and the share images' band, in the light colour scheme. */
  accent: string;
  /** Text on the accent (button labels). */
  onAccent: string;
}

/** The site's own colours a brand colour is drawn against (src/styles/global.css). */
export const PAGE_COLOURS = {
  light: { background: "#fbfaf7", surface: "#ffffff", note: "#e9f3f2" },
  dark: { background: "#121a1c", surface: "#1a2427", note: "#1c3033" },
} as const;

/** WCAG 2.2 AA for normal-size text (1.4.3). */
export const AA_TEXT = 4.5;

const HEX = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;

export const isHexColour = (value: string): boolean => HEX.test(value);

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join("") : digits;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as Rgb;
}

const hexOf = (rgb: Rgb): string =>
  `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, "0")).join("")}`;

function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The ratio as a person reads it: rounded down, so 4.49 never shows as a passing 4.5. */
export const ratioText = (ratio: number): string => `${Math.floor(ratio * 10) / 10}:1`;

/** `colour` mixed towards black (amount < 0) or white (amount > 0), 0 to 1. */
function shade(colour: string, amount: number): string {
  const target = amount < 0 ? 0 : 255;
  const weight = Math.abs(amount);
  return hexOf(rgbOf(colour).map((channel) => channel + (target - channel) * weight) as Rgb);
}

/**
 * The shade of `colour` nearest to it (darker or lighter, whichever needs the smaller step) that
 * reaches `ratio` against every colour in `against`; undefined when no shade does.
 */
export function nearestPassingShade(
  colour: string,
  against: readonly string[],
  ratio = AA_TEXT,
): string | undefined {
  const passes = (candidate: string) => against.every((other) => contrastRatio(candidate, other) >= ratio);
  if (passes(colour)) return colour;
  for (let step = 1; step <= 100; step++) {
    for (const direction of [-1, 1]) {
      const candidate = shade(colour, (direction * step) / 100);
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}

export interface BrandPalette {
  light: { accent: string; accentHover: string; onAccent: string; link: string };
  dark: { accent: string; accentHover: string; onAccent: string; link: string };
}

/**
 * The palette the site uses: the brand's accent and text-on-accent in the light scheme, and for
 * the dark scheme the nearest light tint of the accent that reads on the dark page, with dark text.
 */
export function brandPalette({ accent, onAccent }: BrandColours): BrandPalette {
  const dark = PAGE_COLOURS.dark;
  const darkAccent =
    nearestPassingShade(shade(accent, 0.45), [dark.background, dark.surface, dark.note]) ?? "#7fd1c7";
  const darkText = "#0b1b1c";
  return {
    light: { accent, accentHover: shade(accent, -0.25), onAccent, link: accent },
    dark: {
      accent: darkAccent,
      accentHover: shade(darkAccent, 0.3),
      onAccent: contrastRatio(darkAccent, darkText) >= AA_TEXT ? darkText : "#000000",
      link: darkAccent,
    },
  };
}

/** One colour pair the site draws text in, below AA, with the nearest shade that passes. */
export interface ContrastFailure {
  /** The setting to change, e.g. "brand.accent". */
  setting: string;
  value: string;
  /** What the pair is, in words: "white button text on the accent". */
  pair: string;
  ratio: number;
  suggestion: string | undefined;
}

/** One text/background pair the brand's colours make, with its contrast. */
export interface BrandContrast {
  /** The setting that changes it, e.g. "brand.accent". */
  setting: "brand.accent" | "brand.onAccent";
  pair: string;
  ratio: number;
}

/**
 * The pairs the site draws text in from the brand's colours (light scheme): the accent on the
 * page's lightest and darkest light backgrounds (the worst of them), and button text on the accent.
 */
export function brandContrasts({ accent, onAccent }: BrandColours): BrandContrast[] {
  const light = PAGE_COLOURS.light;
  const onPage = [light.background, light.surface, light.note];
  return [
    {
      setting: "brand.accent",
      pair: "links and headings in the accent on the page's light background",
      ratio: Math.min(...onPage.map((background) => contrastRatio(accent, background))),
    },
    { setting: "brand.onAccent", pair: "button text on the accent", ratio: contrastRatio(onAccent, accent) },
  ];
}

/** Every text/background pair the brand's colours make in the light scheme, checked against AA. */
export function brandContrastFailures(colours: BrandColours): ContrastFailure[] {
  const { accent, onAccent } = colours;
  const light = PAGE_COLOURS.light;
  const onPage = [light.background, light.surface, light.note];
  const [page, button] = brandContrasts(colours) as [BrandContrast, BrandContrast];
  const failures: ContrastFailure[] = [];
  if (page.ratio < AA_TEXT) {
    failures.push({
      setting: page.setting,
      value: accent,
      pair: page.pair,
      ratio: page.ratio,
      suggestion: nearestPassingShade(accent, [...onPage, onAccent]),
    });
  }
  // A faint accent is fixed first: the button's text is judged against the accent that stays.
  if (button.ratio < AA_TEXT && page.ratio >= AA_TEXT) {
    failures.push({
      setting: button.setting,
      value: onAccent,
      pair: button.pair,
      ratio: button.ratio,
      suggestion: nearestPassingShade(onAccent, [accent]),
    });
  }
  return failures;
}

/** The palette as CSS custom properties for `:root`, light first, then the dark scheme's. */
export function brandCss(palette: BrandPalette): string {
  const tokens = (scheme: BrandPalette["light"]) =>
    `--color-accent:${scheme.accent};--color-accent-hover:${scheme.accentHover};--color-accent-contrast:${scheme.onAccent};--color-link:${scheme.link}`;
  // html:root outranks global.css's :root whichever stylesheet comes first.
  return `html:root{${tokens(palette.light)}}@media (prefers-color-scheme: dark){html:root{${tokens(palette.dark)}}}`;
}

/** The site's icon (favicon): a figure at rest, drawn in the brand's colours. */
export function faviconSvg(colours: BrandColours = { accent: "#0f5c5a", onAccent: "#ffffff" }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="${colours.accent}"/><path d="M9 20c3-6 11-6 14 0M12 13a4 4 0 0 1 8 0" stroke="${colours.onAccent}" stroke-width="2.5" fill="none" stroke-linecap="round"/></svg>`;
}
