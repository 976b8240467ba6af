/** The translations a finished page names in its <head>: each `<link rel="alternate" hreflang href>`. */
export function hreflangLinks(html: string): Array<{ lang: string; url: string }> {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const links: Array<{ lang: string; url: string }> = [];
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
        .exec(tag)
        ?.slice(1)
        .find((value) => value !== undefined);
    const lang = attribute("hreflang");
    const url = attribute("href");
    if (attribute("rel")?.toLowerCase() === "alternate" && lang && url)
      links.push({ lang, url: decodeEntities(url) });
  }
  return links;
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** Whether a page's <head> keeps it out of search engines (`<meta name="robots" content="noindex">`). */
export function keptOutOfSearch(html: string): boolean {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  return [...head.matchAll(/<meta\b[^>]*>/gi)].some(
    ([tag]) => /\sname\s*=\s*["']?robots\b/i.test(tag) && /\scontent\s*=\s*["'][^"']*\bnoindex\b/i.test(tag),
  );
}
