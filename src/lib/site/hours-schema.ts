import { z } from "astro/zod";

// The opening hours as content/settings.yaml holds them: a weekly pattern plus dated exceptions that
// replace it on those dates, with the rules the build and the editor's hours form
// (src/lib/site/hours-form.ts) both read them by. Dates are plain "YYYY-MM-DD" strings in the
// practice's own time zone.

export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const SCHEMA_DAY: Record<Weekday, string> = {
  monday: "Monday",
  tuesday: "Tuesday",
  wednesday: "Wednesday",
  thursday: "Thursday",
  friday: "Friday",
  saturday: "Saturday",
  sunday: "Sunday",
};

export function weekdayName(day: Weekday): string {
  return SCHEMA_DAY[day];
}

/** Minutes after midnight. */
export interface Interval {
  open: number;
  close: number;
}

/** True when a YYYY-MM-DD string names a day the calendar has (not 2026-02-30). */
const sameDay = (value: string) => new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

const RANGE = /^([01]?\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]?\d|2[0-4]):([0-5]\d)$/;
const RANGE_HINT = 'write opening times as "09:00-17:00", a list of them for a break, or closed';

/** Minutes in a day: a closing time of midnight (24:00, or 00:00 as a time input writes it) ends the day. */
export const END_OF_DAY = 24 * 60;

/** One "09:00-17:00" range in minutes, or undefined when it is not one (a time after 24:00). */
export function parseRange(text: string): Interval | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number];
  const close = h2 * 60 + m2;
  if (close > END_OF_DAY) return undefined;
  return { open: h1 * 60 + m1, close: close === 0 ? END_OF_DAY : close };
}

/** Minutes after midnight as a 24-hour "HH:MM", the form a time input and the file use. */
export const clockTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** One day's hours as the file holds them: `closed`, one range, or a list of ranges (a break). */
export type DayHoursText = string | readonly string[];

/**
 * Reads one day's hours: its intervals, or why the build refuses them (`text` names the range at
 * fault). The settings' schema and the editor's hours widgets (src/admin/hours-widget.ts) both
 * use it, so the editor refuses exactly what the build refuses.
 */
export function readDayHours(
  value: DayHoursText,
): { intervals: Interval[] } | { problem: string; text?: string } {
  if (value === "closed") return { intervals: [] };
  const texts = typeof value === "string" ? [value] : value;
  const intervals: Interval[] = [];
  for (const text of texts) {
    const interval = parseRange(text);
    if (interval === undefined) return { problem: RANGE_HINT, text };
    if (interval.close <= interval.open) {
      return { problem: "the closing time must be after the opening time", text };
    }
    intervals.push(interval);
  }
  for (let index = 1; index < intervals.length; index += 1) {
    if (intervals[index]!.open < intervals[index - 1]!.close) {
      return { problem: "list the times in order, each starting after the one before ends" };
    }
  }
  return { intervals };
}

/** One day's hours in the settings file: `closed`, one range, or a list of ranges (a lunch break). */
export const dayHoursSchema = z
  .union([z.literal("closed"), z.string(), z.array(z.string()).min(1)], { error: RANGE_HINT })
  .transform((value, context): Interval[] => {
    const read = readDayHours(value);
    if ("intervals" in read) return read.intervals;
    context.addIssue({
      code: "custom",
      message: read.text === undefined ? read.problem : `"${read.text}": ${read.problem}`,
    });
    return z.NEVER;
  });

/** A day as the settings write it: "2026-12-24", a day the calendar has. */
export const isoDate = z
  .string({ error: 'write the date as YYYY-MM-DD in quotes, for example "2026-12-24"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD, for example "2026-12-24"' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && sameDay(value), {
    error:
      'this date does not exist in the calendar; write a real day as YYYY-MM-DD, for example "2026-12-24"',
  });

export const exceptionSchema = z
  .strictObject({
    from: isoDate,
    /** The last day, inclusive; leave out for a single day. */
    to: isoDate.optional(),
    hours: dayHoursSchema,
    /** Shown to visitors, for example "Thanksgiving" or "Away for training". */
    label: z.string().min(2, { error: 'say what the change is for, for example "Thanksgiving"' }),
  })
  .refine((exception) => exception.to === undefined || exception.to >= exception.from, {
    path: ["to"],
    error: "`to` must be on or after `from`",
  });

export const hoursSchema = z
  .strictObject({
    // The browser editor shows these two with their own widgets (src/admin/hours-widget.ts),
    // which write exactly the forms accepted here and check them with the same rules.
    weekly: z
      .strictObject(
        Object.fromEntries(WEEKDAYS.map((day) => [day, dayHoursSchema])) as Record<
          Weekday,
          typeof dayHoursSchema
        >,
        { error: "list every day from monday to sunday; write closed for a day you are closed" },
      )
      .meta({ editorWidget: "weekly-hours" }),
    exceptions: z.array(exceptionSchema).meta({ editorWidget: "hours-exceptions" }).default([]),
    /** How many days before an exception the home page announces it. */
    announceDays: z.number().int().min(1).max(60).default(14),
    clock: z.enum(["12h", "24h"], { error: 'use "12h" (9:00 am) or "24h" (09:00)' }).default("12h"),
  })
  .superRefine((hours, context) => {
    for (const { index, message } of exceptionOverlaps(hours.exceptions)) {
      context.addIssue({ code: "custom", path: ["exceptions", index, "from"], message });
    }
  });

/**
 * Exceptions that start on or before the end of an earlier one: each date may have one rule. The
 * settings' schema and the editor's widget share it.
 */
export function exceptionOverlaps(
  exceptions: ReadonlyArray<{ from: string; to?: string | undefined; label: string }>,
): Array<{ index: number; message: string }> {
  const found: Array<{ index: number; message: string }> = [];
  const sorted = exceptions
    .map((exception, index) => ({ ...exception, index, last: exception.to ?? exception.from }))
    .sort((a, b) => a.from.localeCompare(b.from));
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1]!;
    const current = sorted[index]!;
    if (current.from <= previous.last) {
      found.push({
        index: current.index,
        message: `overlaps the exception "${previous.label}" (${previous.from} to ${previous.last}): give each date one rule`,
      });
    }
  }
  return found;
}

export type Hours = z.infer<typeof hoursSchema>;
export type HoursException = Hours["exceptions"][number];
