import { expect, test } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { sitemapPaths } from "./pages.ts";

// The content editor lives at /admin/ of the built site but is invisible to the public.
test("the editor's page is noindex, has its own policy and loads only the site's own files", async ({
  page,
}) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const response = await page.goto("/admin/");
  expect(response?.status()).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("connect-src 'self' blob: https://api.github.com;");
  expect(csp).toContain("object-src 'none'");
  // The editor starts (its login screen) with every script from this site: nothing from a CDN.
  await expect(page.getByRole("button", { name: /Login with GitHub/i })).toBeVisible({ timeout: 30_000 });
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual([]);
});

test("no public page, the sitemap or the feed mentions the editor", () => {
  expect(sitemapPaths().filter((path) => path.includes("/admin"))).toEqual([]);
  expect(readFileSync("dist/rss.xml", "utf8")).not.toContain("/admin");
  const pages = readdirSync("dist", { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".html") && !file.startsWith("admin"),
  );
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    const html = readFileSync(join("dist", file), "utf8");
    expect(html, file).not.toMatch(/decap|\/admin\//i);
  }
});

test("the built editor carries the site's checks, and the content they need names no draft", async ({
  request,
}) => {
  const script = await request.get("/admin/editor.js");
  expect(script.status()).toBe(200);
  // The build's own rules and catalogue, bundled: a catalogue sentence is in the script.
  expect(await script.text()).toContain("is not a real date");
  const checks = (await (await request.get("/admin/checks.json")).json()) as {
    posts: Array<{ file: string; text: string }>;
    files: string[];
  };
  const draft = "content/posts/sciatica-and-massage.mdx";
  const onDisk = readFileSync(draft, "utf8");
  expect(onDisk).toMatch(/^draft: true$/m);
  const published = checks.posts.find((post) => post.file.endsWith("/massage-stress-and-sleep.mdx"));
  expect(published?.text).toBe(readFileSync("content/posts/massage-stress-and-sleep.mdx", "utf8"));
  expect(checks.posts.map((post) => post.file)).not.toContain(draft);
  expect(checks.files).not.toContain(draft);
});
