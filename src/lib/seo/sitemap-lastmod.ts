/**
 * Sitemap dates come from the built pages, never from content/: each post page carries
 * `article:modified_time` (its updatedDate) or `article:published_time` (its pubDate) in its head,
 * written from the validated content collection. Reading them back after the build keeps the
 * config free of any content parsing, so a content mistake can never break the config.
 */
export function lastModifiedFromHtml(html: string): Date | undefined {
  for (const property of ["article:modified_time", "article:published_time"]) {
    const tag = new RegExp(`<meta[^>]*property="${property}"[^>]*>`).exec(html)?.[0];
    const value = tag ? /content="([^"]+)"/.exec(tag)?.[1] : undefined;
    const date = value ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}

/** The built HTML file of a sitemap URL, relative to the output folder, e.g. "blog/a/index.html". */
export function builtPageFor(url: string, base: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  return rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
}
