import { existsSync } from "node:fs";

/**
 * A system Chromium, for machines where Playwright cannot download its own browser (CI here):
 * CHROMIUM_PATH or CHROME_PATH first, then the usual Debian paths. Undefined on a laptop
 * without one, where Playwright's own browser is used.
 */
export function systemChromium(): string | undefined {
  const candidates = [
    process.env["CHROMIUM_PATH"],
    process.env["CHROME_PATH"],
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
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
