// The opening hours for search engines: schema.org's OpeningHoursSpecification.
import { END_OF_DAY, WEEKDAYS, clockTime, weekdayName, type Hours, type Interval } from "./hours-schema.ts";

// A day that ends at midnight closes at 23:59 for search engines, as Google's guidance for
// opening hours writes the end of a day (24:00 is not a time of day in schema.org's Time).
const hhmm = (minutes: number) => (minutes === END_OF_DAY ? "23:59" : clockTime(minutes));

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
      entry.days.push(weekdayName(day));
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
