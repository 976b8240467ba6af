import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { devOnCopy, expectDevPage as expectPage, PATIENCE, type DevCopy } from "./dev-server.ts";
import { freePort } from "../support/free-port.ts";
import { startEditorProxy, type EditorProxy } from "../../scripts/editor-proxy.ts";

// A throwaway draft the test owns, so no real post is ever edited; removed even when the test fails.
const SLUG = "e2e-throwaway-broken-post";
const FILE = `content/posts/${SLUG}.mdx`;
const FIELDS = `title: "A throwaway post for the writing-preview test"
description: "Written and removed by an end-to-end test of how the writing preview reports content mistakes."
pubDate: 2026-03-14
author: clinical-team
tags: [posture]
draft: true`;

// These tests save mistakes in content/, so they run their own preview on a copy of the site
// (tests/e2e/dev-server.ts), and the editor's proxy it names: the specs reading the shared preview
// never see a broken file. One file change at a time: the preview's module graph is shared.
let dev: DevCopy;
let proxy: EditorProxy | undefined;
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const proxyPort = await freePort();
  dev = await devOnCopy({ CMS_PROXY_PORT: String(proxyPort) });
  proxy = await startEditorProxy(dev.dir, {
    port: proxyPort,
    prefix: "dev-errors-",
    mode: "fs",
    editorOrigin: dev.origin,
  });
});

test.afterAll(() => {
  proxy?.stop();
  dev?.stop();
});

// A failed test's report holds what the preview printed meanwhile: whether it saw the save, read a
// broken file or stopped. Its end is printed too: the run's log keeps it where the report's copy
// of an attachment stops at 300 characters.
test.afterEach(async () => {
  const testInfo = test.info();
  if (!dev || testInfo.status === testInfo.expectedStatus) return;
  const output = dev.output();
  await testInfo.attach("npm run dev output", { body: output, contentType: "text/plain" });
  // The page's own message repeats on every reload and fills the tail: what the loader and the
  // watcher said about files (read, failed, left out) is printed first, once each.
  const aboutFiles = [
    ...new Set(
      dev
        .output(Infinity)
        .split("\n")
        .filter((line) => /Reloaded data|Failed to reload|Left out|glob-loader/.test(line)),
    ),
  ];
  console.log(
    `What the preview said about files:\n${aboutFiles.slice(-40).join("\n")}\n\nThe preview's last output:\n${output.slice(-3000)}`,
  );
});

const inCopy = (file: string) => join(dev.dir, file);
const write = (frontmatter: string) =>
  writeFileSync(inCopy(FILE), `---\n${frontmatter}\n---\n\nBody text.\n`);
const expectDevPage = (page: Page, path: string, pattern: RegExp) =>
  expectPage(page, path, pattern, dev.origin);

test("npm run dev: a broken post shows what to fix, other pages keep working, saving the fix recovers", async ({
  page,
}) => {
  test.setTimeout(300_000);
  try {
    write(FIELDS);
    await expectDevPage(page, `/blog/${SLUG}/`, /A throwaway post for the writing-preview test/);

    // 1. A YAML mistake: a tab.
    write(FIELDS.replace("author:", "\tauthor:"));
    await expectDevPage(
      page,
      `/blog/${SLUG}/`,
      new RegExp(`${FILE}:5 +This line is indented with a tab\\. Indent with spaces only`),
    );
    await expectDevPage(
      page,
      "/blog/massage-stress-and-sleep/",
      /Massage, Stress and Sleep: What to Expect and How to Unwind/,
    );

    // 2. An image that is not there.
    write(`${FIELDS}\nheroImage: ./images/not-there.jpg\nheroAlt: "A desk"`);
    await expectDevPage(
      page,
      `/blog/${SLUG}/`,
      new RegExp(
        `${FILE}:8 +heroImage "\\./images/not-there\\.jpg": there is no file content/posts/images/not-there\\.jpg\\.`,
      ),
    );
    await expectDevPage(page, "/massage/swedish/", /Swedish/);

    // 3. Fixed: the page is back without a restart.
    write(FIELDS);
    await expectDevPage(page, `/blog/${SLUG}/`, /A throwaway post for the writing-preview test/);
  } finally {
    rmSync(inCopy(FILE), { force: true });
  }
});

test("npm run dev: pasted HTML that the live site would block stops the preview too", async ({ page }) => {
  test.setTimeout(120_000);
  const file = "content/posts/e2e-throwaway-iframe.mdx";
  try {
    writeFileSync(
      inCopy(file),
      `---\n${FIELDS.replace("writing-preview test", "preview-equals-live test")}\n---\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n`,
    );
    await expectDevPage(
      page,
      "/blog/e2e-throwaway-iframe/",
      /e2e-throwaway-iframe\.mdx:\d+ +<iframe> is not allowed in a post[\s\S]*<YouTube id="dQw4w9WgXcQ"/,
    );
  } finally {
    rmSync(inCopy(file), { force: true });
  }
});

