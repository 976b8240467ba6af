/** Articles per page of the /blog/ list. */
export const POSTS_PER_PAGE = 10;

/**
 * Articles in a feed (/rss.xml), the newest: a feed reader asks for the whole file every time it
 * looks for news, so a feed of every article grows with the site (518 KB at 1,000 articles) while
 * a reader only needs what is new since the last look. The list pages keep every article.
 */
export const FEED_SIZE = 20;

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

/**
 * What a card shows of a post (PostCard, PostNav): its address, title, date and description. A post
 * page gets its neighbours and related articles as cards, so its page cache key
 * (src/data/page-cache.ts) changes when what it shows of them does, not when their text does; a card
 * that shows more must take it here.
 */
export interface PostCardData {
  id: string;
  title: string;
  description: string;
  pubDate: Date;
}

export const postCard = ({
  id,
  data: { title, description, pubDate },
}: {
  id: string;
  data: { title: string; description: string; pubDate: Date };
}): PostCardData => ({ id, title, description, pubDate });

/** How many pages the /blog/ list has for this many posts: one, even when there is none. */
export const listPageCount = (posts: number): number => Math.max(1, Math.ceil(posts / POSTS_PER_PAGE));

/** The addresses of a list's pages after its first (`first` is /blog/ or /es/blog/), as Astro paginates. */
export const laterListPages = (first: string, posts: number): string[] =>
  Array.from({ length: listPageCount(posts) - 1 }, (_, index) => `${first}${index + 2}/`);

/**
 * The list whose later page `address` is (/blog/2/ → /blog/, /es/blog/3/ → /es/blog/), or undefined.
 * Such a page comes and goes with the number of articles: nobody makes or removes it by hand.
 */
export function listOfLaterPage(address: string): string | undefined {
  const match = /^((?:\/[a-z]{2})?\/blog\/)([1-9]\d*)\/$/.exec(address);
  return match && Number(match[2]) >= 2 ? match[1] : undefined;
}

/**
 * The languages whose /blog/ list reaches page `page`: a language with fewer articles has fewer
 * pages, and a search engine must not be sent to one it lacks (hreflang).
 */
export function languagesWithListPage(
  postsPerLanguage: ReadonlyArray<readonly [language: string, posts: number]>,
  page: number,
): string[] {
  return postsPerLanguage.filter(([, posts]) => listPageCount(posts) >= page).map(([language]) => language);
}
