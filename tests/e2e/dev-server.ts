// The writing preview (`npm run dev`) is one server shared by the specs that only read it, two of
// them at a time. A spec that saves files in content/ starts its own preview on a copy of the site
// (`devOnCopy`): Vite answers each save with a full reload of every open page, and a mistake saved
// in a shared file would show on every other spec's pages meanwhile. The helpers below open a page
// again when a reload aborts a navigation.
import { expect, type Page } from "@playwright/test";
import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ASTRO, astroEnvironment, copySite } from "../../scripts/site-copy.ts";
import { freePort } from "../support/free-port.ts";
import { POST_FIELDS } from "../support/minimal-site.ts";
import { DEV_PORT } from "./servers.ts";

export const DEV = `http://127.0.0.1:${DEV_PORT}`;

// A minute: on a busy 2-core machine (another test building the site alongside) one reload of the
// preview took over 30 s in CI.
export const PATIENCE = { timeout: 60_000, intervals: [500, 1000, 2000] };

/** Opens `path` in the preview and runs `check` on it, from the start again if the page reloads. */
export async function openInDev(page: Page, path: string, check: () => Promise<void> = async () => {}) {
  await expect(async () => {
    await page.goto(`${DEV}${path}`);
    await check();
  }).toPass(PATIENCE);
}

/**
 * Reloads until the page's text (and the error overlay's) matches: a saved file shows within a moment.
 * `origin` is the preview's address (the shared one unless a spec runs its own).
 */
export async function expectDevPage(page: Page, path: string, pattern: RegExp, origin = DEV) {
  await expect
    .poll(async () => {
      try {
        // Within the poll's minute, so that a preview that stops answering says so.
        await page.goto(`${origin}${path}`, { timeout: 45_000 });
        await page.waitForLoadState("networkidle");
        // Astro's error overlay draws the message inside its own shadow root.
        return await page.evaluate(() => {
          const overlay = document.querySelector("vite-error-overlay");
          return `${overlay?.shadowRoot?.textContent ?? ""}\n${document.body?.innerText ?? ""}`;
        });
      } catch (error) {
        // The preview reloaded the page while it saw a file change: look again. Said in the
        // failure's "received" text, addresses left out so that no pattern can match them.
        const reason = String((error as Error).message ?? error).split("\n")[0]!;
        return `(no page read: ${reason.replace(/https?:\/\/\S+/g, "<address>")})`;
      }
    }, PATIENCE)
    .toMatch(pattern);
}

export interface DevCopy {
  /** The copy's folder: write its content/ freely. */
  dir: string;
  /** The preview's latest output (its terminal, the last 20,000 characters unless told), for a failed test's report. */
  output: (characters?: number) => string;
  /** The copy's preview, e.g. http://127.0.0.1:40123 */
  origin: string;
  port: number;
  stop: () => void;
}

/**
 * `astro dev` on a throwaway copy of the site, on a free port, for a spec that saves files in
 * content/ (`env`: e.g. CMS_PROXY_PORT for the editor's proxy). Resolves once the preview answers.
 */
export async function devOnCopy(env: Record<string, string> = {}): Promise<DevCopy> {
  const copy = copySite();
  const port = await freePort();
  // What the preview prints goes to a file, as a person running `npm run dev` would see it: a
  // pipe read by this test process could fill while the test waits and stop the preview (Node
  // writes to a pipe synchronously). Outside the copy, where no watcher sees it change.
  const logDir = mkdtempSync(join(tmpdir(), "dev-on-copy-"));
  const log = join(logDir, "npm-run-dev.log");
  const logFile = openSync(log, "w");
  const dev = spawn(process.execPath, [ASTRO, "dev", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: copy.dir,
    env: astroEnvironment(env),
    stdio: ["ignore", logFile, logFile],
  });
  closeSync(logFile);
  let exit = "";
  dev.on("exit", (code, signal) => (exit = `\n(the preview stopped: exit code ${code}, signal ${signal})`));
  const output = (characters = 20_000) => `${readFileSync(log, "utf8").slice(-characters)}${exit}`;
  const stop = () => {
    dev.kill();
    copy.remove();
    rmSync(logDir, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    // A new preview compiles the home page on its first request: under a heavy load (a load
    // average of 30 on two cores) that took over two minutes.
    await expect
      .poll(
        () =>
          fetch(origin).then(
            (response) => response.status,
            () => 0,
          ),
        {
          timeout: 240_000,
          intervals: [500],
        },
      )
      .toBe(200);
    await untilFilesAreWatched(copy.dir, origin);
  } catch (error) {
    stop();
    throw error;
  }
  return { dir: copy.dir, origin, port, stop, output };
}

/**
 * The preview answers before its file watcher has read the whole folder, and a file created in that
 * moment is taken for one that was already there: Astro never loads it, and its page says "could
 * not be loaded yet" until the file is saved again (seen once in CI: 59 s, the preview printing
 * nothing). So a preview on a copy is ready once a post written now shows, saved again until it does.
 */
async function untilFilesAreWatched(dir: string, origin: string): Promise<void> {
  const slug = "e2e-throwaway-watch-probe";
  const file = join(dir, "content/posts", `${slug}.mdx`);
  const title = "A post that shows the preview sees new files";
  let saves = 0;
  const save = () =>
    writeFileSync(
      file,
      `---\n${POST_FIELDS.replace(/^title: .*$/m, `title: "${title}"`)}\n---\n\nSaved ${++saves} times.\n`,
    );
  save();
  const since = Date.now();
  try {
    await expect
      .poll(
        async () => {
          const text = await fetch(`${origin}/blog/${slug}/`).then(
            (response) => response.text(),
            () => "",
          );
          if (text.includes(title)) return true;
          // Astro's page for a file it has not loaded; or, whatever the answer, a while without it.
          if (text.includes("could not be loaded yet") || Date.now() - since > 15_000) save();
          return false;
        },
        { timeout: 120_000, intervals: [1000, 2000, 5000] },
      )
      .toBe(true);
  } finally {
    rmSync(file, { force: true });
  }
}
