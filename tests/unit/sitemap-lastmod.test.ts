import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lastModifiedFor, postLastModified } from "../../src/lib/seo/sitemap-lastmod";

describe("sitemap lastmod", () => {
  const dir = mkdtempSync(join(tmpdir(), "lastmod-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "2026"));
  writeFileSync(join(dir, "a.mdx"), "---\ntitle: A\npubDate: 2026-01-05\n---\nBody");
  writeFileSync(join(dir, "2026", "b.mdx"), "---\npubDate: 2026-01-05\nupdatedDate: 2026-02-10\n---\nBody");

  it("uses updatedDate when set, else pubDate, keyed by the post's path", () => {
    const dates = postLastModified(dir);
    expect(dates.get("blog/a/")?.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(dates.get("blog/b/")?.toISOString()).toBe("2026-02-10T00:00:00.000Z");
  });

  it("finds the date for a sitemap URL under any base path", () => {
    const dates = postLastModified(dir);
    expect(lastModifiedFor("https://x.org/blog/a/", "/", dates)?.getUTCDate()).toBe(5);
    expect(lastModifiedFor("https://x.org/clinic/blog/b/", "/clinic/", dates)?.getUTCMonth()).toBe(1);
    expect(lastModifiedFor("https://x.org/quiz/", "/", dates)).toBeUndefined();
  });
});
