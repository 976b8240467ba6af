import { expect, type Locator, type Page } from "@playwright/test";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { CMS_PROXY_PORT, DEV_PORT } from "./servers";

// What the editor's browser tests share (cms.spec.ts, cms-new-entry.spec.ts, cms-preview.spec.ts):
// the real editor (Decap CMS at /admin/, served by `astro dev`) in its local mode, opening entries
// and saving them as a person would.

export const ROOT = resolve(import.meta.dirname, "../..");
export const ADMIN = `http://127.0.0.1:${DEV_PORT}/admin/index.html`;

/** Opens the editor at `hash`; local mode asks for no password: one click on "Login" the first time. */
export async function openEditor(page: Page, hash: string, ready: Locator, timeout = 30_000) {
  await page.goto("about:blank");
  await page.goto(`${ADMIN}#${hash}`);
  const login = page.getByRole("button", { name: "Login" });
  await expect(login.or(ready).first()).toBeVisible({ timeout });
  if (await login.isVisible()) await login.click();
}

export async function openEntry(page: Page, collection: string, slug: string) {
  const field = page.getByRole("textbox", { name: collection === "posts" ? "Title" : "Name" });
  if (page.url().includes(`/admin/index.html#/collections/${collection}`)) {
    // Within a collection, go back to its list and click the entry, as an editor would (changing
    // only the address keeps the previous entry's form).
    await page.getByRole("link", { name: /Writing in/ }).click();
    await page.locator(`a[href$="/collections/${collection}/entries/${slug}"]`).click();
  } else {
    await openEditor(page, `/collections/${collection}/entries/${slug}`, field);
  }
  await expect(field).not.toHaveValue("", { timeout: 30_000 });
  await expect(page).toHaveURL(new RegExp(`/entries/${slug}$`));
}

export async function openFresh(page: Page, hash: string, ready: (page: Page) => Locator) {
  await openEditor(page, hash, ready(page));
  await expect(ready(page)).not.toHaveValue("", { timeout: 30_000 });
}

/** Publishes in local mode and waits until the proxy has written the file. */
export async function publish(page: Page, file: string) {
  const before = existsSync(file) ? statSync(file).mtimeMs : 0;
  await expect(page.getByText("Unsaved Changes")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await expect
    .poll(() => (existsSync(file) ? statSync(file).mtimeMs : 0), { timeout: 20_000 })
    .toBeGreaterThan(before);
  await expect(page.getByText("Changes saved").first()).toBeVisible();
}

/** Console errors on the editor's page (none are expected). */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * Tries to publish: the editor must refuse with these lines (and show `notice`, when given) and leave every file as it was
 * (`status` is `git status --porcelain` in the editor's copy: untracked files count).
 */
export async function publishRefused(
  page: Page,
  status: () => string,
  lines: readonly string[],
  notice?: string,
) {
  await expect(page.getByText("Unsaved Changes")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  const list = page.locator("#editor-check");
  await expect(list).toBeVisible({ timeout: 20_000 });
  // The editor's notice goes after a few seconds: read it as soon as the save is refused.
  if (notice) await expect(page.getByText(notice).first()).toBeVisible();
  await expect(list).toContainText("Not saved");
  for (const line of lines) await expect(list).toContainText(line);
  await page.waitForTimeout(1000);
  await expect(page.getByText("Changes saved")).toHaveCount(0);
  expect(status()).toBe("");
}

/** The pre-save check's message placed under the field labelled `label`. */
export const besideField = (page: Page, label: string | RegExp) =>
  page
    .locator("label", { hasText: label })
    .locator("xpath=..")
    .locator("xpath=following-sibling::p[contains(@class, 'editor-check-field')]");

/**
 * Points the editor at a test file's own proxy instead of the dev server's default one: the proxy's
 * port changes in the configuration and in the page's policy, nothing else. (Chromium then asks
 * before the page reaches 127.0.0.1: the test file grants "local-network-access".)
 */
export async function useOwnProxy(page: Page, port: number) {
  await page.route(/\/admin\/(?:config\.json|index\.html)(?:[?#].*)?$/, async (route) => {
    // A test that edits content/ under the same dev server makes it reload, which may drop a
    // connection once: ask again, as a person reloading the editor would.
    const response = await route.fetch().catch(() => route.fetch());
    const body = (await response.text()).replaceAll(`127.0.0.1:${CMS_PROXY_PORT}`, `127.0.0.1:${port}`);
    await route.fulfill({ response, body });
  });
}
