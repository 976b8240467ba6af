import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { HOST_PORT, hostEmulator } from "./servers.ts";
import { freePort } from "../support/free-port.ts";
import { solidPng } from "../support/png.ts";

// The second wall behind the content checks: a file the build publishes from content/ (under
// /_astro/), a share image (/og/) or the favicon, opened on its own as a document, runs no script
// and loads nothing, whatever it holds. Checked in Chromium through Cloudflare's emulator, which
// applies public/_headers as Cloudflare Pages does, on a throwaway folder holding scripted files at
// those paths; and the site's own pages, which load their scripts and styles from /_astro/, still
// work through the emulator serving the build.

const ROOT = resolve(import.meta.dirname, "../..");
const HOST = `http://127.0.0.1:${HOST_PORT}`;

/** Marks the document when a script runs, and calls home: neither may happen. */
const RUN = "document.documentElement.setAttribute('data-ran','yes');fetch('/beacon').catch(()=>{})";
const SCRIPTED_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="${RUN}">
<script>${RUN}</script>
<image href="/beacon-image" width="1" height="1"/>
<rect width="40" height="40" fill="teal"/>
</svg>
`;
const SCRIPTED_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head>
<body><p>A page where an image should be.</p><script>${RUN}</script><img src="/beacon-image" alt=""></body></html>
`;
const SCRIPTED_FILES = [
  "/_astro/photo.Bx1.svg",
  "/_astro/page.Bx1.html",
  "/og/site/scripted.svg",
  "/favicon.svg",
];

let folder = "";
let port = 0;
let emulator: ChildProcess | undefined;

test.describe.configure({ mode: "serial", timeout: 150_000 });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  mkdirSync(join(ROOT, ".cache"), { recursive: true });
  folder = mkdtempSync(join(ROOT, ".cache", "scripted-files-"));
  for (const path of SCRIPTED_FILES) {
    mkdirSync(join(folder, path, ".."), { recursive: true });
    writeFileSync(join(folder, path), path.endsWith(".svg") ? SCRIPTED_SVG : SCRIPTED_HTML);
  }
  writeFileSync(join(folder, "index.html"), "<!DOCTYPE html><title>home</title>\n");
  // A page using files of each kind from /_astro/, as the site's pages do.
  writeFileSync(join(folder, "_astro/photo.Bx2.png"), solidPng(30, 20));
  writeFileSync(join(folder, "_astro/page.Bx2.css"), "body { color: rgb(1, 2, 3); }\n");
  writeFileSync(join(folder, "_astro/island.Bx2.js"), "document.body.dataset.island = 'hydrated';\n");
  writeFileSync(
    join(folder, "using-files.html"),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>files</title>
<link rel="stylesheet" href="/_astro/page.Bx2.css"></head>
<body><img id="png" src="/_astro/photo.Bx2.png" alt=""><img id="svg" src="/_astro/photo.Bx1.svg" alt="">
<script type="module" src="/_astro/island.Bx2.js"></script></body></html>
`,
  );
  // The headers as the repository has them now (a build copies this file into dist/ unchanged).
  copyFileSync(join(ROOT, "public/_headers"), join(folder, "_headers"));
  port = await freePort();
  emulator = spawn(hostEmulator(folder, port), {
    shell: true,
    cwd: folder,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    stdio: "ignore",
    detached: true,
  });
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error("the host emulator did not start within two minutes");
    await new Promise((next) => setTimeout(next, 500));
  }
});

test.afterAll(() => {
  if (emulator?.pid) {
    try {
      process.kill(-emulator.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * What reached the network (a response came back; a request the policy blocks is reported by the
 * browser but never sent) and what the console said while `during` ran.
 */
async function watch(page: Page, during: () => Promise<void>) {
  const requests: string[] = [];
  const messages: string[] = [];
  const errors: string[] = [];
  page.on("response", (response) => requests.push(new URL(response.url()).pathname));
  page.on("console", (message) => {
    messages.push(message.text());
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await during();
  return { requests, messages, errors };
}

for (const path of SCRIPTED_FILES) {
  test(`${path} with a script, opened on its own, runs nothing and loads nothing`, async ({ page }) => {
    let policy: string | undefined;
    const seen = await watch(page, async () => {
      const response = await page.goto(`http://127.0.0.1:${port}${path}`);
      expect(response?.status()).toBe(200);
      policy = response?.headers()["content-security-policy"];
      // Long enough for a load handler and a request to happen, were they allowed.
      await page.waitForTimeout(1500);
    });
    expect(
      await page.evaluate(() => document.documentElement.getAttribute("data-ran")),
      "a script ran",
    ).toBeNull();
    expect(seen.requests.filter((request) => request.startsWith("/beacon"))).toEqual([]);
    // Chromium says why: the sandbox blocks the script.
    expect(seen.messages.join("\n")).toMatch(/Blocked script execution|Refused to/);
    expect(policy).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });
}

test("a page still uses a stylesheet, a script and images from /_astro/ under that policy", async ({
  page,
}) => {
  await page.goto(`http://127.0.0.1:${port}/using-files.html`);
  await expect(page.locator("body")).toHaveAttribute("data-island", "hydrated");
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(1, 2, 3)");
  for (const id of ["png", "svg"]) {
    await expect
      .poll(() =>
        page.locator(`#${id}`).evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth),
      )
      .toBeGreaterThan(0);
  }
  // An SVG shown as an image runs no script either (a browser never runs one there).
  expect(await page.evaluate(() => document.documentElement.getAttribute("data-ran"))).toBeNull();
});

test("the quiz still loads its scripts from /_astro/, hydrates and suggests a massage, with no console error", async ({
  page,
}) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => failed.push(`failed ${request.url()}`));
  const seen = await watch(page, async () => {
    await page.goto(`${HOST}/quiz/`);
    const quiz = page.getByTestId("quiz");
    await expect(page.locator("astro-island").filter({ has: quiz })).not.toHaveAttribute("ssr", {
      timeout: 15_000,
    });
    await quiz.getByLabel("None of these").check();
    await quiz.getByRole("button", { name: "Next" }).click();
    for (const label of [
      "Lower back",
      "4 to 12 weeks",
      "Desk work or posture",
      "Medium",
      "To work out knots",
      "No",
    ]) {
      await quiz.getByLabel(label, { exact: true }).check();
      await quiz.getByRole("button", { name: "Next" }).click();
    }
    await expect(page.getByTestId("quiz-result")).toHaveAttribute("data-result-kind", "suggestion");
  });
  const scripts = seen.requests.filter((request) => request.startsWith("/_astro/"));
  expect(scripts.length, "the island's scripts come from /_astro/").toBeGreaterThan(0);
  expect(failed).toEqual([]);
  expect(seen.errors, "console errors and uncaught exceptions").toEqual([]);
});
