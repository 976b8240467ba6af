// The opening hours in the words and times a visitor reads: "Mon–Fri 9:00 am–5:00 pm",
// "Thanksgiving: closed Thu, Nov 26".
import { fromIso } from "./hours-calendar";
import { WEEKDAYS, type Hours, type HoursException, type Interval, type Weekday } from "./hours-schema";

export type Clock = "12h" | "24h";

const SHORT: Record<Weekday, string> = {
  monday: "Mon",
  tuesday: "Tue",
  wednesday: "Wed",
  thursday: "Thu",
  friday: "Fri",
  saturday: "Sat",
  sunday: "Sun",
};
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
