import { expect, test, type Frame, type Locator, type Page } from "@playwright/test";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CMS_PREVIEW_PROXY_PORT, DEV_PORT, PREVIEW_PORT } from "./servers.ts";
import { solidPng } from "../support/png.ts";
import { startEditorProxy, type EditorProxy } from "../../scripts/editor-proxy.ts";
import { nextEditorTest, openEditor, openEntry, ROOT, sharedEditorPage } from "./cms-editor.ts";

// The preview pane is the page: every post, opened in the real editor (Decap CMS at /admin/ under
// `astro dev`, local mode), shows in its preview pane the same text, the same component markup
// (elements and class names) and the same site styles as its built page (`astro preview`; a
// draft's page in the writing preview).
// The editor talks to its own proxy (decap-server) over a throwaway copy of content/, on a port of
// its own, so this file can run beside cms.spec.ts; nothing is saved.
const BUILT = `http://127.0.0.1:${PREVIEW_PORT}`;

let editor: EditorProxy | undefined;
// One editor page for the file (cms-editor.ts): nothing here is saved, so each test moves on in it.
let page: Page;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async ({ browser }) => {
  editor = await startEditorProxy(ROOT, {
    port: CMS_PREVIEW_PROXY_PORT,
    prefix: "cms-preview-",
    mode: "fs",
    editorOrigin: `http://127.0.0.1:${DEV_PORT}`,
  });
  // The editor's page, handed over by the test with the port changed, is no longer known as served
  // from this computer: the shared page is allowed to reach the proxy on 127.0.0.1.
  page = await sharedEditorPage(browser, CMS_PREVIEW_PROXY_PORT);
});

test.afterAll(async () => {
  await page?.context().close();
  editor?.stop();
});

test.beforeEach(() => nextEditorTest(page, { saved: false }));

async function openPost(page: Page, slug: string) {
  const title = page.getByRole("textbox", { name: "Title" });
  await openEditor(page, `/collections/posts/entries/${slug}`, title, 60_000);
  await expect(title).not.toHaveValue("", { timeout: 30_000 });
}

/** What a reader sees of an article: its title, summary and body, and how it is built and styled. */
interface ArticleView {
  title: string;
  lede: string;
  author: string;
  /** The byline's dates, reading time and review line (the page's link to its review box aside). */
  meta: string;
  /** A translation's line naming its original, with the link's address. */
  translatedFrom: string;
  body: string;
  /** Every element of the body in order: tag and class names (the components' own markup). */
  structure: string[];
  /** The table of contents, the sources, the reviewer's box and the note under the article: text, links and markup. */
  parts: string[];
  styles: Record<string, string>;
}

/**
 * Reads an article. The quiz is taken out on both sides first: the page runs it as an island, the
 * preview shows a box saying where it appears (checked on its own below).
 */
async function readArticle(article: Locator): Promise<ArticleView> {
  await expect(article.locator(".post__body")).toBeVisible({ timeout: 30_000 });
  return article.evaluate((element) => {
    const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
    const body = element.querySelector(".post__body");
    // The island, its loader scripts and its no-script text; the preview's box in its place.
    for (const skip of body?.querySelectorAll("astro-island, noscript, script, .cms-preview-notice") ?? [])
      skip.remove();
    const structure = [...(body?.querySelectorAll("*") ?? [])].map((each) =>
      [each.tagName.toLowerCase(), ...[...each.classList].sort()].join("."),
    );
    const style = (selector: string, property: string) => {
      const found = element.querySelector(selector);
      return found ? getComputedStyle(found).getPropertyValue(property) : "(none)";
    };
    return {
      title: clean(element.querySelector("h1")?.textContent),
      lede: clean(element.querySelector(".post__lede")?.textContent),
      author: clean(element.querySelector(".post__meta a")?.textContent),
      meta: clean(
        [...(element.querySelector(".post__meta")?.childNodes ?? [])]
          .filter((node) => !(node instanceof Element && node.matches("[data-testid=post-review]")))
          .map((node) => node.textContent)
          .join(" ") +
          " " +
          [...(element.querySelector("[data-testid=post-review]")?.childNodes ?? [])]
            .filter((node) => !(node instanceof Element && node.matches('a[href="#review-box-title"]')))
            .map((node) => node.textContent)
            .join(" "),
      ).replace(/ ·$/, ""),
      translatedFrom: [...element.querySelectorAll("[data-testid=translated-from]")]
        .map((line) => `${clean(line.textContent)} → ${line.querySelector("a")?.getAttribute("href")}`)
        .join(""),
      body: clean(body?.textContent),
      structure,
      parts: [
        ...element.querySelectorAll(
          ":scope > .toc, :scope > .sources, :scope > .review-box, :scope > .medical-note",
        ),
      ].flatMap((part) => [
        clean(part.textContent),
        ...[...part.querySelectorAll("*")].map((each) =>
          [
            each.tagName.toLowerCase(),
            ...[...each.classList].sort(),
            ...["href", "id", "lang", "aria-labelledby"].flatMap((name) =>
              each.hasAttribute(name) ? [`${name}=${each.getAttribute(name)}`] : [],
            ),
          ].join(" "),
        ),
      ]),
      styles: {
        "body font": style(".post__body p", "font-family"),
        "heading font": style("h1", "font-family"),
        "heading size": style("h1", "font-size"),
        "lede colour": style(".post__lede", "color"),
        "callout border": style(".callout", "border-left-color"),
        "callout background": style(".callout", "background-color"),
        "quiz box border": style(".quiz-callout", "border-top-color"),
        "button background": style(".post__body .button", "background-color"),
        "link colour": style(".post__body p a", "color"),
        "contents border": style(".toc", "border-top-color"),
        "note background": style(".medical-note", "background-color"),
      },
    };
  });
}

