import { expect, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** Every page path the built sitemap lists, as a path on the local preview server. */
export function sitemapPaths(): string[] {
  const xml = readFileSync("dist/sitemap-0.xml", "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
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
