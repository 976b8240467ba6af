// Dates in frontmatter are calendar days (UTC midnight); formatting in UTC keeps them from
// shifting a day for builds run in other time zones.
const longDates = new Map<string, Intl.DateTimeFormat>();

/** "January 30, 2022" in en-US, "30 de enero de 2022" in es-US. */
export function formatDate(date: Date, locale: string): string {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    longDates.set(locale, format);
  }
  return format.format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>` and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The day a page last changed: the latest of its first date and the later ones it shows (an
 * update, a clinical review, its translation), for the sitemap's lastmod and dateModified.
 */
export function lastChanged(first: Date, ...later: (Date | undefined)[]): Date {
  return later.reduce<Date>((latest, date) => (date && date > latest ? date : latest), first);
}