function previewFrame(page: Page): Frame {
  const frame = page.frames().find((each) => each !== page.mainFrame());
  if (!frame) throw new Error("the editor shows no preview pane");
  return frame;
}

const postsIn = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("e2e-throwaway-"))
    .map((name) => name.replace(/\.mdx$/, ""));
// Every post, and every Spanish translation (previewed in Spanish, with its original's dates and people).
const posts = [
  ...postsIn("content/posts").map((slug) => ({ collection: "posts", slug, path: `/blog/${slug}/` })),
  ...postsIn("content/es/posts").map((slug) => ({
    collection: "post-translations-es",
    slug,
    path: `/es/blog/${slug}/`,
  })),
];

// First, on the page's first load: every message the editor's page logs is seen.
test("the quiz's place in a post shows in its preview, and the preview loads nothing the editor's policy blocks", async () => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text()))
      refused.push(message.text());
  });
  await openPost(page, "six-reasons-to-get-a-massage-for-back-pain");
  const notice = page.frameLocator("iframe").locator(".post__body .cms-preview-notice");
  await expect(notice).toContainText("quiz appears here");
  expect(refused).toEqual([]);
});

test("each post's preview pane shows its page: same text, component markup and site styles", async ({
  browser,
}) => {
  test.setTimeout(60_000 * posts.length);
  const built = await browser.newPage();
  try {
    for (const { collection, slug, path } of posts) {
      // One page load for all of them: each post is opened from the list, as a person moves on.
      await openEntry(page, collection, slug);
      const title = await page.getByRole("textbox", { name: "Title" }).inputValue();
      await expect(page.frameLocator("iframe").locator("article.post h1")).toHaveText(title, {
        timeout: 30_000,
      });
      const frame = previewFrame(page);
      // The site's stylesheet, linked into the pane: read the article once it has loaded.
      await expect
        .poll(() =>
          frame.evaluate(() => {
            const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
            return links.length > 0 && links.every((link) => link.sheet !== null);
          }),
        )
        .toBe(true);
      const shown = await readArticle(frame.locator("article.post"));
      // The page at the pane's width: the site's type scales with the window.
      const width = await frame.evaluate(() => window.innerWidth);
      await built.setViewportSize({ width, height: 900 });
      // A draft has no built page: the writing preview (`astro dev`) shows it. Its page may reload
      // once as it loads (Vite reloads a page when it has prepared a dependency the page needs,
      // seen in CI): read again from the start then.
      let expected: ArticleView | undefined;
      await expect(async () => {
        const response = await built.goto(`${BUILT}${path}`);
        if (response?.status() === 404) await built.goto(`http://127.0.0.1:${DEV_PORT}${path}`);
        expected = await readArticle(built.locator("article.post"));
      }).toPass({ timeout: 60_000 });
      expect(shown, `the preview of ${collection}/${slug}`).toEqual(expected);
      // The breadcrumb trail, its name in the page's language ("Breadcrumb", "Ruta de navegación").
      const crumbs = async (where: Locator) => {
        const trail = where.locator("nav.breadcrumbs");
        const list = await trail.locator("ol").evaluate((ol) => {
          const style = getComputedStyle(ol);
          return `${style.display} ${style.listStyleType}`;
        });
        return { name: await trail.getAttribute("aria-label"), text: await trail.innerText(), list };
      };
      expect(await crumbs(frame.locator("body"))).toEqual(await crumbs(built.locator("body")));
    }
  } finally {
    await built.close();
  }
});

