import { expect, test, type Page } from "@playwright/test";
import { untilDrawn, visitorPaths } from "./pages.ts";
import { axe } from "./axe.ts";

/** Console errors, uncaught exceptions and Content-Security-Policy violations on a page. */
async function watchForErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`CSP ${event.violatedDirective}: ${event.blockedURI || "inline"}`);
    });
  });
  return async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ];
}

/** The fields a visitor can type into or choose with that have no label they can see. */
const unlabelledFields = (page: Page) =>
  page.evaluate(() => {
    const visible = (element: Element | null) =>
      !!element && (element as HTMLElement).offsetParent !== null && element.textContent!.trim() !== "";
    const fields = [...document.querySelectorAll<HTMLInputElement>("input, select, textarea")].filter(
      (field) => field.type !== "hidden" && field.getClientRects().length > 0,
    );
    return fields
      .filter((field) => {
        const labelledBy = (field.getAttribute("aria-labelledby") ?? "")
          .split(/\s+/)
          .map((id) => document.getElementById(id));
        return ![...(field.labels ?? []), ...labelledBy].some(visible);
      })
      .map((field) => field.outerHTML.slice(0, 120));
  });

// WCAG 2.2 1.4.10 Reflow: at 320 CSS pixels (a small phone, or a laptop at 400% zoom) nothing may
// need scrolling sideways to be read.
const NARROW = { width: 320, height: 640 };

/** At 320 CSS px wide: what reaches past the right edge, and how wide the page scrolls. */
async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.setViewportSize(NARROW);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wider = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter((element) => !element.closest(".visually-hidden, [hidden]"))
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wider: wider.slice(0, 5) };
  });
  expect(overflow.wider, `${path} is ${overflow.scrollWidth - overflow.width}px too wide`).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
}

// Each page is loaded once for its three checks, in this order, on one page: a page load and a
// fresh browser context for each check were most of these tests' time, and the run is bound by
// the two cores.
for (const path of visitorPaths()) {
  test.describe(path, () => {
    test.describe.configure({ mode: "serial" });
    let page: Page;
    let errorsOnPage: () => Promise<string[]>;
    test.beforeAll(async ({ browser }) => {
      // The project's browser settings (Desktop Chrome, the preview's address), as the page fixture has them.
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
      page = await browser.newPage({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
      errorsOnPage = await watchForErrors(page);
    });
    test.afterAll(async () => page?.close());

    test("no console error, no CSP violation, no accessibility violation", async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await untilDrawn(page);
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
      // Anything the page fetched late (an island's script, the search index) has had its chance to
      // fail: the network is quiet for half a second, which axe's run has usually waited already.
      await page.waitForLoadState("networkidle");
      expect(await errorsOnPage()).toEqual([]);
    });

    // Every form field a visitor can type into or choose with has a label they can see (WCAG 2.2
    // 3.3.2), not only a placeholder, which disappears as soon as they type. Islands and the
    // search box have drawn their fields by now.
    test("every form field has a visible label", async () => {
      expect(await unlabelledFields(page)).toEqual([]);
    });

    test("nothing scrolls sideways at 320 CSS px", async () => {
      await expectNoSidewaysScroll(page, path);
    });
  });
}

// The error pages are not in the sitemap; a visitor on a phone meets them too.
for (const path of ["/404.html", "/es/404.html"]) {
  test(`${path}: nothing scrolls sideways at 320 CSS px`, async ({ page }) => {
    await page.setViewportSize(NARROW);
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  });
}

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  for (const path of ["/", "/blog/six-reasons-to-get-a-massage-for-back-pain/", "/massage/", "/quiz/"]) {
    test(`${path}: no accessibility violation`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});

// WCAG 2.2 1.4.12 Text spacing: with the spacing a reader may set (line height 1.5, paragraphs 2em
// apart, letters 0.12em, words 0.16em), nothing is cut off or scrolls sideways at 320 CSS px. Found
// in review (2026-12-07): the Spanish prices table was 3 px wider than the page. The reader's style
// comes from a bookmarklet or an extension, which the site's policy does not govern.
test.describe("with a reader's text spacing", () => {
  test.use({ bypassCSP: true });
  const SPACING =
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }" +
    " p { margin-bottom: 2em !important; }";
  for (const path of [
    "/prices/",
    "/es/prices/",
    "/massage/hot-stone/",
    "/es/massage/hot-stone/",
    "/quiz/",
    "/es/",
  ]) {
    test(`${path}: nothing scrolls sideways at 320 CSS px`, async ({ page }) => {
      await page.setViewportSize(NARROW);
      await page.goto(path);
      await page.addStyleTag({ content: SPACING });
      await expectNoSidewaysScroll(page, path);
    });
  }
});
