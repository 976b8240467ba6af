import { spawn, type ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { builtVariant } from "../support/site-variant.ts";
import { serveStatic } from "../support/static-server.ts";
import { GONE, LIST_PAGE_LEFT, MOVED, publishedVariant } from "../support/variants.ts";
import { hostEmulator, REDIRECTS_HOST_PORT } from "./servers.ts";
import { axe } from "./axe.ts";

// Old addresses as visitors meet them: through Cloudflare's emulator, which reads dist/_redirects as
// Cloudflare Pages and Netlify do, and through a host without rules (GitHub Pages; here a plain
// static server), where the page the build leaves at the old address must send the visitor on.
// The site is the published variant (tests/support/variants.ts): a renamed post and a removed one.
const HOST = `http://127.0.0.1:${REDIRECTS_HOST_PORT}`;
let host: ChildProcess | undefined;
let plain: { url: string; server: Server } | undefined;

// axe on a busy two-core machine takes most of the default half minute.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  // The variant is shared with the build tests; the first to ask builds it (minutes on two cores).
  test.setTimeout(900_000);
  const site = builtVariant(await publishedVariant());
  expect(site.ok, site.output.slice(-2000)).toBe(true);
  const dist = join(site.dir, "dist");
  plain = await serveStatic(dist, "/");
  let output = "";
  host = spawn(hostEmulator(dist, REDIRECTS_HOST_PORT), {
    shell: true,
    detached: true,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  host.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  host.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = () =>
    fetch(HOST).then(
      (response) => response.status,
      () => 0,
    );
  const deadline = Date.now() + 110_000;
  while ((await status()) !== 200) {
    if (host.exitCode !== null || Date.now() > deadline)
      throw new Error(`the emulator did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(() => {
  if (host?.pid && host.exitCode === null) process.kill(-host.pid);
  plain?.server.close();
});

test("the host answers the old address with 301 and the new one, with or without the final slash", async ({
  request,
}) => {
  for (const old of [MOVED.from, MOVED.from.slice(0, -1)]) {
    const response = await request.get(`${HOST}${old}`, { maxRedirects: 0 });
    expect(response.status(), old).toBe(301);
    expect(new URL(response.headers()["location"] ?? "", HOST).pathname).toBe(MOVED.to);
  }
  const moved = await request.get(`${HOST}${MOVED.to}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(200);
});

test("a page of the article list that the list no longer reaches answers 301 to the list", async ({
  request,
}) => {
  const response = await request.get(`${HOST}${LIST_PAGE_LEFT}`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers()["location"] ?? "", HOST).pathname).toBe("/blog/");
});

test("a gone address gets its page, not indexed (the host sends no 410 from static files)", async ({
  request,
  page,
}) => {
  // Cloudflare Pages and Netlify serve a static file with 200 and accept no 410 rule in _redirects
  // (docs/decisions/redirects.md); the page itself tells people and search engines.
  const response = await request.get(`${HOST}${GONE}`, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  await page.goto(`${HOST}${GONE}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is no longer here");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  await page.getByRole("link", { name: "Search the site" }).click();
  await expect(page).toHaveURL(`${HOST}/search/`);
  await page.goBack();
  const { violations } = await axe(page).analyze();
  expect(violations).toEqual([]);
});

test("the sitemap lists the new address and neither old one", async ({ request }) => {
  const sitemap = await (await request.get(`${HOST}/sitemap-0.xml`)).text();
  expect(sitemap).toContain(`${MOVED.to}</loc>`);
  expect(sitemap).not.toContain(MOVED.from);
  expect(sitemap).not.toContain(GONE);
});

test("without host rules, the page at the old address sends the browser on, says where, and is not indexed", async ({
  page,
  request,
}) => {
  const old = `${plain!.url}${MOVED.from}`;
  // What a search engine reads there before the refresh.
  const html = await (await request.get(old)).text();
  const document = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "text/html");
    return {
      robots: doc.querySelector('meta[name="robots"]')?.getAttribute("content"),
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      link: doc.querySelector('[data-testid="moved-to"]')?.getAttribute("href"),
      words: [...doc.querySelectorAll("main h1, main p")].map((element) => element.textContent?.trim()),
    };
  }, html);
  expect(document.robots).toBe("noindex");
  expect(new URL(document.canonical ?? "").pathname).toBe(MOVED.to);
  expect(document.words).toEqual(["This page has moved", "It is now at this address:", MOVED.to]);
  expect((await request.get(new URL(document.link ?? "", old).href)).status()).toBe(200);

  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(old);
  await expect(page).toHaveURL(`${plain!.url}${MOVED.to}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/knots/i);
  expect(errors).toEqual([]);
});
