// What the sitemap reads from a finished page's <head>: its translations, and whether it is kept
// out of search. One reader of tags and attributes for both.

/** The page's <head>, or the whole text when it has none. */
const headOf = (html: string) => {
  const end = html.search(/<\/head>/i);
  return end === -1 ? html : html.slice(0, end);
};

/** An attribute's value in a tag, quoted or not, as written (entities left as they are). */
const attributeOf = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);

/** The translations a finished page names in its <head>: each `<link rel="alternate" hreflang href>`. */
export function hreflangLinks(html: string): Array<{ lang: string; url: string }> {
  const links: Array<{ lang: string; url: string }> = [];
  for (const [tag] of headOf(html).matchAll(/<link\b[^>]*>/gi)) {
    const lang = attributeOf(tag, "hreflang");
    const url = attributeOf(tag, "href");
    if (attributeOf(tag, "rel")?.toLowerCase() === "alternate" && lang && url)
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
  return [...headOf(html).matchAll(/<meta\b[^>]*>/gi)].some(
    ([tag]) =>
      attributeOf(tag, "name")?.toLowerCase() === "robots" &&
      (attributeOf(tag, "content") ?? "")
        .toLowerCase()
        .split(",")
        .some((directive) => directive.trim() === "noindex"),
  );
}
