import { minutesLabel, type NumberWords } from "./pressure.ts";
import { z } from "astro/zod";

// Session lengths and their prices, as massage-type files list them and as pages show them.

export const sessionSchema = z.strictObject({
  minutes: z
    .number({ error: "write the length in minutes, for example 60" })
    .int()
    .min(10)
    .max(180)
    .meta({ title: "Length in minutes" }),
  /** Leave out only when the practice hides prices (settings: prices.show: false). */
  price: z
    .number({ error: "write the price as a number, for example 95" })
    .min(0)
    .optional()
    .meta({ title: "Price" }),
  /** ISO 4217; the settings' prices.currency when left out. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: "write the currency as a three-letter code in capitals, for example USD" })
    .optional()
    .meta({ title: "Currency (when not the practice's own)" }),
  note: z.string().min(3).max(120).optional().meta({ title: "Note" }),
  /** The booking platform's id for this length; the type's bookingService when left out. */
  bookingService: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, { error: "write the booking page's service id using letters, digits, - or _" })
    .optional()
    .meta({ title: "Booking page service id for this length" }),
});

export type Session = z.infer<typeof sessionSchema>;

export const sessionsSchema = z
  .array(sessionSchema, { error: "list the sessions, each with minutes and price (see docs/CONTENT.md)" })
  .min(1, { error: "list at least one session length" })
  .refine((sessions) => new Set(sessions.map((s) => s.minutes)).size === sessions.length, {
    error: "each session length may appear only once",
  });

/** A session as pages show it: worded once, the same everywhere. */
export interface PricedSession {
  minutes: number;
  /** "60 minutes" */
  label: string;
  /** "$95", or undefined when prices are hidden. */
  price?: string;
  amount?: number;
  currency: string;
  note?: string;
  /** The id sent to the booking page for this length. */
  service: string;
}

export function formatPrice(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

export interface PriceSettings {
  show: boolean;
  currency: string;
}

/** Sessions sorted by length, with prices worded (or left out when the practice hides them). */
export function pricedSessions(
  sessions: readonly Session[],
  typeService: string,
  prices: PriceSettings,
  words: NumberWords,
): PricedSession[] {
  return [...sessions]
    .sort((a, b) => a.minutes - b.minutes)
    .map((session) => {
      const currency = session.currency ?? prices.currency;
      const shown = prices.show && session.price !== undefined;
      return {
        minutes: session.minutes,
        label: minutesLabel(session.minutes, words),
        currency,
        service: session.bookingService ?? typeService,
        ...(shown
          ? { price: formatPrice(session.price!, currency, words.locale), amount: session.price! }
          : {}),
        ...(session.note ? { note: session.note } : {}),
      };
    });
}

/** "$60–$150" when every shown price shares one currency; undefined otherwise. */
export function priceRange(sessions: readonly PricedSession[], locale: string): string | undefined {
  const priced = sessions.filter((s) => s.amount !== undefined);
  if (priced.length === 0) return undefined;
  const currencies = new Set(priced.map((s) => s.currency));
  if (currencies.size > 1) return undefined;
  const currency = priced[0]!.currency;
  const amounts = priced.map((s) => s.amount!);
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  return low === high
    ? formatPrice(low, currency, locale)
    : `${formatPrice(low, currency, locale)}–${formatPrice(high, currency, locale)}`;
}

/**
 * When prices are shown every session needs one, so no page shows a gap: one problem per
 * session without a price, naming the field.
 */
export function missingPrices(sessions: readonly Session[], show: boolean): string[] {
  if (!show) return [];
  return sessions.flatMap((session, index) =>
    session.price === undefined
      ? [
          `sessions.${index}.price: the ${session.minutes}-minute session has no price; add one, or hide all prices with prices.show: false in content/settings.yaml`,
        ]
      : [],
  );
}

/** A translation's sessions: its original's, each with the translation's note for its length. */
export function withSessionNotes(
  sessions: readonly Session[],
  notes: ReadonlyArray<{ minutes?: unknown; note?: unknown }>,
): Session[] {
  return sessions.map((session) => {
    const note = notes.find((each) => Number(each.minutes) === session.minutes)?.note;
    return typeof note === "string" && note !== "" ? { ...session, note } : session;
  });
}
