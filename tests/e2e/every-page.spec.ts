import { expect, test, type Page } from "@playwright/test";
import { sitemapPaths, untilDrawn } from "./pages";
import { axe } from "./axe";

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

for (const path of sitemapPaths()) {
  test(`${path}: no console error, no CSP violation, no accessibility violation`, async ({ page }) => {
    const errorsOnPage = await watchForErrors(page);
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