test("npm run dev: code in braces is refused by name in the error overlay", async ({ page }) => {
  test.setTimeout(120_000);
  const file = "content/posts/e2e-throwaway-expression.mdx";
  try {
    writeFileSync(
      inCopy(file),
      `---\n${FIELDS.replace("writing-preview test", "code-in-braces test")}\n---\n\nThis machine's home folder is {process.env.HOME}.\n`,
    );
    await expectDevPage(
      page,
      "/blog/e2e-throwaway-expression/",
      /e2e-throwaway-expression\.mdx:10 +\{process\.env\.HOME\} is code\. Posts and pages hold text only: nothing in them runs\./,
    );
  } finally {
    rmSync(inCopy(file), { force: true });
  }
});

test("npm run dev: a javascript: link in a post shows the link and the fix in the error overlay", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const file = "content/posts/e2e-throwaway-unsafe-link.mdx";
  try {
    writeFileSync(
      inCopy(file),
      `---\n${FIELDS.replace("writing-preview test", "unsafe-link preview test")}\n---\n\nRead [this first](javascript:alert(1)) before you book.\n`,
    );
    await expectDevPage(
      page,
      "/blog/e2e-throwaway-unsafe-link/",
      /e2e-throwaway-unsafe-link\.mdx:10 +The link to javascript:alert\(1\) is not allowed: a link may only open a page of this site[\s\S]*Replace it with one of those/,
    );
  } finally {
    rmSync(inCopy(file), { force: true });
  }
});

// The editor is served by the same preview: a mistake in a file it reads must not stop it.
test("npm run dev: with a mistake in the settings the editor still opens, and the pages show the mistake", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const file = inCopy("content/settings.yaml");
  const good = readFileSync(file, "utf8");
  const broken = good.replace('from: "2026-12-31"', 'from: "2026-11-31"');
  expect(broken).not.toBe(good);
  try {
    writeFileSync(file, broken);
    await expectDevPage(
      page,
      "/",
      /content\/settings\.yaml:\d+ +hours\.exceptions\.1\.from "2026-11-31" is not accepted\. This date does not exist in the calendar; write a real day as YYYY-MM-DD/,
    );

    const config = await page.request.get(`${dev.origin}/admin/config.json`);
    expect(config.status()).toBe(200);
    const { config: editor } = (await config.json()) as { config: { collections: { label: string }[] } };
    expect(editor.collections.map((collection) => collection.label)).toContain("Practice settings");

    await page.goto("about:blank");
    await page.goto(`${dev.origin}/admin/index.html`);
    const login = page.getByRole("button", { name: "Login" });
    const settingsLink = page.getByRole("link", { name: "Practice settings" });
    await expect(login.or(settingsLink).first()).toBeVisible({ timeout: 30_000 });
    if (await login.isVisible()) await login.click();
    for (const name of ["Posts", "Massage types", "Site words", "Practice settings"]) {
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    }
  } finally {
    writeFileSync(file, good);
  }
  await expectDevPage(page, "/", /Still Point Massage Therapy/);
});

test("npm run dev: a mistake in the FAQ file shows on the FAQ page; the home page and the editor keep working", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const file = inCopy("content/faq.yaml");
  const good = readFileSync(file, "utf8");
  const broken = good.replace(
    "  - question: Do you sell gift cards?\n",
    "  - question: Do you sell gift cards?\n    answr: Yes.\n",
  );
  expect(broken).not.toBe(good);
  try {
    writeFileSync(file, broken);
    await expectDevPage(page, "/faq/", /content\/faq\.yaml:\d+ +.*answr/);
    await expectDevPage(page, "/", /Still Point Massage Therapy/);
    expect((await page.request.get(`${dev.origin}/admin/config.json`)).status()).toBe(200);
  } finally {
    writeFileSync(file, good);
  }
  await expectDevPage(page, "/faq/", /Do you sell gift cards\?/);
});

test("npm run dev: a changed title shows without a restart, also when the save is seen half-written", async ({
  page,
}) => {
  test.setTimeout(240_000);
  // A new name each run: a preview kept running between runs (reuseExistingServer) was seen not to
  // list a post file deleted and written again under the same name.
  const slug = `e2e-throwaway-title-${Date.now()}`;
  const file = inCopy(`content/posts/${slug}.mdx`);
  const text = (title: string) =>
    `---\n${FIELDS.replace("A throwaway post for the writing-preview test", title)}\n---\n\nBody text.\n`;
  try {
    writeFileSync(file, text("A throwaway title, first version"));
    await expectDevPage(page, `/blog/${slug}/`, /A throwaway title, first version/);
    // A save that empties the file and writes it a moment later, as Node's writeFile (and so the
    // editor's local proxy) does: the watcher sees the empty file and lets the second change pass
    // unreported when it comes within its 50 ms. Each gap twice, so that two saves in a row are seen
    // half-written: the second one was skipped (the digest of the empty file had not changed).
    for (const [round, gap] of [10, 20, 30, 40, 10, 20, 30, 40].entries()) {
      const title = `A throwaway title, saved in two steps ${gap} ms apart, save ${round + 1}`;
      const handle = openSync(file, "w");
      await new Promise((done) => setTimeout(done, gap));
      writeSync(handle, text(title));
      closeSync(handle);
      await expectDevPage(page, `/blog/${slug}/`, new RegExp(title));
    }
  } finally {
    rmSync(file, { force: true });
  }
});

