import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { CMS_PROXY_PORT, DEV_PORT } from "./servers.ts";

// What the editor's browser tests share (cms.spec.ts, cms-new-entry.spec.ts, cms-preview.spec.ts):
// the real editor (Decap CMS at /admin/, served by `astro dev`) in its local mode, opening entries
// and saving them as a person would.

export const ROOT = resolve(import.meta.dirname, "../..");
export const ADMIN = `http://127.0.0.1:${DEV_PORT}/admin/index.html`;

/**
 * Pages that stay open for a whole test file (`sharedEditorPage`): whether the next test must load
 * the editor afresh, and which of Decap's questions this test answers "yes".
 */
const sessions = new WeakMap<Page, { reload: boolean; yes: RegExp[] }>();
/** Decap's question when an entry with unsaved changes is left (its English locale). */
const LEAVE_QUESTION = /leave this page/;

/**
 * One editor page for a test file's tests in this worker: a page load is about 7 s of Chromium
 * running Decap's script, most of a short test. `openEditor` then moves inside the editor, leaving
 * the previous test's unsaved form as a person would (the editor asks; the page says yes). Call
 * `nextEditorTest` before each test. `port`: the test file's own editor proxy (`useOwnProxy`).
 */
export async function sharedEditorPage(browser: Browser, port?: number): Promise<Page> {
  const context = await browser.newContext(port ? { permissions: ["local-network-access"] } : {});
  const page = await context.newPage();
  if (port) await useOwnProxy(page, port);
  const session = { reload: true, yes: [] as RegExp[] };
  sessions.set(page, session);
  // Any other question gets "no", as with Playwright's default (a recovered backup of a form left
  // unsaved is not used).
  page.on("dialog", (dialog) => {
    const yes =
      dialog.type() === "beforeunload" ||
      [LEAVE_QUESTION, ...session.yes].some((question) => question.test(dialog.message()));
    void (yes ? dialog.accept() : dialog.dismiss());
  });
  return page;
}

/**
 * Before each test on a shared page. `saved`: the last test saved a file, which the test file then
 * puts back to the commit; the editor remembers what it saved, so the next test loads it afresh.
 */
export function nextEditorTest(page: Page, { saved }: { saved: boolean }) {
  const session = sessions.get(page);
  if (!session) return;
  if (saved) session.reload = true;
  session.yes = [];
}

/** In this test, the shared page answers "yes" to the editor's questions that match. */
export function answerYes(page: Page, question: RegExp) {
  sessions.get(page)?.yes.push(question);
}

/**
 * Within an open editor, to `hash` through its collection's list (or to the list itself): with only
 * the address changed, Decap keeps the open form.
 */
async function moveInEditor(page: Page, hash: string, ready: Locator, timeout: number) {
  const list = /^\/collections\/[^/]+/.exec(hash)?.[0] ?? "/";
  const goTo = (to: string) =>
    page.evaluate((address) => {
      location.hash = address;
    }, to);
  await goTo(list);
  await expect(page).toHaveURL(new RegExp(`#${list}$`));
  if (hash === list) {
    await expect(ready).toBeVisible({ timeout });
    return;
  }
  await expect(ready).toHaveCount(0);
  // Then on, as a person would, once the list has drawn: an entry opened while its collection's
  // list was still loading mounted Decap's toolbar with no entry, and its "View Live" link threw
  // ("Cannot read properties of undefined (reading 'get')", seen once the runs got faster).
  const link = page.locator(`a[href$="${hash}"]`).first();
  await expect(link).toBeVisible({ timeout });
  await link.click();
  await expect(ready).toBeVisible({ timeout });
}

/**
 * Opens the editor at `hash`; local mode asks for no password: one click on "Login" the first time.
 * On a shared page that shows the editor already, it moves there inside the editor instead.
 */
export async function openEditor(page: Page, hash: string, ready: Locator, timeout = 30_000) {
  const session = sessions.get(page);
  if (session && !session.reload && page.url().startsWith(ADMIN)) {
    await moveInEditor(page, hash, ready, timeout);
    return;
  }
  if (session) session.reload = false;
  await page.goto("about:blank");
  await page.goto(`${ADMIN}#${hash}`);
  const login = page.getByRole("button", { name: "Login" });
  await expect(login.or(ready).first()).toBeVisible({ timeout });
  if (await login.isVisible()) await login.click();
}

export async function openEntry(page: Page, collection: string, slug: string) {
  // Posts and their translations are named by a title; massage types and team members by a name.
  const titled = collection === "posts" || collection.startsWith("post-translations-");
  const field = page.getByRole("textbox", { name: titled ? "Title" : "Name" });
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