test("the editor's preview buttons cover none of the article: breadcrumb, title, summary and byline stay in sight", async () => {
  await openPost(page, "massage-stress-and-sleep");
  const pane = page.frameLocator("iframe");
  await expect(pane.locator("article.post h1")).not.toBeEmpty({ timeout: 30_000 });
  // Decap's view buttons float over the pane's top right corner.
  const buttons = await Promise.all(
    ["Toggle preview", "Sync scrolling"].map((title) => page.getByTitle(title).first().boundingBox()),
  );
  const frame = (await page.locator("iframe").first().boundingBox())!;
  const parts = ["nav.breadcrumbs", "article.post h1", ".post__lede", ".post__meta"];
  for (const selector of parts) {
    // Where the words are (a block's box spans the whole column, its text may not), in page terms.
    const text = await pane
      .locator(selector)
      .first()
      .evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { x, y, width, height };
      });
    const inFrame = { ...text, x: text.x + frame.x, y: text.y + frame.y };
    expect(text.y, selector).toBeGreaterThanOrEqual(0);
    for (const button of buttons) {
      if (!button) continue;
      const apart =
        button.x + button.width <= inFrame.x ||
        inFrame.x + inFrame.width <= button.x ||
        button.y + button.height <= inFrame.y ||
        inFrame.y + inFrame.height <= button.y;
      expect(apart, `${selector} under a preview button`).toBe(true);
    }
  }
});

test("an image and a video added in the editor show in the pane as on a page: scaled to the column, with the video's play button", async () => {
  await openPost(page, "massage-stress-and-sleep");
  await page.locator("[data-slate-editor]").first().click();
  await page.getByRole("button", { name: "Add Component" }).first().click();
  await page.getByRole("menuitem", { name: /YouTube video/ }).click();
  await page.getByRole("textbox", { name: "Video id" }).fill("dQw4w9WgXcQ");
  await page
    .getByRole("textbox", { name: "What the video shows" })
    .fill("A gentle stretch for the lower back");
  await page.getByRole("button", { name: "Add Component" }).first().click();
  await page.getByRole("menuitem", { name: "Image with description" }).click();
  await page.getByRole("button", { name: "Choose an image" }).last().click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "wide-stretch.png",
    mimeType: "image/png",
    buffer: solidPng(1600, 600),
  });
  await page.getByRole("button", { name: "Choose selected" }).click();
  await page
    .getByRole("textbox", { name: "Description (alt text)", exact: true })
    .fill("A person stretching on a mat");
  await page.getByRole("textbox", { name: "Caption" }).fill("Slow and gentle");

  const pane = page.frameLocator("iframe");
  const figure = pane.locator(".post__body figure.figure");
  await expect(figure.locator("img")).toHaveAttribute("alt", "A person stretching on a mat");
  await expect(figure.locator("figcaption")).toHaveText("Slow and gentle");
  // The uploaded 1600 px picture, loaded and no wider than the article's column.
  await expect
    .poll(() =>
      figure.locator("img").evaluate((img: HTMLImageElement) => ({
        loaded: img.complete && img.naturalWidth === 1600,
        fits: img.getBoundingClientRect().width <= (img.closest(".post__body")?.clientWidth ?? 0),
      })),
    )
    .toEqual({ loaded: true, fits: true });
  const video = pane.locator(".post__body figure.video");
  await expect(video.locator(".video__play")).toBeVisible();
  await expect(video.locator(".video__label")).toHaveText("Play video: A gentle stretch for the lower back");
  await expect(video.locator("figcaption a")).toHaveAttribute(
    "href",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  );
  // The frame's 16:9 box and the play button's overlay come from the site's stylesheet.
  const box = await video.locator(".video__frame").boundingBox();
  expect(box && Math.round((box.width / box.height) * 9)).toBe(16);
});

/** What a reader sees of a massage type's or a policy page's text, and how it is built. */
interface PageView {
  /** The article's visible words, part by part in order (h1, summary, facts, lists, body, table...). */
  text: string[];
  /** Every element of the article in order: tag and class names. */
  structure: string[];
  /** Each booking button's words and address. */
  links: string[];
  /** The page's own styles of its summary, table and buttons (undefined where the part is absent). */
  styles: Record<string, string | undefined>;
}

/**
 * Reads a massage type's article: clients' words (testimonials, from their own files) are the
 * page's alone, and the photo's AVIF source is the build's (the pane shows the editor's file).
 */
