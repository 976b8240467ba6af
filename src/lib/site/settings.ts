import { z } from "astro/zod";
import { problem, ContentError, type ContentProblem } from "../content/problems.ts";
import { issuesToProblems, readYaml } from "../content/yaml-source.ts";
import { brandContrastFailures, isHexColour, ratioText, type BrandColours } from "./brand.ts";
import { HEADING_FONT_IDS, HEADING_FONTS } from "./heading-font.ts";
import { hoursSchema } from "./hours.ts";
import { COUNTING_PROVIDERS } from "../counting/counting.ts";
import { defaultLanguageIsListed, languageFields } from "./languages.ts";

export const SETTINGS_FILE = "content/settings.yaml";

/** The placeholders a booking URL template may hold. */
export const BOOKING_PLACEHOLDERS = ["{service}"] as const;

/** The address as the site prints it: each documented placeholder filled with a sample value. */
const withPlaceholdersFilled = (value: string, placeholders: readonly string[]) =>
  placeholders.reduce((text, placeholder) => text.split(placeholder).join("x"), value);

/**
 * An https:// address, checked as the site will print it (its placeholders filled in). Braces are
 * allowed only where a placeholder is documented; elsewhere a brace would hide what the address is.
 */
const httpsUrl = (what: string, placeholders: readonly string[] = []) =>
  z
    .string({ error: `write the ${what} as a full https:// address` })
    .refine((value) => placeholders.length > 0 || !/[{}]/.test(value), {
      error: "braces",
      params: { kind: "braces" },
    })
    .refine((value) => URL.canParse(withPlaceholdersFilled(value, placeholders)), {
      error: `write the ${what} as a full address starting with https://, e.g. https://book.example.com/practice`,
    })
    .refine(
      (value) => {
        // A booking URL with its placeholder is checked with every real service id filled in, by
        // booking-check.ts, which names the id that would change where the link goes.
        if (placeholders.some((placeholder) => value.includes(placeholder))) return true;
        return !URL.canParse(value) || (new URL(value).protocol === "https:" && /^https:\/\//i.test(value));
      },
      { error: "https", params: { kind: "https" } },
    )
    // A host name is letters, digits, dots and dashes: the URL reader also takes "(" or ";", which
    // then land in the page's policy and in sentences that name the host (a counter's).
    .refine(
      (value) => {
        // With a placeholder, booking-check.ts reads it filled with every real id; a scheme that is
        // not https is the rule above's.
        if (placeholders.some((placeholder) => value.includes(placeholder)) || !URL.canParse(value))
          return true;
        const url = new URL(value);
        return url.protocol !== "https:" || /^[a-z0-9.-]+$/i.test(url.hostname);
      },
      { error: `write the ${what} with a plain host name, e.g. https://book.example.com/practice` },
    );

const phone = (what: string) =>
  z
    .string({ error: `write the ${what} as text, for example "+1 555 0100"` })
    .regex(/^\+?[0-9][0-9 ()./-]{1,20}$/, {
      error: `the ${what} may contain only digits, spaces, brackets, dots, dashes and a leading +`,
    });

const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: "write the currency as a three-letter code in capitals, for example USD" });

