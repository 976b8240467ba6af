import { getCollection, type CollectionKey } from "astro:content";
import { pageCacheKey } from "../lib/html/page-cache-key.ts";
import { counting } from "./counting.ts";
import { thisYear } from "./settings.ts";
import { getTestimonials } from "./testimonials.ts";

/**
 * Names every collection but the posts, or fails `astro check`: a collection left out here would
 * let a page showing it be reused after it changed.
 */
function allButPosts<const T extends readonly CollectionKey[]>(
  names: T & ([Exclude<CollectionKey, "posts" | T[number]>] extends [never] ? unknown : never),
): T {
  return names;
}

/**
 * Any page may show these (authors, team, booking buttons and prices from the massage types,
 * footer links to the policy pages); a post page gets the posts it shows through its props.
 */
const SHARED_COLLECTIONS = allButPosts([
  "team",
  "authors",
  "massage-types",
  "pages",
  "testimonials",
  "post-translations",
  "massage-type-translations",
  "page-translations",
  "team-translations",
  "author-translations",
]);

/**
 * What any page may show besides its own data: the shared collections (Astro counts them as data,
 * not code), the footer's year and the counting script. Settings, site words and the quiz are imported as code, which
 * Astro hashes itself.
 */
function siteData() {
  // Testimonials through their loader, which skips Astro's warning while a practice has none.
  const load = (name: (typeof SHARED_COLLECTIONS)[number]) =>
    name === "testimonials" ? getTestimonials() : getCollection(name);
  // The counting module is bundled from src/lib/counting/ while the pages render (data/counting.ts),
  // outside the code Astro hashes: its script's hash stands for it.
  siteDataKey ??= Promise.all(SHARED_COLLECTIONS.map(load)).then((collections) =>
    pageCacheKey(collections, thisYear, counting?.scriptHash ?? ""),
  );
  return siteDataKey;
}
let siteDataKey: Promise<string> | undefined;

/**
 * The cacheKey a page returns from getStaticPaths: its props and the site's shared data. The next
 * build reuses the page's HTML only if both, and the page's code, are unchanged; so a page must
 * take from its props everything else it shows, including what depends on the date.
 */
export async function pageKey(props: object): Promise<string | undefined> {
  // astro dev keeps no page cache, and its data changes under it while it runs.
  if (import.meta.env.DEV) return undefined;
  return pageCacheKey(await siteData(), props);
}
