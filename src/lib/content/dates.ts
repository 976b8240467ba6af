// Dates in frontmatter are calendar days (UTC midnight); formatting in UTC keeps them from
// shifting a day for builds run in other time zones.
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>` and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