test("npm run dev: a page of the article list that the list no longer reaches sends the visitor to the list, as the build does", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The record of published addresses holds a page the list had when it was longer; the preview
  // (which counts drafts, so has a page more than the build) has fewer than forty pages.
  const file = inCopy("content/published-addresses.txt");
  const good = readFileSync(file, "utf8");
  try {
    writeFileSync(file, `${good}/blog/40/\n`);
    // The page sends the visitor on at once: its markup is read, then where the browser lands.
    await expect
      .poll(async () => (await page.request.get(`${dev.origin}/blog/40/`)).text(), PATIENCE)
      .toMatch(/<meta http-equiv="refresh" content="0; url=\/blog\/"/);
    await page.goto(`${dev.origin}/blog/40/`);
    await expect(page).toHaveURL(`${dev.origin}/blog/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles on massage and back pain");
  } finally {
    writeFileSync(file, good);
  }
});

test("npm run dev: a post with a video allows the player on its own page only, as the build does", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const slug = `e2e-throwaway-video-${Date.now()}`;
  const file = inCopy(`content/posts/${slug}.mdx`);
  const frameSources = async (path: string) => {
    const response = await page.request.get(`${dev.origin}${path}`);
    return /frame-src([^;]*)/.exec(response.headers()["content-security-policy"] ?? "")?.[1]?.trim();
  };
  try {
    writeFileSync(
      file,
      `---\n${FIELDS}\n---\n\nBody text.\n\n<YouTube id="dQw4w9WgXcQ" title="A neck stretch, shown slowly" />\n`,
    );
    await expectDevPage(page, `/blog/${slug}/`, /A neck stretch, shown slowly/);
    expect(await frameSources(`/blog/${slug}/`)).toBe("https://www.youtube-nocookie.com");
    expect(await frameSources("/blog/six-reasons-to-get-a-massage-for-back-pain/")).toBeUndefined();
  } finally {
    rmSync(file, { force: true });
  }
});

// Found by an audit of the editor (2026-12-08): a picture uploaded while `npm run edit` ran was on
// disk, but its post showed "no image at …" until the preview was restarted (its list of pictures
// was made at the start).
test("npm run dev: a picture added while the preview runs shows on its post at once", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = `e2e-throwaway-picture-${Date.now()}`;
  const file = inCopy(`content/posts/${slug}.mdx`);
  const picture = inCopy(`content/posts/images/${slug}/stretch.png`);
  try {
    // The post is open in the preview first, as the marketer's is, with the pictures listed.
    writeFileSync(file, `---\n${FIELDS}\n---\n\nBody text.\n`);
    await expectDevPage(page, `/blog/${slug}/`, /Body text\./);
    mkdirSync(dirname(picture), { recursive: true });
    // A 1x1 PNG: Astro's image service reads its size, as it does for a photo.
    const png =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    writeFileSync(picture, Buffer.from(png, "base64"));
    writeFileSync(
      file,
      `---\n${FIELDS}\n---\n\nBody text.\n\n<Figure src="posts/images/${slug}/stretch.png" alt="A seated stretch for the lower back" />\n`,
    );
    const image = page.getByRole("img", { name: "A seated stretch for the lower back" });
    await expect
      .poll(
        async () => {
          // The preview may reload the page as it sees the files: look again.
          const loaded = await page.goto(`${dev.origin}/blog/${slug}/`).catch(() => undefined);
          return loaded ? image.count() : -1;
        },
        { timeout: 60_000 },
      )
      .toBe(1);
    // Drawn, not a broken picture (which is "complete" too): the preview's image endpoint may answer
    // a moment after the page does, so look again until it has (seen once, 2026-12-08).
    await expect
      .poll(
        async () => {
          await image.evaluate((element: HTMLImageElement) => element.decode().catch(() => undefined));
          const width = await image.evaluate((element: HTMLImageElement) => element.naturalWidth);
          if (width === 0) await page.reload().catch(() => undefined);
          return width;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
  } finally {
    rmSync(file, { force: true });
    rmSync(dirname(picture), { recursive: true, force: true });
  }
});
