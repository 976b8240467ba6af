import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "astro/zod";
import { ContentError, formatIssues } from "../content/errors";

export const SETTINGS_FILE = "content/settings.yaml";

const httpsUrl = (what: string) =>
  z
    .string({ error: `write the ${what} as a full https:// address` })
    .refine((value) => URL.canParse(value.replace("{service}", "x")), {
      error: `write the ${what} as a full address starting with https://`,
    })
    .refine((value) => value.startsWith("https://"), {
      error: `the ${what} must start with https:// (a booking page without https is not safe for visitors)`,
    });

const phone = (what: string) =>
  z
    .string({ error: `write the ${what} as text, for example "+1 555 0100"` })
    .regex(/^\+?[0-9][0-9 ()./-]{1,20}$/, {
      error: `the ${what} may contain only digits, spaces, brackets, dots, dashes and a leading +`,
    });

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
  booking: z.strictObject({
    url: httpsUrl("booking URL"),
    serviceParam: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, { error: "use letters, digits, - or _ for the service parameter name" })
      .default("service"),
  }),
  phone: phone("phone number"),
  email: z.email({ error: "write a valid email address, for example hello@example.com" }),
  address: z.strictObject({
    street: z.string().optional(),
    city: z.string().min(1, { error: "write the city" }),
    region: z.string().min(1, { error: "write the state or region" }),
    postalCode: z.string().optional(),
    country: z.string().length(2, { error: "write the country as a two-letter code, for example US" }),
  }),
  emergencyNumber: z
    .string({ error: 'write the emergency number as text in quotes, for example "911"' })
    .regex(/^[0-9]{2,4}$/, { error: 'write the local emergency number as 2 to 4 digits, for example "911"' }),
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

/** Parses the settings file's text; every mistake is reported with the file and field. */
export function parseSettings(text: string, file = SETTINGS_FILE): Settings {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      throw new ContentError(`${file} is not valid YAML: ${error.message}`);
    }
    throw error;
  }
  const result = settingsSchema.safeParse(data);
  if (!result.success) throw new ContentError(formatIssues(file, result.error.issues));
  return result.data;
}

/** `SITE_URL` overrides the settings file so one build can be deployed under another address. */
export function resolveSiteUrl(settings: Settings, env: Record<string, string | undefined>): string {
  const override = env["SITE_URL"];
  if (override === undefined || override === "") return settings.siteUrl;
  if (!URL.canParse(override) || !/^https?:$/.test(new URL(override).protocol)) {
    throw new ContentError(`SITE_URL must be a full http(s) address, got "${override}"`);
  }
  return override;
}
