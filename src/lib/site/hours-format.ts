// The opening hours in the words and times a visitor reads: "Mon–Fri 9:00 am–5:00 pm",
// "Thanksgiving: closed Thu, Nov 26".
import { fromIso } from "./hours-calendar.ts";
import { WEEKDAYS, type Hours, type HoursException, type Interval, type Weekday } from "./hours-schema.ts";

export type Clock = "12h" | "24h";

/** The hours' words in a language (content/copy/visit.yaml, `hours`), and its locale for day names. */
export interface HoursWords {
  locale: string;
  /** "Closed" */
  closed: string;
  /** "closed {when}" */
  closedOn: string;
  /** "open {when}, {hours}" */
  openOn: string;
  /** One day as {when}: "{date}"; "el {date}" in Spanish. */
  oneDay: string;
  /** Several days as {when}: "{from} – {to}"; "del {from} al {to}" in Spanish. */
  dayRange: string;
  /** The marks after a time on the 12-hour clock: "am" and "pm"; "a. m." and "p. m." in Spanish. */
  am: string;
  pm: string;
}

/** The wording the hours had before they were read from content/copy/visit.yaml: the editor's preview and tests. */
export const ENGLISH_HOURS: HoursWords = {
  locale: "en-US",
  closed: "Closed",
  closedOn: "closed {when}",
  openOn: "open {when}, {hours}",
  oneDay: "{date}",
  dayRange: "{from} – {to}",
  am: "am",
  pm: "pm",
};

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

// 2024-01-01 was a Monday: the day names of a locale, read from Intl.
const weekdayDate = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
const shortDayNames = new Map<string, Intl.DateTimeFormat>();
const longDayNames = new Map<string, Intl.DateTimeFormat>();
const dayFormat = (cache: Map<string, Intl.DateTimeFormat>, locale: string, weekday: "short" | "long") => {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" });
    cache.set(locale, format);
  }
  return format;
};

/** "Monday" in en-US, "lunes" in es-US. */
export const weekdayNameIn = (day: Weekday, locale: string): string =>
  dayFormat(longDayNames, locale, "long").format(weekdayDate(day));

const short = (day: Weekday, locale: string) =>
  dayFormat(shortDayNames, locale, "short").format(weekdayDate(day));
/**
 * "9:00 am" on the 12-hour clock ("9:00 a. m." with Spanish words), "9:00" on the 24-hour one.
 * Its spaces are no-break spaces: a line never ends between a time and its mark.
 */
export function formatTime(minutes: number, clock: Clock, words: HoursWords = ENGLISH_HOURS): string {
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, "0");
  if (clock === "24h") return `${h}:${m}`;
  const time =
    h === 0 || h === 24
      ? `12:${m} ${words.am}`
      : h === 12
        ? `12:${m} ${words.pm}`
        : h < 12
          ? `${h}:${m} ${words.am}`
          : `${h - 12}:${m} ${words.pm}`;
  return time.replace(/ /g, "\u00a0");
}

/** "9:00 am–12:30 pm, 1:30 pm–6:00 pm", or "Closed". */
export function formatIntervals(
  intervals: readonly Interval[],
  clock: Clock,
  words: HoursWords = ENGLISH_HOURS,
): string {
  if (intervals.length === 0) return words.closed;
  return intervals
    .map((i) => `${formatTime(i.open, clock, words)}–${formatTime(i.close, clock, words)}`)
    .join(", ");
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
export function summarizeWeek(hours: Hours, words: HoursWords = ENGLISH_HOURS): WeekGroup[] {
  const groups: Array<{ first: Weekday; last: Weekday; intervals: Interval[] }> = [];
  for (const day of WEEKDAYS) {
    const intervals = hours.weekly[day];
    const previous = groups.at(-1);
    if (previous && sameHours(previous.intervals, intervals)) previous.last = day;
    else groups.push({ first: day, last: day, intervals });
  }
  return groups.map(({ first, last, intervals }) => ({
    days:
      first === last
        ? short(first, words.locale)
        : `${short(first, words.locale)}–${short(last, words.locale)}`,
    hours: formatIntervals(intervals, hours.clock, words),
    closed: intervals.length === 0,
  }));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
// US English writes a date in a sentence short ("Thu, Dec 24"); Spanish, and the other languages a
// US practice may add, spell the day and the month out: "jueves 24 de diciembre", where Spanish
// running text has no comma after the day (German keeps its own: "Donnerstag, 24. Dezember").
const spelledOut = (locale: string) => !locale.toLowerCase().startsWith("en");
const dateFormatIn = (locale: string, withYear: boolean) => {
  const key = `${locale} ${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    const length = spelledOut(locale) ? "long" : "short";
    format = new Intl.DateTimeFormat(locale, {
      weekday: length,
      month: length,
      day: "numeric",
      ...(withYear ? { year: "numeric" } : {}),
      timeZone: "UTC",
    });
    dateFormats.set(key, format);
  }
  return format;
};

/** A day in a sentence, in the language's form (dateFormatIn). */
const dayInSentence = (locale: string, withYear: boolean, date: Date) => {
  const format = dateFormatIn(locale, withYear);
  if (!spelledOut(locale)) return format.format(date);
  const parts = format.formatToParts(date);
  if (!locale.toLowerCase().startsWith("es")) return format.format(date);
  // The comma Intl puts after the weekday ("jueves, 24 de diciembre") is left out.
  return parts
    .map((part, index) =>
      part.type === "literal" && parts[index - 1]?.type === "weekday"
        ? part.value.replace(/^,\s*/, " ")
        : part.value,
    )
    .join("");
};

/**
 * "Thu, Dec 24" or "Thu, Dec 24 – Mon, Dec 28" in the language's words; a date outside `today`'s
 * year carries its year ("Fri, Feb 12, 2027"), so a change months ahead is not read as this year's.
 */
export function formatDateRange(
  from: string,
  to: string | undefined,
  words: HoursWords,
  today: string,
): string {
  const date = (day: string) =>
    dayInSentence(words.locale, day.slice(0, 4) !== today.slice(0, 4), fromIso(day));
  return to === undefined || to === from
    ? fill(words.oneDay, { date: date(from) })
    : fill(words.dayRange, { from: date(from), to: date(to) });
}

/** "Thanksgiving: closed Thu, Nov 26 – Sun, Nov 29." */
export function describeException(
  exception: HoursException,
  clock: Clock,
  words: HoursWords,
  today: string,
): string {
  const when = formatDateRange(exception.from, exception.to, words, today);
  const what =
    exception.hours.length === 0
      ? fill(words.closedOn, { when })
      : fill(words.openOn, { when, hours: formatIntervals(exception.hours, clock, words) });
  // A sentence ends with one period, also after "p. m.".
  return `${exception.label}: ${what}${what.endsWith(".") ? "" : "."}`;
}
