import { rmSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEV_PORT } from "./servers";

const DEV = `http://127.0.0.1:${DEV_PORT}`;
// A throwaway draft the test owns, so no real post is ever edited; removed even when the test fails.
const SLUG = "e2e-throwaway-broken-post";
const FILE = `content/posts/${SLUG}.mdx`;
const FIELDS = `title: "A throwaway post for the writing-preview test"
description: "Written and removed by an end-to-end test of how the writing preview reports content mistakes."
pubDate: 2026-03-14
author: clinical-team
tags: [posture]
draft: true`;
const write = (frontmatter: string) => writeFileSync(FILE, `---\n${frontmatter}\n---\n\nBody text.\n`);

/** Reloads until the page's text matches: the preview picks a saved file up within a moment. */
async function expectPage(page: Page, path: string, pattern: RegExp) {
  await expect
    .poll(
      async () => {
        try {
          await page.goto(`${DEV}${path}`);
          // Astro's error overlay draws the message inside its own shadow root.
          await page.waitForLoadState("networkidle");
          return await page.evaluate(() => {
            const overlay = document.querySelector("vite-error-overlay");
            return `${overlay?.shadowRoot?.textContent ?? ""}\n${document.body?.innerText ?? ""}`;
          });
        } catch {
          return ""; // the preview reloaded the page while it saw the file change: look again
        }
      },
      // A minute: on a busy 2-core machine (another test building the site alongside) one reload of
      // the preview took over 30 s in CI.
      { timeout: 60_000, intervals: [500, 1000, 2000] },
    )
    .toMatch(pattern);
}

// One file change at a time: the preview's module graph is shared by both tests.
test.describe.configure({ mode: "serial" });

test.afterAll(() => rmSync(FILE, { force: true }));

test("npm run dev: a broken post shows what to fix, other pages keep working, saving the fix recovers", async ({
  page,
}) => {
  test.setTimeout(180_000);
  try {
    write(FIELDS);
    await expectPage(page, `/blog/${SLUG}/`, /A throwaway post for the writing-preview test/);

    // 1. A YAML mistake: a tab.
    write(FIELDS.replace("author:", "\tauthor:"));
    await expectPage(
      page,
      `/blog/${SLUG}/`,
      new RegExp(`${FILE}:5 +This line is indented with a tab\\. Indent with spaces only`),
    );
    await expectPage(
      page,
      "/blog/massage-stress-and-sleep/",
      /Massage, Stress and Sleep: What to Expect and How to Unwind/,
    );

    // 2. An image that is not there.
    write(`${FIELDS}\nheroImage: ./images/not-there.jpg\nheroAlt: "A desk"`);
    await expectPage(
      page,
      `/blog/${SLUG}/`,
      new RegExp(
        `${FILE}:8 +heroImage "\\./images/not-there\\.jpg": there is no file content/posts/images/not-there\\.jpg\\.`,
      ),
    );
    await expectPage(page, "/massage/swedish/", /Swedish/);

    // 3. Fixed: the page is back without a restart.
    write(FIELDS);
    await expectPage(page, `/blog/${SLUG}/`, /A throwaway post for the writing-preview test/);
  } finally {
    rmSync(FILE, { force: true });
  }
});

test("npm run dev: pasted HTML that the live site would block stops the preview too", async ({ page }) => {
  test.setTimeout(120_000);
  const file = "content/posts/e2e-throwaway-iframe.mdx";
  try {
    writeFileSync(
      file,
      `---\n${FIELDS.replace("writing-preview test", "preview-equals-live test")}\n---\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n`,
    );
    await expectPage(
      page,
      "/blog/e2e-throwaway-iframe/",
      /e2e-throwaway-iframe\.mdx:\d+ +<iframe> is not allowed in a post[\s\S]*<YouTube id="dQw4w9WgXcQ"/,
    );
  } finally {
    rmSync(file, { force: true });
  }
});

test("npm run dev: code in braces is refused by name in the error overlay", async ({ page }) => {
  test.setTimeout(120_000);
  const file = "content/posts/e2e-throwaway-expression.mdx";
  try {
    writeFileSync(
      file,
      `---\n${FIELDS.replace("writing-preview test", "code-in-braces test")}\n---\n\nThis machine's home folder is {process.env.HOME}.\n`,
    );
    await expectPage(
      page,
      "/blog/e2e-throwaway-expression/",
      /e2e-throwaway-expression\.mdx:10 +\{process\.env\.HOME\} is code\. Posts and pages hold text only: nothing in them runs\./,
    );
  } finally {
    rmSync(file, { force: true });
  }
});

test("npm run dev: a javascript: link in a post shows the link and the fix in the error overlay", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const file = "content/posts/e2e-throwaway-unsafe-link.mdx";
  try {
    writeFileSync(
      file,
      `---\n${FIELDS.replace("writing-preview test", "unsafe-link preview test")}\n---\n\nRead [this first](javascript:alert(1)) before you book.\n`,
    );
    await expectPage(
      page,
      "/blog/e2e-throwaway-unsafe-link/",
      /e2e-throwaway-unsafe-link\.mdx:10 +The link to javascript:alert\(1\) is not allowed: a link may only open a page of this site[\s\S]*Replace it with one of those/,
    );
  } finally {
    rmSync(file, { force: true });
  }
});