const hexColour = (what: string, example: string) =>
  z
    .string({ error: `write the ${what} as a colour code in quotes, for example "${example}"` })
    .refine(isHexColour, {
      error: `write the ${what} as # and six hex digits in quotes, for example "${example}"`,
    });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.strictObject({
  businessName: z.string().min(2, { error: "write the practice's name (at least 2 characters)" }),
  tagline: z.string().min(5, { error: "write a short tagline (at least 5 characters)" }),
  description: z
    .string()
    .min(50, { error: "the home page description must be 50 to 160 characters (it is the search snippet)" })
    .max(160, { error: "the home page description must be 50 to 160 characters (it is the search snippet)" }),
  siteUrl: z.string().refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    error: "write the site's address as a full URL, for example https://www.example.com",
  }),
  ...languageFields,
  /** The practice's IANA time zone: decides which day "today" is for hours and announcements. */
  timeZone: z
    .string()
    .refine(isTimeZone, {
      error: 'write a time zone name such as "America/Los_Angeles" or "America/New_York"',
    })
    .default("UTC")
    .meta({ title: "Time zone" }),
  booking: z.strictObject({
    url: httpsUrl("booking URL", BOOKING_PLACEHOLDERS),
    serviceParam: z
      .union([
        z.literal(false),
        z
          .string()
          .regex(/^[A-Za-z0-9_-]+$/, { error: "use letters, digits, - or _ for the service parameter name" }),
      ])
      .default("service"),
    /** The booking platform's own privacy policy, linked from the privacy page. */
    privacyPolicyUrl: httpsUrl("booking platform's privacy policy address")
      .optional()
      .meta({ title: "Booking platform's privacy policy" }),
    /** The platform's name as visitors know it, for example "Jane" or "Square". */
    platformName: z.string().min(2).optional().meta({
      title: "Booking platform's name",
      description: 'As visitors know it, for example "Jane" or "Square".',
    }),
    /** Pages of the booking platform that sell gift cards, packages of sessions and memberships. */
    giftCardsUrl: httpsUrl("gift cards address").optional().meta({ title: "Gift cards page" }),
    packagesUrl: httpsUrl("packages address").optional().meta({ title: "Packages page" }),
    membershipsUrl: httpsUrl("memberships address").optional().meta({ title: "Memberships page" }),
  }),
  hours: hoursSchema,
  prices: z
    .strictObject({
      /** false hides every price on the site (pages, quiz, structured data). */
      show: z.boolean({ error: "write true to show prices or false to hide them" }).default(true).meta({
        title: "Show prices on the site",
        description: "Off hides every price: pages, quiz and search results.",
      }),
      /** The currency of a price that does not name its own (ISO 4217, for example USD). */
      currency: currency
        .default("USD")
        .meta({ title: "Currency", description: "A three-letter code in capitals, for example USD." }),
      /** schema.org priceRange, for example "$$" or "$60–$150"; worked out from the prices when left out. */
      range: z.string().min(1).max(100).optional().meta({
        title: "Price range for search engines",
        description: 'For example "$$" or "$60–$150"; worked out from the prices when empty.',
      }),
    })
    .default({ show: true, currency: "USD" })
    .meta({ title: "Prices" }),
  phone: phone("phone number").meta({ title: "Phone", description: "For example +1 555 0100." }),
  email: z.email({ error: "write a valid email address, for example hello@example.com" }).optional(),
  address: z.strictObject({
    street: z.string().optional(),
    city: z.string().min(1, { error: "write the city" }),
    region: z.string().min(1, { error: "write the state or region" }),
    postalCode: z.string().optional(),
    country: z.string().length(2, { error: "write the country as a two-letter code, for example US" }),
  }),
  /** Latitude and longitude of the entrance, for maps and local search. */
  geo: z
    .strictObject({
      latitude: z
        .number({ error: "write the latitude as a number, for example 44.0462" })
        .min(-90)
        .max(90)
        .meta({ title: "Latitude" }),
      longitude: z
        .number({ error: "write the longitude as a number, for example -123.0220" })
        .min(-180)
        .max(180)
        .meta({ title: "Longitude" }),
    })
    .optional()
    .meta({ title: "Map position of the entrance" }),
  visit: z
    .strictObject({
      /** A maps link of the practice's choosing; without it a directions link is built from the address. */
      directionsUrl: httpsUrl("directions link").optional().meta({ title: "Directions link" }),
      parking: z.string().min(3).optional().meta({ title: "Parking" }),
      publicTransport: z.string().min(3).optional().meta({ title: "Public transport" }),
      accessibility: z
        .array(z.string().min(3))
        .default([])
        .meta({ title: "Access (step-free entrance, lift...)" }),
      languages: z.array(z.string().min(2)).default([]).meta({ title: "Languages spoken" }),
      payment: z.array(z.string().min(2)).default([]).meta({ title: "Ways to pay" }),
    })
    .default({ accessibility: [], languages: [], payment: [] })
    .meta({ title: "Visit page facts" }),
  emergencyNumber: z
    .string({ error: 'write the emergency number as text in quotes, for example "911"' })
    .regex(/^[0-9]{2,4}$/, { error: 'write the local emergency number as 2 to 4 digits, for example "911"' }),
  /** The practice's own colours; without them the site keeps its calm teal. */
  brand: z
    .strictObject({
      /** Buttons, links and the share images' band. */
      accent: hexColour("accent colour", "#0f5c5a")
        .optional()
        .meta({ title: "Accent colour", description: "A colour code, for example #0f5c5a." }),
      /** The text on buttons in the accent colour. */
      onAccent: hexColour("colour of text on the accent", "#ffffff")
        .default("#ffffff")
        .meta({ title: "Text colour on the accent", description: "A colour code, for example #ffffff." }),
      /** The practice's logo, next to this file (./images/logo.svg); it replaces the name in the header. */
      logo: z
        .string()
        .regex(/\.(svg|png|jpe?g|webp|avif)$/i, {
          error:
            "give the logo's file next to this one, e.g. ./images/logo.svg (an .svg, .png, .jpg, .webp or .avif file)",
        })
        .optional()
        .meta({ title: "Logo" }),
      /** What the logo says, read out in its place: usually the practice's name. */
      logoAlt: z
        .string()
        .optional()
        .meta({ title: "What the logo says (alt text)", description: "Usually the practice's name." }),
      /** The headings' font, served by the site itself; left out, headings use the system's serif. */
      headingFont: z
        .enum(HEADING_FONT_IDS)
        .meta({ title: "Heading font" })
        .describe(
          `The font of headings and the practice's name (one small file the site serves). Leave empty for the system's serif. ${HEADING_FONT_IDS.map((id) => HEADING_FONTS[id].label).join(". ")}.`,
        )
        .optional(),
    })
    .refine((brand) => brand.logo === undefined || (brand.logoAlt ?? "").trim().length > 0, {
      path: ["logoAlt"],
      error: "a logo needs logoAlt: write what the logo says, usually the practice's name",
    })
    .optional()
    .meta({ title: "Brand colours and logo" }),
  /** The practice's reviews on another site (Google, Yelp), linked under the testimonials. */
  reviews: z
    .strictObject({
      url: httpsUrl("reviews address").meta({ title: "Reviews page address" }),
      platform: z
        .string()
        .min(2, { error: 'name the site, for example "Google"' })
        .meta({ title: "Reviews site's name" }),
    })
    .optional()
    .meta({ title: "Reviews on another site" }),

  /**
   * Counting visits and the quiz's steps, without cookies or a visitor id (docs/decisions/analytics.md).
   * Left out, the site sends nothing anywhere.
   */
  counting: z
    .strictObject({
      /** The counter's protocol: GoatCounter's /count (goatcounter.com or the practice's own GoatCounter). */
      provider: z.enum(COUNTING_PROVIDERS).meta({
        title: "Counter",
        description: "goatcounter: goatcounter.com or the practice's own GoatCounter.",
      }),
      /** Where counts are sent, for example https://yourpractice.goatcounter.com/count */
      endpoint: httpsUrl("counter's address").meta({
        title: "Counter's address",
        description: "For example https://yourpractice.goatcounter.com/count",
      }),
    })
    .optional()
    .meta({
      title: "Counting visits and the quiz",
      description: "Leave empty and the site sends nothing anywhere. See the content guide first.",
    }),
  social: z
    .array(
      z.strictObject({
        name: z.string().min(1, { error: "name the network, for example Instagram" }),
        url: httpsUrl("social link"),
      }),
    )
    .default([]),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The brand's colours when the settings give an accent; the site's own palette otherwise. */
