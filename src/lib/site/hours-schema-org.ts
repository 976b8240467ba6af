// The opening hours for search engines: schema.org's OpeningHoursSpecification.
import { currentAndFutureExceptions } from "./hours-calendar.ts";
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
 * schema.org OpeningHoursSpecification: the week (`weekly`, one entry per time range with every
 * weekday sharing it) and the changes of hours not over on `today` (`special`, each with
 * validFrom/validThrough; closed is opens = closes = 00:00). A change goes in the business's
 * specialOpeningHoursSpecification, which overrides the week's hours on its days: listed with them,
 * it would add to them (New Year's Eve 09:00-13:00 read as open with Thursday's 11:00-19:00).
 */
export function openingHoursSpecs(
  hours: Hours,
  today: string,
): { weekly: OpeningHoursSpec[]; special: OpeningHoursSpec[] } {
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
  const special = currentAndFutureExceptions(hours, today).flatMap((rule) => {
    const dates = { validFrom: rule.from, validThrough: rule.to ?? rule.from };
    if (rule.hours.length === 0) return [{ opens: "00:00", closes: "00:00", ...dates }];
    return rule.hours.map((interval) => ({
      opens: hhmm(interval.open),
      closes: hhmm(interval.close),
      ...dates,
    }));
  });
  return { weekly, special };
}
