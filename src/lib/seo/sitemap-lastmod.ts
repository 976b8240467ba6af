import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readFrontmatter } from "../content/frontmatter";
import { fileSlug } from "../content/slug";

/**
 * When each post last changed (updatedDate, else pubDate), keyed by its path below the site's
 * base, e.g. "blog/my-post/". Read straight from the files because the sitemap is written by
 * the config, outside the content layer.
 */
export function postLastModified(postsDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const name of readdirSync(postsDir, { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith(".mdx")) continue;
    const data = readFrontmatter(readFileSync(join(postsDir, name), "utf8"));
    const date = new Date(String(data["updatedDate"] ?? data["pubDate"] ?? ""));
    if (!Number.isNaN(date.getTime())) dates.set(`blog/${fileSlug(name)}/`, date);
  }
  return dates;
}

/** The lastmod for a sitemap URL, if it is a post's page. */
export function lastModifiedFor(
  url: string,
  base: string,
  dates: ReadonlyMap<string, Date>,
): Date | undefined {
  const path = new URL(url).pathname;
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return path.startsWith(prefix) ? dates.get(path.slice(prefix.length)) : undefined;
}