export function brandColours(settings: Pick<Settings, "brand">): BrandColours | undefined {
  const { accent, onAccent = "#ffffff" } = settings.brand ?? {};
  return accent ? { accent, onAccent } : undefined;
}

/** What "… is missing. Add it, e.g. …" suggests. */
const SETTINGS_EXAMPLES = { logoAlt: '"Still Point Massage Therapy"' };

/** A placeholder in a booking URL (booking.url) that the site does not fill in, e.g. "{servce}". */
export function bookingPlaceholderProblems(
  url: unknown,
  where: { file: string; line?: number | undefined },
): ContentProblem[] {
  if (typeof url !== "string") return [];
  return (url.match(/\{[^}]*\}/g) ?? [])
    .filter((placeholder) => !(BOOKING_PLACEHOLDERS as readonly string[]).includes(placeholder))
    .map((placeholder) =>
      problem(
        "bookingPlaceholder",
        { setting: "booking.url", placeholder },
        { ...where, field: "booking.url" },
      ),
    );
}

/** Every mistake in the settings file's text, each with its line and setting. */
export function settingsProblems(text: string, file = SETTINGS_FILE): ContentProblem[] {
  return checkSettings(text, file).problems;
}

function checkSettings(text: string, file: string): { problems: ContentProblem[]; settings?: Settings } {
  const source = readYaml(text, file);
  if (!source.syntaxOk) return { problems: source.problems };
  const problems: ContentProblem[] = [...source.problems];
  const data = source.data as { booking?: { url?: unknown } } | undefined;
  problems.push(
    ...bookingPlaceholderProblems(data?.booking?.url, { file, line: source.lineOf(["booking", "url"]) }),
  );
  const result = settingsSchema.safeParse(source.data);
  if (result.success && !defaultLanguageIsListed(result.data)) {
    problems.push(
      problem(
        "defaultLanguage",
        { value: result.data.defaultLanguage, languages: result.data.languages.join(", ") },
        { file, field: "defaultLanguage", line: source.lineOf(["defaultLanguage"]) },
      ),
    );
  }
  if (!result.success) {
    problems.push(
      ...issuesToProblems(result.error.issues, settingsSchema, { file, source, examples: SETTINGS_EXAMPLES }),
    );
  }
  // The colours are checked even while another setting has a mistake, so every mistake shows at once.
  const brand = settingsSchema.shape.brand.safeParse((source.data as { brand?: unknown } | undefined)?.brand);
  if (brand.success && brand.data?.accent) {
    for (const failure of brandContrastFailures({ ...brand.data, accent: brand.data.accent })) {
      const path = failure.setting.split(".");
      problems.push(
        problem(
          "lowContrast",
          {
            setting: failure.setting,
            value: failure.value,
            pair: failure.pair,
            ratio: ratioText(failure.ratio),
            ...(failure.suggestion ? { suggestion: failure.suggestion } : {}),
          },
          { file, field: failure.setting, line: source.lineOf(path) },
        ),
      );
    }
  }
  return problems.length > 0 || !result.success ? { problems } : { problems, settings: result.data };
}