async function readPage(article: Locator): Promise<PageView> {
  await expect(article.locator("h1")).toBeVisible({ timeout: 30_000 });
  return article.evaluate((element) => {
    const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
    const copy = element.cloneNode(true) as Element;
    for (const skip of copy.querySelectorAll("section.testimonials, picture source, script, noscript"))
      skip.remove();
    return {
      text: [...copy.children].map((child) => clean(child.textContent)).filter((text) => text !== ""),
      structure: [...copy.querySelectorAll("*")].map((each) =>
        [each.tagName.toLowerCase(), ...[...each.classList].sort()].join("."),
      ),
      links: [...copy.querySelectorAll("table a")].map(
        (link) => `${clean(link.textContent)} → ${link.getAttribute("href")}`,
      ),
      styles: Object.fromEntries(
        (
          [
            [".lede", "fontSize"],
            [".lede", "color"],
            ["table.sessions", "borderCollapse"],
            ["table.sessions td", "borderBottomStyle"],
            ["table.sessions td:last-child", "textAlign"],
            ["table.sessions .button--small", "minHeight"],
          ] as const
        ).map(([selector, property]) => {
          const found = element.querySelector(selector);
          return [`${selector} ${property}`, found ? getComputedStyle(found)[property] : undefined];
        }),
      ),
    };
  });
}

// Swedish massage in English and in Spanish (the original's sessions and prices, the translation's words).
const massageTypes = [
  { collection: "massage-types", slug: "swedish", path: "/massage/swedish/" },
  { collection: "massage-type-translations-es", slug: "swedish", path: "/es/massage/swedish/" },
];

test("a massage type's preview pane shows its page: summary, facts, lists, body and sessions with prices", async ({
  browser,
}) => {
  const built = await browser.newPage();
  try {
    for (const { collection, slug, path } of massageTypes) {
      await openEntry(page, collection, slug);
      const name = await page.getByRole("textbox", { name: "Name" }).inputValue();
      const pane = page.frameLocator("iframe");
      await expect(pane.locator("article.prose h1")).toHaveText(name, { timeout: 30_000 });
      // The site's stylesheets, linked into the pane: read the article once they have loaded.
      await expect
        .poll(() =>
          previewFrame(page).evaluate(() => {
            const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
            return links.length > 0 && links.every((link) => link.sheet !== null);
          }),
        )
        .toBe(true);
      // Decap may still swap the pane's frame for the entry just opened: a style read in a frame
      // on its way out is "" (CI, 2026-12-08); an attached element always has one.
      let shown: PageView | undefined;
      await expect(async () => {
        shown = await readPage(pane.locator("article.prose"));
        expect(Object.values(shown.styles)).not.toContain("");
      }).toPass({ timeout: 30_000 });
      // The page at the pane's width: the site's type scales with the window.
      const width = await previewFrame(page).evaluate(() => window.innerWidth);
      await built.setViewportSize({ width, height: 900 });
      await built.goto(`${BUILT}${path}`);
      const expected = await readPage(built.locator("article.prose"));
      expect(shown, `the preview of ${collection}/${slug}`).toEqual(expected);
      // The parts the audit found missing, each there.
      expect(shown!.text.join(" ")).toMatch(/Swedish|sueco/);
      expect(shown!.structure).toEqual(
        expect.arrayContaining(["p.lede", "dl.facts", "table.sessions", "a.button.button--small"]),
      );
    }
  } finally {
    await built.close();
  }
});

test("a price edited in a massage type's form shows in its preview at once", async () => {
  await openEntry(page, "massage-types", "swedish");
  const pane = page.frameLocator("iframe");
  const row = pane.locator("table.sessions tbody tr").filter({ hasText: "60 minutes" });
  await expect(row.locator("td").first()).toHaveText("$95", { timeout: 30_000 });
  // The sessions' list, opened (the editor shows it folded: "3 sessions: ..."), then the 60-minute
  // length's price: the second session, as in the file.
  await page
    .getByText(/^\d+ sessions:/)
    .locator("..")
    .getByRole("button", { name: "Expand" })
    .click();
  await page.getByRole("spinbutton", { name: "Price" }).nth(1).fill("105");
  await expect(row.locator("td").first()).toHaveText("$105");
  // The other lengths keep theirs.
  await expect(pane.locator("table.sessions tbody td:not(:last-child)")).toHaveText(["$55", "$105", "$135"]);
});

test('a policy page\'s preview ends with its "Last updated" line, as its page, in its language', async ({
  browser,
}) => {
  const built = await browser.newPage();
  try {
    for (const { collection, path, words } of [
      { collection: "pages", path: "/accessibility/", words: /^Last updated/ },
      // The translation gives no date of its own: its page shows the original's.
      { collection: "page-translations-es", path: "/es/accessibility/", words: /^Última/ },
    ]) {
      const title = page.getByRole("textbox", { name: "Title" });
      await openEditor(page, `/collections/${collection}/entries/accessibility`, title, 60_000);
      await expect(title).not.toHaveValue("", { timeout: 30_000 });
      const line = page.frameLocator("iframe").locator("article.prose > p.muted").last();
      await built.goto(`${BUILT}${path}`);
      const expected = await built.locator("[data-pagefind-body] + p.muted").innerText();
      expect(expected).toMatch(words);
      await expect(line).toHaveText(expected, { timeout: 30_000 });
    }
  } finally {
    await built.close();
  }
});
