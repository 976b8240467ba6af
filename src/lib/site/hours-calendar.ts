// Which hours apply on which day: dates as "YYYY-MM-DD" strings in the practice's own time zone,
// counted without clocks or time zones; the caller says which day "today" is.
import { WEEKDAYS, type Hours, type HoursException, type Interval, type Weekday } from "./hours-schema.ts";

/** A Date at midnight UTC, used only to count days and find the weekday. */
export function fromIso(date: string): Date {
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
