import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./pages.ts";

const pages = readdirSync("dist", { recursive: true, encoding: "utf8" })
  // The content editor's page (admin/) is not a public page: tests/e2e/cms-public.spec.ts covers it.
  .filter((name) => name.endsWith(".html") && !name.startsWith("pagefind") && !name.startsWith("admin"))
  .map((name) => ({ name, html: readFileSync(join("dist", name), "utf8") }));

const first = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? "";
/** The built file of a site path: /es/ -> es/index.html. */
const fileOf = (path: string) => `${path.replace(/^\//, "")}index.html`;
/** The pages a page names as its translations (hreflang): the same page, so they may share a name. */
const translationsOf = (html: string) =>
  new Set(
    [...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((match) =>
      fileOf(new URL(match[1]!).pathname),
    ),
  );

test("every page has its own title and meta description, a canonical URL (not on a page kept out of search), lang and a favicon", () => {
  expect(pages.length).toBeGreaterThan(40);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const { name, html } of pages) {
    const translations = translationsOf(html);
    const title = first(html, /<title>([^<]*)<\/title>/);
    const description = first(html, /<meta name="description" content="([^"]*)"/);
    expect(title, name).not.toBe("");
    expect(description.length, `${name}: ${description}`).toBeGreaterThanOrEqual(50);
    expect(description.length, `${name}: ${description}`).toBeLessThanOrEqual(160);
    // Whole sentences, never one cut off (found in review, 2026-12-07: eight author and team pages).
    expect(description, name).not.toMatch(/…$/);
    // A page and its translation may share a name (a person's, the practice's): they are one page.
    const earlier = titles.get(title);
    if (earlier === undefined || !translations.has(earlier))
      expect(earlier, `${name} repeats the title of ${earlier}`).toBeUndefined();
    const earlierDescription = descriptions.get(description);
    if (earlierDescription === undefined || !translations.has(earlierDescription))
      expect(earlierDescription, `${name} repeats the description of ${earlierDescription}`).toBeUndefined();
    titles.set(title, name);
    descriptions.set(description, name);
    expect(html, name).toMatch(name.startsWith("es/") ? /<html lang="es"[ >]/ : /<html lang="en"[ >]/);
    // A page kept out of search (the 404 pages, the search pages) names no canonical address; an
    // old address's page names the page that replaced it.
    if (/<meta name="robots" content="noindex">/.test(html) && !/http-equiv="refresh"/.test(html))
      expect(html, name).not.toMatch(/<link rel="canonical"/);
    else expect(html, name).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    expect(html, name).toMatch(/<link rel="icon"/);
    // Notes for the site's developers stay in its sources (an HTML comment in a component is sent
    // with every page that shows it, in English on Spanish pages too).
    expect(html.match(/<!--(?!astro:)[^]*?-->/g) ?? [], name).toEqual([]);
    expect(html, name).toMatch(/<meta name="theme-color"/);
    expect(html, name).toMatch(/<meta property="og:title"/);
    expect(html, name).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/og\/[^"]+\.png"/);
  }
});

// A topic page with one article repeats that article's card: a thin page that search engines
// would list beside the article itself. It stays open to visitors and its links are followed.
test("a topic page with one article is kept out of search and the sitemap; one with more is in both", () => {
  const sitemap = new Set(sitemapPaths());
  const topics = pages.filter(({ name }) => /^tags\/[^/]+\/index\.html$/.test(name));
  const counted = topics.map(({ name, html }) => ({
    path: `/${name.replace(/index\.html$/, "")}`,
    articles: (html.match(/<article class="post-card"[\s>]/g) ?? []).length,
    kept: /<meta name="robots" content="noindex">/.test(html),
  }));
  expect(counted.filter(({ articles }) => articles === 1).length).toBeGreaterThan(0);
  expect(counted.filter(({ articles }) => articles > 1).length).toBeGreaterThan(0);
  for (const { path, articles, kept } of counted) {
    expect(articles, path).toBeGreaterThan(0);
    expect({ path, kept, inSitemap: sitemap.has(path) }).toEqual({
      path,
      kept: articles === 1,
      inSitemap: articles > 1,
    });
  }
});

// A policy page still holding the shipped example text (example: true) is the practice's to
// confirm: search engines get it once it is confirmed.
test("a policy page still marked as an example is kept out of search and the sitemap, in each language", () => {
  const sitemap = new Set(sitemapPaths());
  const marked = (file: string) =>
    /^example: true$/m.test(readFileSync(file, "utf8").split(/^---$/m)[1] ?? "");
  const seen = { example: 0, confirmed: 0 };
  for (const folder of ["content/pages", "content/es/pages"]) {
    const prefix = folder === "content/pages" ? "/" : "/es/";
    for (const name of readdirSync(folder).filter((file) => file.endsWith(".mdx"))) {
      const path = `${prefix}${name.replace(/\.mdx$/, "")}/`;
      const example = marked(join(folder, name));
      seen[example ? "example" : "confirmed"]++;
      const html = readFileSync(join("dist", path, "index.html"), "utf8");
      expect({
        path,
        kept: /<meta name="robots" content="noindex">/.test(html),
        inSitemap: sitemap.has(path),
      }).toEqual({
        path,
        kept: example,
        inSitemap: !example,
      });
    }
  }
  expect(seen.example).toBeGreaterThan(0);
  expect(seen.confirmed).toBeGreaterThan(0);
});

test.describe("the 404 page names no address of its own", () => {
  for (const path of ["/404.html", "/es/404.html", "/no-such-page/"]) {
    test(`${path}: no canonical link and no og:url, and noindex`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(path.endsWith("/404.html") ? 200 : 404);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
    });
  }

  test("other pages keep their canonical link and og:url, and are not noindex", async ({ page }) => {
    for (const path of ["/", "/blog/", "/prices/", "/massage/swedish/"]) {
      await page.goto(path);
      const canonical = page.locator('link[rel="canonical"]');
      await expect(canonical, path).toHaveAttribute("href", new RegExp(`^https?://[^/]+${path}$`));
      await expect(page.locator('meta[property="og:url"]'), path).toHaveAttribute(
        "content",
        (await canonical.getAttribute("href")) ?? "",
      );
      await expect(page.locator('meta[name="robots"]'), path).toHaveCount(0);
    }
  });
});

// Found in review (2026-12-07): the home page's title was the practice's name alone, the same in
// both languages, and 17 titles ran past what a search result shows with the name after them.
test("titles tell pages apart in a search result: the home page says what the practice does, no name cut off", () => {
  const titleOf = (name: string) =>
    first(readFileSync(join("dist", name), "utf8"), /<title>([^<]*)<\/title>/);
  const english = titleOf("index.html");
  const spanish = titleOf("es/index.html");
  expect(english).toMatch(/^Still Point Massage Therapy: \S/);
  expect(spanish).not.toBe(english);
  for (const { name, html } of pages) {
    const title = first(html, /<title>([^<]*)<\/title>/).replaceAll("&amp;", "&");
    if (title.endsWith(" | Still Point Massage Therapy")) expect(title.length, name).toBeLessThanOrEqual(60);
  }
});
