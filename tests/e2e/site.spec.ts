import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { ARTICLE_PATH } from "./pages.ts";

test.describe("the six-reasons article", () => {
  test("shows the six reasons as h2 headings, the doctor advice and the author", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "6 Reasons You Should Get a Massage for Back Pain",
    );
    const reasons = [
      "1. Massages Relieve Muscle Tension",
      "2. Massages Reduce Stress",
      "3. Reduce Depression",
      "4. Handle Anxiety",
      "5. Help Chronic Neck Pain",
      "6. Increase Your Range of Motion",
    ];
    for (const reason of reasons)
      await expect(page.getByRole("heading", { level: 2, name: reason })).toBeVisible();
    await expect(
      page.getByText("make sure you talk to your doctor before scheduling a massage"),
    ).toBeVisible();
    await expect(page.getByText("Derrick Allen").first()).toBeVisible();
    await expect(page.locator("time").first()).toHaveAttribute("datetime", "2022-01-30");
    await expect(page.getByText(/Not medical advice\./)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ready to Get a Massage for Back Pain?" })).toBeVisible();
  });

  test("has the head tags search engines and link previews read", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    // Alone: with the practice's name after it, it would run past what a search result shows.
    await expect(page).toHaveTitle("6 Reasons You Should Get a Massage for Back Pain");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${ARTICLE_PATH}$`),
    );
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    // The post's calendar day: midnight UTC would be the evening before in the practice's zone.
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
      "content",
      "2022-01-30",
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("the blog index lists the article", async ({ page }) => {
  await page.goto("/blog/");
  await expect(
    page.getByRole("link", { name: "6 Reasons You Should Get a Massage for Back Pain" }),
  ).toHaveAttribute("href", ARTICLE_PATH);
});

test("the sitemap and the RSS feed list the article; robots.txt names the sitemap", async ({ request }) => {
  const index = await (await request.get("/sitemap-index.xml")).text();
  expect(index).toContain("sitemap-0.xml");
  const sitemap = await (await request.get("/sitemap-0.xml")).text();
  expect(sitemap).toContain(ARTICLE_PATH);
  const rss = await (await request.get("/rss.xml")).text();
  expect(rss).toContain(ARTICLE_PATH);
  expect(rss).toContain("<title>6 Reasons You Should Get a Massage for Back Pain</title>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test("an unknown address shows the helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  await expect(page.getByRole("link", { name: /All articles/ })).toBeVisible();
});

test("pages without an island ship no JavaScript", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  for (const path of ["/", "/blog/", "/massage/", "/tags/"]) {
    await page.goto(path);
    expect(await page.locator("script:not([type='application/ld+json'])").count(), path).toBe(0);
  }
  expect(scripts).toEqual([]);
});

test("the footer shows the practice's address as one would write it", async ({ page }) => {
  const settings = parse(readFileSync("content/settings.yaml", "utf8")) as {
    address: { city: string; region: string; postalCode: string };
  };
  const { city, region, postalCode } = settings.address;
  await page.goto("/");
  await expect(page.locator("footer address")).toContainText(`${city}, ${region} ${postalCode}`);
});

test("the table of contents does not number headings that carry their own numbers", async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  const items = page.getByRole("navigation", { name: "In this article" }).getByRole("listitem");
  await expect(items.first()).toHaveText("1. Massages Relieve Muscle Tension");
  expect(await items.first().evaluate((item) => getComputedStyle(item).listStyleType)).toBe("none");
});

test("the accessibility statement names the standard, the checks, the limits, the date and how to reach the practice", async ({
  page,
}) => {
  const settings = parse(readFileSync("content/settings.yaml", "utf8")) as { phone: string; email: string };
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/accessibility\/$/);
  const main = page.getByRole("main");
  await expect(main).toContainText("WCAG) 2.2");
  await expect(main).toContainText("level AA");
  for (const check of ["axe-core", "Lighthouse", "html-validate"]) await expect(main).toContainText(check);
  await expect(main.getByRole("heading", { name: "Known limitations" })).toBeVisible();
  // The contact details come from the settings, so a new phone number changes this page too.
  const contact = page.getByTestId("contact-details");
  await expect(contact.getByRole("link", { name: settings.email })).toHaveAttribute(
    "href",
    `mailto:${settings.email}`,
  );
  await expect(contact.locator(`a[href="tel:${settings.phone.replace(/[^+0-9]/g, "")}"]`)).toBeVisible();
  await expect(main).toContainText(/Last updated \w+ \d{1,2}, \d{4}\./);
});

test("without gift card, package or membership addresses in the settings, no page links to any", async ({
  page,
}) => {
  for (const path of ["/", "/prices/", "/faq/"]) {
    await page.goto(path);
    await expect(page.locator("[data-offer]"), path).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Gift cards, packages and memberships" })).toHaveCount(0);
  }
});
