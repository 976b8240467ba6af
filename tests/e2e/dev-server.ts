// The writing preview (`npm run dev`) is one server for every browser test, and some of them save
// files in content/ while others read pages: Vite answers each save with a full reload of every open
// page, which aborts a navigation in progress. These helpers open a page again when that happens.
import { expect, type Page } from "@playwright/test";
import { DEV_PORT } from "./servers";

export const DEV = `http://127.0.0.1:${DEV_PORT}`;

// A minute: on a busy 2-core machine (another test building the site alongside) one reload of the
// preview took over 30 s in CI.
const PATIENCE = { timeout: 60_000, intervals: [500, 1000, 2000] };

/** Opens `path` in the preview and runs `check` on it, from the start again if the page reloads. */
export async function openInDev(page: Page, path: string, check: () => Promise<void> = async () => {}) {
  await expect(async () => {
    await page.goto(`${DEV}${path}`);
    await check();
  }).toPass(PATIENCE);
}

/** Reloads until the page's text (and the error overlay's) matches: a saved file shows within a moment. */
export async function expectDevPage(page: Page, path: string, pattern: RegExp) {
  await expect
    .poll(async () => {
      try {
        await page.goto(`${DEV}${path}`);
        await page.waitForLoadState("networkidle");
        // Astro's error overlay draws the message inside its own shadow root.
        return await page.evaluate(() => {
          const overlay = document.querySelector("vite-error-overlay");
          return `${overlay?.shadowRoot?.textContent ?? ""}\n${document.body?.innerText ?? ""}`;
        });
      } catch {
        return ""; // the preview reloaded the page while it saw a file change: look again
      }
    }, PATIENCE)
    .toMatch(pattern);
}
