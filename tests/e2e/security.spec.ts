import { expect, test, type Response } from "@playwright/test";
import { SITE_POLICY_DIRECTIVES } from "../../src/lib/html/policy.ts";
import { DEV, openInDev } from "./dev-server.ts";

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

// The preview is the live site: should a handler or a script link ever reach a page, it does
// nothing in `npm run dev`, in the built site or in the editor (whose preview pane is a frame of
// its page and takes its policy). The elements are put into each page as a missed check would.
for (const [where, url] of [
  ["the built site", "/blog/six-reasons-to-get-a-massage-for-back-pain/"],
  ["npm run dev", `${DEV}/blog/six-reasons-to-get-a-massage-for-back-pain/`],
  ["the editor's page in npm run dev", `${DEV}/admin/index.html`],
] as const) {
  test(`an inline handler or a javascript: link does nothing in ${where}`, async ({ page }) => {
    test.setTimeout(120_000);
    await openInDev(page, "/", async () => {}); // the preview is up before its pages are read
    // The editor's page loads a large script: its document and policy are there before it runs.
    await page.goto(url, { waitUntil: "domcontentloaded" });
    const outcome = await page.evaluate(async () => {
      const marks = window as unknown as { ran?: string[] };
      marks.ran = [];
      const blocked: string[] = [];
      document.addEventListener("securitypolicyviolation", (event) => blocked.push(event.violatedDirective));
      const box = document.createElement("div");
      box.innerHTML =
        '<a id="attack-link" href="javascript:window.ran.push(\'link\')">link</a>' +
        '<button id="attack-button" onclick="window.ran.push(\'handler\')">button</button>' +
        '<img id="attack-image" src="data:," onerror="window.ran.push(\'onerror\')" alt="">';
      document.body.append(box);
      (document.getElementById("attack-link") as HTMLAnchorElement).click();
      (document.getElementById("attack-button") as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { ran: marks.ran, blocked };
    });
    expect(outcome.ran).toEqual([]);
    expect(outcome.blocked.length).toBeGreaterThanOrEqual(2);
    expect(outcome.blocked.every((directive) => directive.startsWith("script-src"))).toBe(true);
  });
}

test("npm run dev sends the live site's directives, and the quiz still works under them", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      violations.push(message.text());
  });
  let policy = "";
  await openInDev(page, "/quiz/", async () => {
    const response = await page.goto(`${DEV}/quiz/`);
    policy = (await response?.headerValue("content-security-policy")) ?? "";
    await expect(page.locator("astro-island")).not.toHaveAttribute("ssr", { timeout: 30_000 });
  });
  for (const directive of SITE_POLICY_DIRECTIVES) expect(policy).toContain(directive);
  expect(/script-src([^;]*)/.exec(policy)?.[1]).not.toContain("unsafe-inline");
  const quiz = page.getByTestId("quiz");
  await quiz.getByLabel("None of these").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  await expect(quiz.getByRole("heading", { name: "Step 2 of 7" })).toBeVisible();
  expect(violations).toEqual([]);
});

/** A policy as directive name → its sources, without hashes (each build and preview writes its own). */
function sourcesOf(policy: string): Map<string, Set<string>> {
  const directives = new Map<string, Set<string>>();
  for (const directive of policy.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    const known = directives.get(name) ?? new Set<string>();
    for (const source of sources) if (!source.startsWith("'sha256-")) known.add(source);
    directives.set(name, known);
  }
  return directives;
}

test("npm run dev: each page allows what its built page allows, and nothing more", async ({ page }) => {
  // The one thing the preview adds is for its own tooling: Vite inserts each stylesheet as an
  // inline <style> while it runs.
  const previewOnly = new Map([["style-src", new Set(["'unsafe-inline'"])]]);
  for (const path of ["/", "/quiz/", "/search/", "/es/search/", "/first-visit/", "/blog/"]) {
    await page.goto(path);
    const built =
      (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")) ?? "";
    let preview = "";
    await openInDev(page, path, async () => {
      const response = await page.goto(`${DEV}${path}`);
      preview = (await response?.headerValue("content-security-policy")) ?? "";
    });
    const expected = sourcesOf(built);
    for (const [name, sources] of previewOnly) for (const source of sources) expected.get(name)?.add(source);
    expect(
      Object.fromEntries([...sourcesOf(preview)].map(([name, set]) => [name, [...set].sort()])),
      path,
    ).toEqual(Object.fromEntries([...expected].map(([name, set]) => [name, [...set].sort()])));
  }
});
