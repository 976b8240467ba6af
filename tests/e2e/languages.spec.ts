import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { ARTICLE_PATH, sitemapPaths } from "./pages.ts";

// The site in two languages, as a reader and a search engine meet it: every page says its language,
// names its translations both ways (hreflang, x-default), links to the same page in the other
// language, and the sitemap pairs translations whose addresses differ.
const SPANISH_ARTICLE = "/es/blog/seis-razones-para-recibir-un-masaje-para-el-dolor-de-espalda/";
const settings = parseYaml(readFileSync("content/settings.yaml", "utf8")) as {
  languages: string[];
  defaultLanguage: string;
};
const spanishName = (
  parseYaml(readFileSync("content/es/copy/site.yaml", "utf8")) as { language: { name: string } }
).language.name;
const englishName = (
  parseYaml(readFileSync("content/copy/site.yaml", "utf8")) as { language: { name: string } }
).language.name;

const languageOf = (path: string) => (path.startsWith("/es/") ? "es" : "en");

test("the site lists Spanish, and every page in the sitemap says its language and names its translations both ways", async ({
  request,
}) => {
  expect(settings.languages).toEqual(["en", "es"]);
  const paths = sitemapPaths();
  // Every Spanish page but the policy pages still marked as examples (kept out until confirmed).
  expect(paths.filter((path) => path.startsWith("/es/")).length).toBeGreaterThanOrEqual(26);
  const alternatesOf = new Map<string, Record<string, string>>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(new RegExp(`<html lang="${languageOf(path)}"`));
    const links = Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [
        match[1]!,
        new URL(match[2]!).pathname,
      ]),
    );
    alternatesOf.set(path, links);
  }
  for (const [path, links] of alternatesOf) {
    if (Object.keys(links).length === 0) continue;
    // Each page names itself, and the default language's page as x-default.
    expect(links[languageOf(path)], path).toBe(path);
    expect(links["x-default"], path).toBe(links["en"]);
    // Both ways: the translation names this page back.
    for (const [language, other] of Object.entries(links)) {
      if (language === "x-default" || other === path) continue;
      expect(alternatesOf.get(other)?.[languageOf(path)], `${other} names ${path}`).toBe(path);
    }
  }
  // An article and its translation pair even though their addresses differ.
  expect(alternatesOf.get(ARTICLE_PATH)).toEqual({
    en: ARTICLE_PATH,
    es: SPANISH_ARTICLE,
    "x-default": ARTICLE_PATH,
  });
  // A topic page has no Spanish version: it names none.
  expect(alternatesOf.get("/tags/back-pain/")).toEqual({});
});

test("the sitemap pairs each translation with its original, whatever their addresses", async ({
  request,
}) => {
  const xml = await (await request.get("/sitemap-0.xml")).text();
  const entry = (path: string) =>
    [...xml.matchAll(/<url>(.*?)<\/url>/g)]
      .map((match) => match[1]!)
      .find((url) => url.includes(`${path}</loc>`));
  for (const path of [ARTICLE_PATH, SPANISH_ARTICLE]) {
    const url = entry(path);
    expect(url, path).toContain(`hreflang="en" href="https://www.example.com${ARTICLE_PATH}"`);
    expect(url, path).toContain(`hreflang="es" href="https://www.example.com${SPANISH_ARTICLE}"`);
    expect(url, path).toContain(`hreflang="x-default" href="https://www.example.com${ARTICLE_PATH}"`);
  }
});

