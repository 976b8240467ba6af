import { z } from "astro/zod";

/**
 * Reusable field schemas for any collection, settings or data file. Their issues carry a
 * `params.kind` that issuesToProblems (yaml-source.ts) words with the catalogue in messages.ts.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether "YYYY-MM-DD" names a day on the calendar: 2026-02-30 does not (no roll-over). */
export function isCalendarDate(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A real calendar date written YYYY-MM-DD, as a Date at midnight UTC. Text is checked strictly.
 * A Date passes as it is: Astro's frontmatter reader turns an unquoted date into a Date (rolling
 * 2026-13-45 over into 2027), so the content pre-check, which reads the text, is what catches those.
 */
export const calendarDate = () =>
  z
    .union([z.string(), z.date()])
    .refine(
      (value) => (typeof value === "string" ? isCalendarDate(value.trim()) : !Number.isNaN(value.getTime())),
      {
        error: "write a real date as YYYY-MM-DD",
        params: { kind: "date" },
      },
    )
    .transform((value) => (typeof value === "string" ? new Date(`${value.trim()}T00:00:00Z`) : value))
    // Every date of this site's content (published, reviewed, translated, a testimonial's) falls in
    // this century: a date box that reads month/day/year turns 2026-12-25 typed into it into 1225-02-02.
    .refine((date) => date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 2099, {
      error:
        "write a date from 2000 to 2099 as YYYY-MM-DD: check the year, and the order of day and month (typed into a month/day/year box, 2026-12-25 becomes 1225-02-02)",
    });

const SNIPPET_RULE = "write 50 to 160 characters: it is the snippet search engines show";

/** Text a search engine shows under the page's title: long enough to say something, short enough to be shown whole. */
export const searchSnippet = () =>
  z.string().min(50, { error: SNIPPET_RULE }).max(160, { error: SNIPPET_RULE });

export const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A tag in tag style: lowercase words joined by dashes. */
export const tag = () =>
  z.string().refine((value) => TAG_PATTERN.test(value), {
    error: 'write tags in lowercase with dashes, for example "lower-back"',
    params: { kind: "tag" },
  });
