// npm run docs:screenshots: the browser editor's screenshots in docs/images/, taken from the real
// editor in local mode, so the content guide shows what a marketer sees today. The editor's proxy
// writes into a throwaway git copy of content/: nothing here changes the site's files, and a refused
// save is refused before anything is written anyway.
//
// SHOTS_PORT moves the writing preview (default 4381); the proxy uses the next port.
import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.ts";
import { startEditorProxy } from "./editor-proxy.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SITE_PORT = Number(process.env["SHOTS_PORT"] || 4381);
const PROXY_PORT = SITE_PORT + 1;
const ADMIN = `http://127.0.0.1:${SITE_PORT}/admin/index.html`;
const OUT = join(ROOT, "docs/images");

async function until(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function open(page: Page, hash: string, ready: ReturnType<Page["getByRole"]>) {
  await page.goto("about:blank");
  await page.goto(`${ADMIN}#${hash}`);
  const login = page.getByRole("button", { name: "Login" });
  await login.or(ready).first().waitFor({ timeout: 60_000 });
  if (await login.isVisible()) await login.click();
  await ready.waitFor({ timeout: 60_000 });
}

async function main() {
  const editor = await startEditorProxy(ROOT, {
    port: PROXY_PORT,
    prefix: "shots-repo-",
    mode: "git",
    editorOrigin: `http://127.0.0.1:${SITE_PORT}`,
  });
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const child of children) child.kill();
    editor.stop();
  };
  try {
    children.push(
      spawn(
        process.execPath,
        [
          join(ROOT, "node_modules/astro/bin/astro.mjs"),
          "dev",
          "--host",
          "127.0.0.1",
          "--port",
          String(SITE_PORT),
        ],
        { cwd: ROOT, env: { ...process.env, CMS_PROXY_PORT: String(PROXY_PORT) }, stdio: "ignore" },
      ),
    );
    await until(ADMIN, 120_000);

    const executablePath = systemChromium();
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_FLAGS,
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

    // The posts list, with drafts marked.
    await open(page, "/collections/posts", page.getByText(/^Draft: /).first());
    await page.screenshot({ path: join(OUT, "cms-posts.png") });

    // A post with the preview pane showing it as the site does.
    await open(
      page,
      "/collections/posts/entries/six-reasons-to-get-a-massage-for-back-pain",
      page.getByRole("textbox", { name: "Title" }),
    );
    const pane = page.frameLocator("iframe").first();
    await pane.locator("article").first().waitFor({ timeout: 60_000 });
    // The site's stylesheet reaches the pane a moment later (the writing preview renders it first).
    await page.waitForFunction(
      () => {
        const frame = document.querySelector("iframe")?.contentDocument;
        if (!frame?.querySelector("article")) return false;
        return [...frame.styleSheets].some(
          (sheet) => sheet.href?.endsWith("/admin/preview.css") && sheet.cssRules.length > 0,
        );
      },
      undefined,
      { timeout: 120_000 },
    );
    await page.screenshot({ path: join(OUT, "cms-edit.png") });

    // A refused save: a reviewer without a review date, the message at the top and beside the field.
    await open(
      page,
      "/collections/posts/entries/sciatica-and-massage",
      page.getByRole("textbox", { name: "Title" }),
    );
    await page.getByRole("combobox", { name: "Reviewed by" }).fill("Derrick");
    await page.getByRole("option", { name: "Derrick Allen" }).click();
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Publish now").click();
    await page.locator(".editor-check-field").waitFor({ timeout: 30_000 });
    await page.locator(".editor-check-field").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, "cms-refused.png") });

    // A holiday closure in the practice settings.
    await open(page, "/collections/settings/entries/settings", page.getByRole("textbox", { name: "Phone" }));
    await page.getByRole("button", { name: "Add a holiday or change of hours" }).click();
    await page.keyboard.type("Staff training day");
    const change = page.getByRole("group", { name: /^Change \d+/ }).last();
    await change.getByLabel("First day").fill("2027-01-15");
    await change.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, "cms-holiday.png") });

    // Deleting a published post: refused until its old address is listed under "Addresses that moved".
    await open(
      page,
      "/collections/posts/entries/six-reasons-to-get-a-massage-for-back-pain",
      page.getByRole("textbox", { name: "Title" }),
    );
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: /^Delete (published )?entry$/ }).click();
    const beside = page.locator(".editor-check-field").first();
    await beside.waitFor({ timeout: 60_000 });
    await beside.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, "cms-address-kept.png") });

    // A new Spanish translation of an article: the original picked from the English posts.
    await open(page, "/collections/post-translations-es/new", page.getByRole("textbox", { name: "Title" }));
    await page.getByRole("textbox", { name: "Title" }).fill("Seis razones para recibir un masaje");
    const original = page.getByRole("combobox", { name: "Translation of (the original post)" });
    await original.fill("6 Reasons");
    await page
      .getByRole("option", { name: /6 Reasons/ })
      .first()
      .click();
    await original.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, "cms-translation.png") });

    await browser.close();
    console.log(
      "docs/images: cms-posts.png, cms-edit.png, cms-refused.png, cms-holiday.png, cms-address-kept.png, cms-translation.png",
    );
  } finally {
    stop();
  }
}

await main();
