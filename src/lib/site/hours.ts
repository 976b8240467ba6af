import { z } from "astro/zod";

// Opening hours: a weekly pattern plus dated exceptions that replace it on those dates.
// Dates are plain "YYYY-MM-DD" strings in the practice's own time zone, so no clock or time zone
// arithmetic happens here; the caller says which day "today" is.

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

const SHORT: Record<Weekday, string> = {
  monday: "Mon",
  tuesday: "Tue",
  wednesday: "Wed",
  thursday: "Thu",
  friday: "Fri",
  saturday: "Sat",
  sunday: "Sun",
};
const SCHEMA_DAY: Record<Weekday, string> = {
  monday: "Monday",
  tuesday: "Tuesday",
  wednesday: "Wednesday",
  thursday: "Thursday",
  friday: "Friday",
  saturday: "Saturday",
  sunday: "Sunday",
};

/** Minutes after midnight. */
export interface Interval {
  open: number;
  close: number;
}

export type Clock = "12h" | "24h";

const RANGE = /^([01]?\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]?\d|2[0-4]):([0-5]\d)$/;
const RANGE_HINT = 'write opening times as "09:00-17:00", a list of them for a break, or closed';

/** One "09:00-17:00" range in minutes, or undefined when it is not one. */
export function parseRange(text: string): Interval | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number];
  return { open: h1 * 60 + m1, close: h2 * 60 + m2 };
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

const isoDate = z
  .string({ error: 'write the date as YYYY-MM-DD in quotes, for example "2026-12-24"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD, for example "2026-12-24"' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && toIso(fromIso(value)) === value, {
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

/** A Date at midnight UTC, used only to count days and find the weekday. */
function fromIso(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const value = fromIso(date);
  value.setUTCDate(value.getUTCDate() + days);
  return toIso(value);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(fromIso(date).getUTCDay() + 6) % 7]!;
}

/** The date in a time zone, as YYYY-MM-DD: what "today" is for the practice. */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

/**
 * The practice's "today" for a build, as YYYY-MM-DD: the date in its time zone at `instant`, or
 * `buildDate` when that is a YYYY-MM-DD day (BUILD_DATE, to build the site as of another day).
 * Opening-hours notices and scheduled posts both go by it.
 */
export function practiceToday(instant: Date, timeZone: string, buildDate?: string): string {
  return buildDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(buildDate)
    ? buildDate
    : dateInTimeZone(instant, timeZone);
}

/** The hours on one date: an exception covering it wins over the weekly pattern. */
export function hoursOn(hours: Hours, date: string): { intervals: Interval[]; exception?: HoursException } {
  const exception = hours.exceptions.find((rule) => rule.from <= date && date <= (rule.to ?? rule.from));
  if (exception) return { intervals: exception.hours, exception };
  return { intervals: hours.weekly[weekdayOf(date)] };
}

/** Exceptions that have not ended and start within `days` of today (today included). */
export function upcomingExceptions(hours: Hours, today: string, days = hours.announceDays): HoursException[] {
  const horizon = addDays(today, days);
  return hours.exceptions
    .filter((rule) => (rule.to ?? rule.from) >= today && rule.from <= horizon)
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** Exceptions that have not ended yet, soonest first (for the visit page). */
export function currentAndFutureExceptions(hours: Hours, today: string): HoursException[] {
  return hours.exceptions
    .filter((rule) => (rule.to ?? rule.from) >= today)
    .sort((a, b) => a.from.localeCompare(b.from));
}

export function formatTime(minutes: number, clock: Clock): string {
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, "0");
  if (clock === "24h") return `${h}:${m}`;
  if (h === 0 || h === 24) return `12:${m} am`;
  if (h === 12) return `12:${m} pm`;
  return h < 12 ? `${h}:${m} am` : `${h - 12}:${m} pm`;
}

/** "9:00 am–12:30 pm, 1:30 pm–6:00 pm", or "Closed". */
export function formatIntervals(intervals: readonly Interval[], clock: Clock): string {
  if (intervals.length === 0) return "Closed";
  return intervals.map((i) => `${formatTime(i.open, clock)}–${formatTime(i.close, clock)}`).join(", ");
}

const sameHours = (a: readonly Interval[], b: readonly Interval[]) =>
  a.length === b.length &&
  a.every((interval, index) => interval.open === b[index]?.open && interval.close === b[index]?.close);

export interface WeekGroup {
  /** "Mon–Fri", "Sat" or "Mon, Wed" never: only runs of neighbouring days are grouped. */
  days: string;
  hours: string;
  closed: boolean;
}

/** Neighbouring days with the same hours grouped: "Mon–Fri 9:00 am–5:00 pm", "Sat–Sun Closed". */
export function summarizeWeek(hours: Hours): WeekGroup[] {
  const groups: Array<{ first: Weekday; last: Weekday; intervals: Interval[] }> = [];
  for (const day of WEEKDAYS) {
    const intervals = hours.weekly[day];
    const previous = groups.at(-1);
    if (previous && sameHours(previous.intervals, intervals)) previous.last = day;
    else groups.push({ first: day, last: day, intervals });
  }
  return groups.map(({ first, last, intervals }) => ({
    days: first === last ? SHORT[first] : `${SHORT[first]}–${SHORT[last]}`,
    hours: formatIntervals(intervals, hours.clock),
    closed: intervals.length === 0,
  }));
}

const dateFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "short",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "Thu, Dec 24" or "Thu, Dec 24 – Mon, Dec 28". */
export function formatDateRange(from: string, to?: string): string {
  const first = dateFormat.format(fromIso(from));
  return to === undefined || to === from ? first : `${first} – ${dateFormat.format(fromIso(to))}`;
}

/** "Thanksgiving: closed Thu, Nov 26 – Sun, Nov 29." */
export function describeException(exception: HoursException, clock: Clock): string {
  const when = formatDateRange(exception.from, exception.to);
  const what =
    exception.hours.length === 0
      ? `closed ${when}`
      : `${when}: open ${formatIntervals(exception.hours, clock)}`;
  return `${exception.label}: ${what}.`;
}

export function weekdayName(day: Weekday): string {
  return SCHEMA_DAY[day];
}

const hhmm = clockTime;

export interface OpeningHoursSpec {
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

/**
 * schema.org OpeningHoursSpecification: one entry per time range with every weekday sharing it,
 * then each exception with validFrom/validThrough (closed is opens = closes = 00:00).
 */
export function openingHoursSpecs(hours: Hours): OpeningHoursSpec[] {
  const byRange = new Map<string, { interval: Interval; days: string[] }>();
  for (const day of WEEKDAYS) {
    for (const interval of hours.weekly[day]) {
      const key = `${interval.open}-${interval.close}`;
      const entry = byRange.get(key) ?? { interval, days: [] };
      entry.days.push(SCHEMA_DAY[day]);
      byRange.set(key, entry);
    }
  }
  const weekly = [...byRange.values()].map(({ interval, days }) => ({
    dayOfWeek: days,
    opens: hhmm(interval.open),
    closes: hhmm(interval.close),
  }));
  const exceptions = hours.exceptions.flatMap((rule) => {
    const dates = { validFrom: rule.from, validThrough: rule.to ?? rule.from };
    if (rule.hours.length === 0) return [{ opens: "00:00", closes: "00:00", ...dates }];
    return rule.hours.map((interval) => ({
      opens: hhmm(interval.open),
      closes: hhmm(interval.close),
      ...dates,
    }));
  });
  return [...weekly, ...exceptions];
}
