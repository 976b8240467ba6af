import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { XMLValidator } from "fast-xml-parser";
import { LinkChecker } from "linkinator";
import { parse } from "yaml";

// Canonical, og:image and sitemap URLs use the published address; point them at this server.
const siteUrl = String(
  (parse(readFileSync("content/settings.yaml", "utf8")) as { siteUrl: string }).siteUrl,
).replace(/\/$/, "");

test("no broken internal link anywhere on the built site, canonical and share-image URLs included", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const local = String(baseURL);
  const escapedSite = siteUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const result = await new LinkChecker().check({
    path: `${local}/`,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapedSite}`), replacement: local }],
    linksToSkip: async (link) => !link.startsWith(local),
  });
  const broken = result.links
    .filter((link) => link.state === "BROKEN")
    .map((link) => `${link.url} (on ${link.parent})`);
  expect(broken).toEqual([]);
  const checked = result.links.map((link) => link.url);
  expect(checked.some((url) => url.includes("/og/blog/"))).toBe(true);
  expect(checked.length).toBeGreaterThan(40);
});

test("the sitemap and the RSS feed are well-formed XML with the fields readers use", async ({ request }) => {
  for (const path of ["/sitemap-index.xml", "/sitemap-0.xml", "/rss.xml"]) {
    const xml = await (await request.get(path)).text();
    expect(XMLValidator.validate(xml), path).toBe(true);
  }
  const sitemap = await (await request.get("/sitemap-0.xml")).text();
  // A page's last change, from the start of that day where the practice is (Los Angeles): the
  // article was published in 2022 and its clinical review shown on it is of 2026-11-26; its
  // translation was checked against it on 2026-12-06.
  expect(sitemap).toMatch(
    /<loc>[^<]*\/blog\/six-reasons-to-get-a-massage-for-back-pain\/<\/loc><lastmod>2026-11-26T08:00:00\.000Z<\/lastmod>/,
  );
  expect(sitemap).toMatch(
    /<loc>[^<]*\/es\/blog\/seis-razones-para-recibir-un-masaje-para-el-dolor-de-espalda\/<\/loc><lastmod>2026-12-06T08:00:00\.000Z<\/lastmod>/,
  );
  const rss = await (await request.get("/rss.xml")).text();
  const item = /<item>(?:(?!<\/item>)[\s\S])*six-reasons(?:(?!<\/item>)[\s\S])*<\/item>/.exec(rss)?.[0] ?? "";
  expect(item).toContain("<description>Have you been struggling");
  expect(item).toContain("<category>back-pain</category>");
  // RSS dates carry a time: the start of the post's day where the practice is (America/Los_Angeles).
  expect(item).toContain("<pubDate>Sun, 30 Jan 2022 08:00:00 GMT</pubDate>");
  expect(item).toMatch(/<author>[^<]+\(Derrick Allen\)<\/author>/);
  // Each language's feed leads to that language's home page, not the site's first one.
  const channelLink = async (path: string) =>
    new URL(/<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(await (await request.get(path)).text())?.[1] ?? "")
      .pathname;
  expect(await channelLink("/rss.xml")).toBe("/");
  expect(await channelLink("/es/rss.xml")).toBe("/es/");
});

// Found by a review as Google reads the site (2026-12-08): the search pages, an empty box until the
// visitor types, were indexable and listed in the sitemap.
test("the search pages are kept out of search engines and out of the sitemap; every other page is in it", async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get("/sitemap-0.xml")).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  for (const path of ["/search/", "/es/search/"]) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    expect(listed, path).not.toContain(path);
  }
  expect(listed).toEqual(expect.arrayContaining(["/", "/es/", "/quiz/", "/es/quiz/", "/faq/", "/blog/"]));
});

test("every link to another site is opened with rel=noopener noreferrer", async ({ page }) => {
  for (const path of ["/", "/blog/what-research-says-about-massage-for-back-pain/", "/massage/swedish/"]) {
    await page.goto(path);
    const external = page.locator('a[href^="http"]:not([href^="http://127.0.0.1"])');
    expect(await external.count(), path).toBeGreaterThan(0);
    for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute("rel")))) {
      expect(rel).toBe("noopener noreferrer");
    }
  }
});