test("the language link goes to the same page in the other language, named in that language", async ({
  page,
}) => {
  await page.goto(ARTICLE_PATH);
  const toSpanish = page.locator(".site-header__languages a");
  await expect(toSpanish).toHaveText(spanishName);
  await expect(toSpanish).toHaveAttribute("lang", "es");
  await expect(toSpanish).toHaveAttribute("hreflang", "es");
  await toSpanish.click();
  await expect(page).toHaveURL(new RegExp(`${SPANISH_ARTICLE}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  // The translation says so, and links to its original in the original's language.
  const original = page.getByTestId("translated-from").getByRole("link");
  await expect(original).toHaveAttribute("lang", "en");
  // …and when: the day search engines are given as the page's last change (dateModified), shown too
  // (found in review, 2026-12-07: the Spanish articles gave a date the reader never saw).
  const modified = await page.locator('meta[property="article:modified_time"]').getAttribute("content");
  await expect(page.getByTestId("translated-from").locator("time")).toHaveAttribute(
    "datetime",
    modified ?? "",
  );
  await expect(original).toHaveAttribute("href", ARTICLE_PATH);
  const toEnglish = page.locator(".site-header__languages a");
  await expect(toEnglish).toHaveText(englishName);
  await toEnglish.click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));

  // A page with no Spanish version links to the Spanish home page instead.
  await page.goto("/tags/back-pain/");
  await expect(page.locator(".site-header__languages a")).toHaveAttribute("href", "/es/");
});

test("the Spanish blog lists the Spanish articles and says plainly how many are only in English", async ({
  page,
}) => {
  await page.goto("/es/blog/");
  await expect(page.getByRole("link", { name: /^6 razones/ })).toBeVisible();
  const note = page.getByTestId("untranslated");
  await expect(note).toContainText("disponibles solo en inglés");
  const english = note.getByRole("link");
  await expect(english).toHaveAttribute("lang", "en");
  await expect(english).toHaveAttribute("href", "/blog/");
});

test("Spanish pages write dates, lengths and hours the Spanish way, and their data says so", async ({
  page,
  request,
}) => {
  await page.goto(SPANISH_ARTICLE);
  await expect(page.locator(".post__meta time").first()).toHaveText("30 de enero de 2022");
  await expect(page.locator(".post__meta")).toContainText("Publicado el 30 de enero de 2022");
  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}",
  );
  expect(ld.inLanguage).toBe("es");
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "es_US");

  await page.goto("/es/massage/swedish/");
  await expect(page.locator(".facts")).toContainText("de ligera a media");
  await expect(page.locator(".facts")).toContainText("30, 60 o 90 minutos");
  await expect(page.locator(".site-footer")).toContainText("dom");
  await expect(page.locator(".site-footer")).toContainText("Cerrado");

  // The Spanish search box suggests Spanish words: its massage types, not the English topics.
  await page.goto("/es/search/");
  const placeholder = await page.getByRole("combobox").getAttribute("placeholder");
  // Lowercase within the sentence, as Spanish writes a common noun (found by a Spanish reader, 2026-12-08).
  expect(placeholder).toContain("masaje sueco");
  expect(placeholder).not.toContain("back pain");

  // A policy page's translation that gives no date of its own shows its original's last update.
  await page.goto("/es/accessibility/");
  await expect(page.locator("main")).toContainText("3 de diciembre de 2026");

  const feed = await (await request.get("/es/rss.xml")).text();
  expect(feed).toContain("<language>es-us</language>");
  expect(feed).toContain(`<link>https://www.example.com${SPANISH_ARTICLE}</link>`);
  expect(feed).not.toContain("six-reasons");
});

test("Spanish pages book through the Spanish booking page, English pages through theirs", async ({
  page,
}) => {
  const bookingUrl = (file: string) =>
    (parseYaml(readFileSync(file, "utf8")) as { booking: { url: string } }).booking.url;
  const english = bookingUrl("content/settings.yaml");
  const spanish = bookingUrl("content/es/settings.yaml");
  expect(spanish).not.toBe(english);
  const base = (href: string | null) => (href ? `${new URL(href).origin}${new URL(href).pathname}` : "");
  for (const [path, address] of [
    ["/es/massage/swedish/", spanish],
    ["/massage/swedish/", english],
  ] as const) {
    await page.goto(path);
    // The header's button, the sessions table's and any call to book: every booking link on the page.
    const links = await page
      .locator(`a[href^="${new URL(english).origin}"]`)
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(links.length, path).toBeGreaterThan(2);
    expect(links.map(base), path).toEqual(links.map(() => address));
  }
});

// Found in review (2026-12-07): on the 27 English pages with no Spanish version, the list said "This
// page in another language" while its one link went to the Spanish home page.
test("the language list says whether it leads to this page or to the other language's home page", async ({
  page,
}) => {
  const words = (file: string) =>
    (
      parseYaml(readFileSync(file, "utf8")) as {
        language: { otherLanguage: string; otherLanguageHome: string };
      }
    ).language;
  const english = words("content/copy/site.yaml");
  await page.goto(ARTICLE_PATH);
  await expect(page.getByRole("list", { name: english.otherLanguage })).toBeVisible();
  await page.goto("/blog/massage-stress-and-sleep/");
  const home = page.getByRole("list", { name: english.otherLanguageHome });
  await expect(home.getByRole("link", { name: spanishName })).toHaveAttribute("href", "/es/");
  await page.goto("/es/blog/");
  await expect(
    page.getByRole("list", { name: words("content/es/copy/site.yaml").otherLanguage }),
  ).toBeVisible();
});
