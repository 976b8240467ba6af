import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { ARTICLE_PATH, sitemapPaths } from "./pages.ts";

const postPaths = sitemapPaths().filter(
  (path) => /^\/blog\/[^/]+\/$/.test(path) && !/^\/blog\/\d+\/$/.test(path),
);
const DRAFT_SLUG = "sciatica-and-massage";

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test("at least nine posts are published", () => {
  expect(postPaths.length).toBeGreaterThanOrEqual(9);
});

for (const path of postPaths) {
  test(`${path} ends with three related posts that resolve, and has its share image and structured data`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const related = page.getByTestId("related-posts").getByRole("link");
    await expect(related).toHaveCount(3);
    for (const href of await related.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
      expect(href).not.toBe(path);
      expect((await request.get(href ?? "")).status(), href ?? "").toBe(200);
    }
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/\/og\/blog\/[^/]+\.png$/);
    const png = await request.get(new URL(image ?? "").pathname);
    expect(png.headers()["content-type"]).toBe("image/png");
    const types = (await jsonLd(page)).map((data) => data["@type"]);
    expect(types).toEqual(expect.arrayContaining(["BlogPosting", "BreadcrumbList"]));
    // Every health article names its reviewer, with credentials, and the date of the review.
    const review = page.getByTestId("post-review");
    await expect(review).toContainText(/^Reviewed by .+, LMT, on /);
    await expect(review.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByTestId("review-overdue")).toHaveCount(0);
  });
}

test("the six-reasons article keeps its words and adds a separate clinical review with sources", async ({
  page,
}) => {
  await page.goto(ARTICLE_PATH);
  const box = page.getByTestId("review-box");
  await expect(box.getByRole("heading", { name: "Clinical review" })).toBeVisible();
  await expect(box).toContainText(
    /Reviewed by Jordan Reyes, LMT, licensed massage therapist, on \w+ \d+, \d{4}\./,
  );
  await expect(
    box.getByRole("link", { name: "what the research says about massage for back pain" }),
  ).toHaveAttribute("href", "/blog/what-research-says-about-massage-for-back-pain/");
  await expect(box.getByRole("heading", { name: "Sources the reviewer checked" })).toBeVisible();
  await expect(box.getByRole("listitem")).toHaveCount(4);
  // Apart from the article: the box comes after the article's closing words.
  const closing = page.getByText("Book an appointment with us today!");
  const [closingBox, reviewBox] = await Promise.all([closing.boundingBox(), box.boundingBox()]);
  expect((closingBox?.y ?? Infinity) < (reviewBox?.y ?? 0)).toBe(true);
  await page.getByRole("link", { name: "Read the reviewer's summary" }).click();
  await expect(page).toHaveURL(/#review-box-title$/);
});

test("home cards link to the article or massage type they describe; labels keep the type's capitals", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const cards = page.getByRole("region", { name: "What we help with" }).getByRole("listitem");
  await expect(cards).toHaveCount(4);
  for (const link of await cards.getByRole("link").all()) {
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/(blog|massage)\/[a-z0-9-]+\/$/);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "Questions and answers" }),
  ).toHaveAttribute("href", "/faq/");
  await page.goto("/massage/swedish/");
  await expect(
    page.getByRole("link", { name: /^Book \d+ minutes \(Swedish massage\)$/ }).first(),
  ).toBeVisible();
});

test("the FAQ answers insurance, HSA/FSA, payment, gift cards, clothing and first visits without promises", async ({
  page,
}) => {
  await page.goto("/faq/");
  const questions = await page.getByRole("heading", { level: 2 }).allTextContents();
  for (const topic of [
    /insurance/i,
    /car-accident/i,
    /HSA or FSA/,
    /pay\?/,
    /gift cards/,
    /wear/,
    /first visit/,
  ]) {
    expect(
      questions.some((question) => topic.test(question)),
      String(topic),
    ).toBe(true);
  }
  await expect(page.locator("main")).toContainText("check with your insurer");
  await expect(page.locator("main")).not.toContainText(/will be covered|guaranteed/i);
  // Google shows FAQ rich results only for authoritative health and government sites.
  expect(
    (await page.locator('script[type="application/ld+json"]').allTextContents()).join(" "),
  ).not.toContain("FAQPage");
});

test("a post with four or more sections shows a table of contents whose links land on the sections", async ({
  page,
}) => {
  await page.goto(ARTICLE_PATH);
  const toc = page.getByRole("navigation", { name: "In this article" });
  await toc.getByRole("link", { name: "4. Handle Anxiety" }).click();
  await expect(page).toHaveURL(/#4-handle-anxiety$/);
  await expect(page.getByRole("heading", { level: 2, name: "4. Handle Anxiety" })).toBeInViewport();
});

test("the article shows reading time, breadcrumbs and previous/next links", async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Articles" })).toHaveAttribute("href", "/blog/");
  await expect(page.getByRole("navigation", { name: "More articles" }).getByRole("link")).not.toHaveCount(0);
});

test("structured data: the home page names the website and the practice; a massage type is a Service", async ({
  page,
}) => {
  await page.goto("/");
  const home = await jsonLd(page);
  expect(home.map((data) => data["@type"])).toEqual(
    expect.arrayContaining(["WebSite", "HealthAndBeautyBusiness"]),
  );
  const practice = home.find((data) => data["@type"] === "HealthAndBeautyBusiness") ?? {};
  expect(practice["telephone"]).toBeTruthy();
  expect(JSON.stringify(practice["address"])).toContain("addressLocality");
  await page.goto("/massage/deep-tissue/");
  expect((await jsonLd(page)).map((data) => data["@type"])).toContain("Service");
});

