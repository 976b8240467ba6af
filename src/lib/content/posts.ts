/** Articles per page of the /blog/ list. */
export const POSTS_PER_PAGE = 10;

/** What the post filter needs to know of a post; matches the posts collection's data. */
export interface PublishableData {
  draft: boolean;
  pubDate: Date;
}

/**
 * Whether a post belongs in this build. Drafts show only while writing (`astro dev`);
 * a post dated in the future waits for the first build on or after its date, in the practice's
 * time zone: `today` is the practice's date (YYYY-MM-DD, `practiceToday` in site/hours.ts), and
 * pubDate is a calendar day (midnight UTC, see calendarDate() in fields.ts).
 */
export function isPublished(data: PublishableData, today: string, includeDrafts: boolean): boolean {
  if (includeDrafts) return true;
  return !data.draft && data.pubDate.toISOString().slice(0, 10) <= today;
}

export function byNewestFirst<T extends { id: string; data: { pubDate: Date } }>(a: T, b: T): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}
