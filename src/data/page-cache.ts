import { getCollection } from "astro:content";
import { pageCacheKey } from "../lib/html/page-cache-key";
import { thisYear } from "./settings";

/**
 * What any page may show besides its own data: the team, authors, massage types (booking buttons,
 * prices) and footer pages, which are collections (Astro counts them as data, not code), and the
 * footer's year. Settings, site words and the quiz are imported as code, which Astro hashes itself.
 */
function siteData() {
  siteDataKey ??= Promise.all([
    getCollection("team"),
    getCollection("authors"),
    getCollection("massage-types"),
    getCollection("pages"),
  ]).then((collections) => pageCacheKey(collections, thisYear));
  return siteDataKey;
}
let siteDataKey: Promise<string> | undefined;

/**
 * The cacheKey a page returns from getStaticPaths: its props and the site's shared data. The next
 * build reuses the page's HTML only if both, and the page's code, are unchanged; so a page must
 * take from its props everything else it shows, including what depends on the date.
 */
export async function pageKey(props: object): Promise<string> {
  return pageCacheKey(await siteData(), props);
}