test("a tag page lists every post with that tag", async ({ page }) => {
  const withTag = readdirSync("content/posts")
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => ({
      slug: name.replace(/\.mdx$/, ""),
      data: parseYaml(readFileSync(`content/posts/${name}`, "utf8").split("---")[1] ?? "") as {
        tags: string[];
        draft?: boolean;
      },
    }))
    .filter(({ data }) => data.tags.includes("red-flags") && data.draft !== true);
  expect(withTag.length).toBeGreaterThan(0);
  await page.goto("/tags/red-flags/");
  for (const { slug } of withTag) await expect(page.locator(`a[href="/blog/${slug}/"]`)).toBeVisible();
  await expect(page.locator("article")).toHaveCount(withTag.length);
  // A topic in a sentence keeps the capital of a people's name only (was "Articles about swedish").
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles about red flags");
  await page.goto("/tags/swedish/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles about Swedish");
});

test("a draft appears on no page, in no sitemap, feed, tag page, related list or search index", async ({
  page,
  request,
}) => {
  expect((await request.get(`/blog/${DRAFT_SLUG}/`)).status()).toBe(404);
  expect(await (await request.get("/sitemap-0.xml")).text()).not.toContain(DRAFT_SLUG);
  expect(await (await request.get("/rss.xml")).text()).not.toContain(DRAFT_SLUG);
  for (const path of [
    "/blog/",
    "/tags/back-pain/",
    "/tags/red-flags/",
    ARTICLE_PATH,
    "/authors/clinical-team/",
  ]) {
    await page.goto(path);
    await expect(page.locator(`a[href*="${DRAFT_SLUG}"]`), path).toHaveCount(0);
  }
});

test("the author page shows credentials and lists the author's posts", async ({ page }) => {
  await page.goto("/authors/clinical-team/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The clinical team");
  await expect(page.getByText("Licensed massage therapists, LMT")).toBeVisible();
  await expect(page.locator("article")).toHaveCount(postPaths.length - 1);
  await page.goto("/authors/derrick-allen/");
  await expect(
    page.getByRole("link", { name: "6 Reasons You Should Get a Massage for Back Pain" }),
  ).toBeVisible();
});

// Found by a Spanish reader (2026-12-08): "Artículos de El equipo clínico" and "Por El equipo
// clínico, Masoterapeutas con licencia"; English said "By The clinical team, Licensed massage…".
test("a group author's name and role read as a sentence has them, in both languages", async ({ page }) => {
  await page.goto("/authors/clinical-team/");
  await expect(page.getByRole("heading", { level: 2, name: "Articles by the clinical team" })).toBeVisible();
  await page.goto("/es/authors/clinical-team/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("El equipo clínico");
  await expect(page.getByRole("heading", { level: 2, name: "Artículos del equipo clínico" })).toBeVisible();
  const article = await page.locator("article a").first().getAttribute("href");
  await page.goto(article ?? "");
  await expect(page.locator(".post__meta")).toContainText(
    /^Por el equipo clínico, masoterapeutas con licencia, LMT/,
  );
  await expect(page.getByTestId("post-review")).toContainText(/^Revisado por Jordan Reyes, LMT, el \d+ de /);
});

test("site search: the box is named by its label alone, it finds the FAQ and the visit page, and words every article shares match none", async ({
  page,
}) => {
  await page.goto("/search/");
  const box = page.getByRole("combobox", { name: "Search for a word or a question", exact: true });
  const found = (name: RegExp) => page.getByRole("option", { name });
  await box.fill("HSA");
  await expect(found(/Questions and answers/)).toBeVisible({ timeout: 15_000 });
  // With results showing, the box is still named by its label only (not by the results' text).
  await expect(box).toHaveAccessibleName("Search for a word or a question");
  await box.fill("parking");
  await expect(found(/Visit us/)).toBeVisible({ timeout: 15_000 });
  // The note under every article (which names the emergency number) is not indexed: only the
  // article about warning signs speaks of it.
  await box.fill("911");
  await expect(found(/When to See a Doctor/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("option")).toHaveCount(1);
  // The quiz's box in articles is not indexed either: "quiz" no longer finds every article.
  await box.fill("quiz");
  await expect(page.getByRole("option").first()).toBeVisible({ timeout: 15_000 });
  expect(await page.getByRole("option").count()).toBeLessThan(8);
  // The index reads a page's text as it stands: a type's facts keep their words apart.
  await page.goto("/massage/swedish/");
  expect(await page.locator(".facts").textContent()).toContain("Pressure light to medium Session lengths");
});

test("without JavaScript the search page says so and leads to the lists it would search", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, faq] of [
    ["/search/", "questions and answers"],
    ["/es/search/", "preguntas frecuentes"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(/needs JavaScript|necesita JavaScript/)).toBeVisible();
    await expect(page.locator("main").getByRole("link", { name: faq })).toHaveAttribute(
      "href",
      path.replace("search", "faq"),
    );
  }
  await context.close();
});

test("site search finds the six-reasons article", async ({ page }) => {
  await page.goto("/search/");
  await page.getByRole("combobox").fill("range of motion");
  const result = page.getByRole("option", { name: /6 Reasons You Should Get a Massage for Back Pain/ });
  await expect(result).toBeVisible({ timeout: 15_000 });
  await expect(result).toHaveAttribute("href", "/blog/six-reasons-to-get-a-massage-for-back-pain/");
  await expect(
    page.getByRole("option", { name: new RegExp(DRAFT_SLUG.replace(/-/g, " "), "i") }),
  ).toHaveCount(0);
});
