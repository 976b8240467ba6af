import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { ASTRO, astroEnvironment, copySite } from "../../scripts/site-copy.ts";
import { freePort } from "../support/free-port.ts";

// What someone writing in content/ sees in the terminal of `npm run dev` when a post has mistakes:
// the same catalogue lines as the build and the browser's overlay, and nothing of the site's code.
const BROKEN_POST = `---
title: "Short"
description: "A post with two mistakes, for the test of what the writing preview prints in its terminal."
pubDate: 2026-03-14
author: clinical-team
tags: [posture]
reviewedBy: clinical-team
reviewedDate: 2026-03-01
---

Body text with [a link that runs code](javascript:alert(1)).
`;

describe("npm run dev's terminal", () => {
  const copy = copySite({ changes: { "content/posts/broken-post.mdx": () => BROKEN_POST } });
  afterAll(() => copy.remove());

  /** `astro dev` on the copy, on a free port: what it prints, and the status of an address. */
  async function startDev(env: Record<string, string> = {}) {
    const port = await freePort();
    const dev = spawn(process.execPath, [ASTRO, "dev", "--host", "127.0.0.1", "--port", String(port)], {
      cwd: copy.dir,
      env: { ...astroEnvironment(), ...env },
    });
    let output = "";
    dev.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const status = async (path: string) => {
      try {
        return (await fetch(`http://127.0.0.1:${port}${path}`)).status;
      } catch {
        return 0; // not listening yet
      }
    };
    return { dev, origin: `http://127.0.0.1:${port}`, output: () => output, status };
  }

  it("lists each mistake with its fix, and no stack trace", async () => {
    const { dev, output: printed, status: page } = await startDev();
    try {
      await expect.poll(() => page("/"), { timeout: 90_000, interval: 500 }).toBe(200);
      // The broken post's own page: the preview answers with the overlay and logs the list again.
      expect(await page("/blog/broken-post/")).toBe(500);
      await expect
        .poll(() => printed().split("content/posts/broken-post.mdx:11").length - 1, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(2);
      expect(printed()).toContain(
        'content/posts/broken-post.mdx:2  title "Short" is not accepted. Write a title of at least 10 characters.',
      );
      expect(printed()).toContain(
        "content/posts/broken-post.mdx:11  The link to javascript:alert(1) is not allowed",
      );
      expect(printed()).not.toMatch(/Stack trace|^\s+at |ContentError/m);
    } finally {
      dev.kill();
    }
  }, 180_000);

  // The guide's address of the editor, /admin/, answers in the preview below a base path too, as
  // a static host serves it (found by a review of the preview against the build: 404 there).
  it("serves the editor at <base>/admin/ below a base path", async () => {
    const { dev, origin, status } = await startDev({ BASE_PATH: "/clinic/" });
    try {
      await expect.poll(() => status("/clinic/"), { timeout: 90_000, interval: 500 }).toBe(200);
      expect(await status("/clinic/admin/")).toBe(200);
      const page = await (await fetch(`${origin}/clinic/admin/`)).text();
      expect(page).toContain("editor.js");
    } finally {
      dev.kill();
    }
  }, 180_000);
});
