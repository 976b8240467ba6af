import { z } from "astro/zod";
import { isoDate } from "./hours-schema.ts";
import { settingsSchema, type Settings } from "./settings.ts";

/**
 * The settings' words in another language (content/<code>/settings.yaml): the tagline, the home
 * page's snippet, the booking page in that language (where the platform has one) and the
 * platform's name, the visit page's facts and the labels of the hours' exceptions (each by its
 * first day, as in content/settings.yaml). Addresses, times and ids are the original's.
 */
export const settingsWordsSchema = z.strictObject({
  // The same rules as the original's fields.
  tagline: settingsSchema.shape.tagline.meta({ title: "Tagline" }),
  description: settingsSchema.shape.description.meta({ title: "Home page description (search snippet)" }),
  booking: z
    .strictObject({
      // The booking page in this language, where the platform has one; else the settings' own.
      url: settingsSchema.shape.booking.shape.url.optional().meta({ title: "Booking page in this language" }),
      platformName: z.string().min(2).optional().meta({ title: "Booking platform's name" }),
    })
    .optional()
    .meta({ title: "Booking" }),
  hours: z
    .strictObject({
      // Each label names its change by the change's first day: a list matched by position put
      // "Navidad" on New Year's Eve once Christmas was removed from the settings.
      exceptions: z
        .array(
          z.strictObject({
            from: isoDate.meta({
              title: "First day of the change",
              description: "As in the settings' change of hours, e.g. 2026-12-24.",
            }),
            label: z.string().min(2).meta({ title: "What the change is for" }),
          }),
        )
        .default([])
        .meta({ title: "Changes to the hours, each by its first day" }),
    })
    .optional()
    .meta({ title: "Opening hours" }),
  visit: z
    .strictObject({
      parking: z.string().min(3).optional().meta({ title: "Parking" }),
      publicTransport: z.string().min(3).optional().meta({ title: "Public transport" }),
      accessibility: z
        .array(z.string().min(3))
        .optional()
        .meta({ title: "Access (step-free entrance, lift...)" }),
      languages: z.array(z.string().min(2)).optional().meta({ title: "Languages spoken" }),
      payment: z.array(z.string().min(2)).optional().meta({ title: "Ways to pay" }),
    })
    .optional()
    .meta({ title: "Visit page facts" }),
});

export type SettingsWords = z.infer<typeof settingsWordsSchema>;

/** The settings with a language's words in place of the original's. */
export function settingsInLanguage(settings: Settings, words: SettingsWords): Settings {
  return {
    ...settings,
    tagline: words.tagline,
    description: words.description,
    booking: {
      ...settings.booking,
      ...(words.booking?.url ? { url: words.booking.url } : {}),
      ...(words.booking?.platformName ? { platformName: words.booking.platformName } : {}),
    },
    hours: {
      ...settings.hours,
      exceptions: settings.hours.exceptions.map((exception) => ({
        ...exception,
        label: words.hours?.exceptions.find((each) => each.from === exception.from)?.label ?? exception.label,
      })),
    },
    visit: { ...settings.visit, ...words.visit },
  };
}