/** Parses the settings file's text; every mistake is reported with the file, line and setting. */
export function parseSettings(text: string, file = SETTINGS_FILE): Settings {
  const { problems, settings } = checkSettings(text, file);
  if (!settings) throw new ContentError(problems);
  return settings;
}

/** The settings from their text, or undefined while the file has a mistake (reported elsewhere). */
export function settingsFrom(text: string): Settings | undefined {
  return checkSettings(text, SETTINGS_FILE).settings;
}

/** The settings that decide which pages the site has: its languages, and whether prices show. */
export interface AddressSettings {
  languages: readonly string[];
  defaultLanguage: string;
  prices: { show: boolean };
}

/**
 * The settings that decide the site's pages, each read on its own, for the content check while
 * another setting has a mistake (a booking address, a time zone): the site's pages are still known,
 * so its links are still checked and no page of another language looks lost. Undefined when one of
 * these has the mistake.
 */
export function addressSettingsFrom(text: string): AddressSettings | undefined {
  const data = readYaml(text, SETTINGS_FILE).data as
    { languages?: unknown; defaultLanguage?: unknown; prices?: { show?: unknown } } | undefined;
  const languages = languageFields.languages.safeParse(data?.languages);
  const defaultLanguage = languageFields.defaultLanguage.safeParse(data?.defaultLanguage);
  const show = data?.prices?.show ?? true;
  if (!languages.success || !defaultLanguage.success || typeof show !== "boolean") return undefined;
  const read = { languages: languages.data, defaultLanguage: defaultLanguage.data, prices: { show } };
  return defaultLanguageIsListed(read) ? read : undefined;
}

/** The site address written before the settings have one, e.g. while the file is being fixed. */
export const DEFAULT_SITE_URL = "https://www.example.com";

/**
 * The site address for the editor, which must open even while the settings file has a mistake
 * elsewhere (the marketer fixes it there): the file's siteUrl when that one field is valid,
 * otherwise the default.
 */
export function editorSiteUrlFrom(text: string): string {
  const data = readYaml(text, SETTINGS_FILE).data as { siteUrl?: unknown } | undefined;
  const siteUrl = settingsSchema.shape.siteUrl.safeParse(data?.siteUrl);
  return siteUrl.success ? siteUrl.data : DEFAULT_SITE_URL;
}

/** `SITE_URL` overrides the settings file so one build can be deployed under another address. */
export function resolveSiteUrl(
  settings: Pick<Settings, "siteUrl">,
  env: Record<string, string | undefined>,
): string {
  const override = env["SITE_URL"];
  if (override === undefined || override === "") return settings.siteUrl;
  if (!URL.canParse(override) || !/^https?:$/.test(new URL(override).protocol)) {
    throw new ContentError(
      `SITE_URL must be a full http(s) address, e.g. SITE_URL=https://www.example.com; got "${override}".`,
    );
  }
  return override;
}
