import { expect, type Locator, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every page path the built sitemap lists, as a path on the local preview server. */
export function sitemapPaths(dist = "dist"): string[] {
  const xml = readFileSync(join(dist, "sitemap-0.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
}

/**
 * Every page a visitor can open: the sitemap's, and the built pages it leaves out because they are
 * kept out of search engines (the search pages, an old address's page), which visitors still see.
 * The editor's page and the 404 pages have their own tests.
 */
export function visitorPaths(dist = "dist"): string[] {
  const listed = sitemapPaths(dist);
  const built = readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter(
      (file) => file.endsWith("index.html") && !file.startsWith("admin") && !file.startsWith("pagefind"),
    )
    .map((file) => `/${file.slice(0, -"index.html".length)}`.replaceAll("\\", "/"));
  return [...new Set([...listed, ...built])].sort();
}

export const ARTICLE_PATH = "/blog/six-reasons-to-get-a-massage-for-back-pain/";

/**
 * Until the page's islands and search box have drawn: each is brought into view (an island may
 * wait until it is seen), then each island drops its `ssr` mark and the search box has its field.
 * Most pages have neither; waiting for the network to go quiet instead cost each page half a second
 * at least.
 */
export async function untilDrawn(page: Page) {
  for (const island of await page.locator("astro-island, pagefind-searchbox").all()) {
    await island.scrollIntoViewIfNeeded();
  }
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0);
  await expect(page.locator("pagefind-searchbox:not(:has(input))")).toHaveCount(0);
}

/** The quiz at `path`, once Astro has hydrated its island (it is interactive from then on). */
export async function openQuiz(page: Page, path = "/quiz/"): Promise<Locator> {
  await page.goto(path);
  const quiz = page.getByTestId("quiz");
  await quiz.scrollIntoViewIfNeeded();
  await expect(page.locator("astro-island").filter({ has: quiz })).not.toHaveAttribute("ssr", {
    timeout: 15_000,
  });
  return quiz;
}
