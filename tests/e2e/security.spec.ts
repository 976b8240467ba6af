import { expect, test, type Response } from "@playwright/test";

test("every page carries a Content-Security-Policy with hashed scripts and no unsafe-inline scripts", async ({
  page,
}) => {
  for (const path of ["/", "/quiz/", "/blog/six-reasons-to-get-a-massage-for-back-pain/", "/search/"]) {
    await page.goto(path);
    const policy =
      (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")) ?? "";
    const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? "";
    expect(scriptSrc, path).toMatch(/'sha256-/);
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(policy, path).toContain("default-src 'self'");
  }
});

test("WebAssembly (for search) is allowed only on the search page", async ({ page }) => {
  await page.goto("/search/");
  expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")).toContain(
    "wasm-unsafe-eval",
  );
  await page.goto("/");
  expect(
    await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content"),
  ).not.toContain("wasm-unsafe-eval");
});

test("no page sets a cookie or loads anything from another site", async ({ page }) => {
  const foreign: string[] = [];
  const cookies: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) foreign.push(request.url());
  });
  // Every header read is awaited before the checks, and no read starts after them: a read still
  // pending when the test ends fails on the closed page and stops the next test on the worker.
  const reads: Array<Promise<void>> = [];
  const readCookie = (response: Response) => {
    reads.push(
      response.headerValue("set-cookie").then((setCookie) => {
        if (setCookie) cookies.push(`${response.url()}: ${setCookie}`);
      }),
    );
  };
  page.on("response", readCookie);
  for (const path of [
    "/",
    "/massage/",
    "/search/",
    "/quiz/",
    "/blog/six-reasons-to-get-a-massage-for-back-pain/",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Bring the article's quiz into view so its island loads too.
  await page.getByTestId("quiz").scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  page.off("response", readCookie);
  await Promise.all(reads);
  expect(foreign).toEqual([]);
  expect(cookies).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe("");
});
