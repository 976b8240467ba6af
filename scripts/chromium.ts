import { existsSync } from "node:fs";

const firstExisting = (candidates: (string | undefined)[]) =>
  candidates.find((path): path is string => Boolean(path) && existsSync(path as string));

/**
 * A system Chromium, for machines where Playwright cannot download its own browser (CI here):
 * CHROMIUM_PATH or CHROME_PATH first, then the usual Debian paths. Undefined on a laptop
 * without one, where Playwright's own browser is used. Lighthouse runs in this full browser, as a
 * phone's Chrome does.
 */
export function systemChromium(): string | undefined {
  return firstExisting([
    process.env["CHROMIUM_PATH"],
    process.env["CHROME_PATH"],
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ]);
}

/**
 * The browser for the tests: Chromium's headless shell (Debian's `chromium-headless-shell`) when
 * there is one, the browser Playwright itself runs headless tests in, with the same engine and
 * half the full browser's CPU on this site's pages (docs/decisions/test-browser.md); otherwise
 * `systemChromium()`. CHROMIUM_PATH or CHROME_PATH still choose.
 */
export function testChromium(): string | undefined {
  return (
    firstExisting([
      process.env["CHROMIUM_PATH"],
      process.env["CHROME_PATH"],
      "/usr/bin/chromium-headless-shell",
    ]) ?? systemChromium()
  );
}

/** Flags that let headless Chromium run as root in a container with no network of its own. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
