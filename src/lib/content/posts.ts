/** Articles per page of the /blog/ list. */
export const POSTS_PER_PAGE = 10;

/** What the post filter needs to know of a post; matches the posts collection's data. */
export interface PublishableData {
  draft: boolean;
  pubDate: Date;
}

/**
 * Whether a post belongs in this build. Drafts show only while writing (`astro dev`);
 * a post dated in the future waits for the first build on or after its date.
 */
export function isPublished(data: PublishableData, now: Date, includeDrafts: boolean): boolean {
  if (data.draft && !includeDrafts) return false;
  if (data.pubDate.getTime() > now.getTime() && !includeDrafts) return false;
  return true;
}

export function byNewestFirst<T extends { id: string; data: { pubDate: Date } }>(a: T, b: T): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}
