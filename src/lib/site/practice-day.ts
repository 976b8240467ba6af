// The practice's calendar day: which day it is where the practice is, and when that day starts.
// Kept free of other modules, so that a script (npm run new:post) can use it on its own.

/** The date in a time zone, as YYYY-MM-DD: what "today" is for the practice. */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

/** How far the wall clock in `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((each) => each.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a calendar day (YYYY-MM-DD) starts in `timeZone`: for dates that must carry a time
 * (a feed's pubDate), so that a reader anywhere sees the day the post gives, not the evening before.
 */
export function startOfDayIn(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  let instant = utcMidnight - offsetAt(utcMidnight, timeZone);
  // Again at the found instant: the offset differs when the clocks change in between.
  instant = utcMidnight - offsetAt(instant, timeZone);
  // Where the clocks jump forward at midnight, the day starts at the first instant it exists.
  if (dateInTimeZone(new Date(instant), timeZone) < day) instant += 60 * 60 * 1000;
  return new Date(instant);
}

/**
 * The practice's "today" for a build, as YYYY-MM-DD: the date in its time zone at `instant`, or
 * `buildDate` when that is a YYYY-MM-DD day (BUILD_DATE, to build the site as of another day).
 * Opening-hours notices and scheduled posts both go by it.
 */
/** A YYYY-MM-DD day that exists (not 2026-02-30, which a Date would roll into March). */
const isCalendarDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

export function practiceToday(instant: Date, timeZone: string, buildDate?: string): string {
  return buildDate !== undefined && isCalendarDay(buildDate) ? buildDate : dateInTimeZone(instant, timeZone);
}
