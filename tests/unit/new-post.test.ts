import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { newPostText, slugify } from "../../src/lib/content/new-post.ts";

describe("new post", () => {
  it("turns a title into a readable file name", () => {
    expect(slugify("Why Your Lower Back Hurts After Sitting: 5 Fixes")).toBe(
      "why-your-lower-back-hurts-after-sitting-5-fixes",
    );
    expect(slugify("Café massage — what’s new?")).toBe("cafe-massage-whats-new");
  });

  it("writes frontmatter with every required field, dated today, as a draft", () => {
    const text = newPostText('A "quoted" title here', "2026-11-24", "clinical-team");
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;
    expect(data["title"]).toBe('A "quoted" title here');
    expect(String(data["description"]).length).toBeGreaterThanOrEqual(50);
    expect(String(data["description"]).length).toBeLessThanOrEqual(160);
    expect(data["pubDate"]).toBe("2026-11-24");
    expect(data["author"]).toBe("clinical-team");
    expect(data["draft"]).toBe(true);
  });

  it("the npm script creates the file and refuses to overwrite it", () => {
    const root = resolve(import.meta.dirname, "../..");
    const dir = mkdtempSync(join(tmpdir(), "new-post-"));
    try {
      cpSync(join(root, "content/authors"), join(dir, "content/authors"), { recursive: true });
      cpSync(join(root, "scripts"), join(dir, "scripts"), { recursive: true });
      cpSync(join(root, "src/lib/content/new-post.ts"), join(dir, "src/lib/content/new-post.ts"));
      cpSync(join(root, "src/lib/cms/canonical.ts"), join(dir, "src/lib/cms/canonical.ts"));
      cpSync(join(root, "src/lib/site/practice-day.ts"), join(dir, "src/lib/site/practice-day.ts"));
      writeFileSync(join(dir, "content/settings.yaml"), "timeZone: America/Los_Angeles\n");
      // The script's clock reads 04:00 UTC on Dec 8.
      const fakeClock = join(dir, "fake-clock.mjs");
      writeFileSync(
        fakeClock,
        `const at = Date.parse("2026-12-08T04:00:00Z");
const Real = Date;
globalThis.Date = class extends Real {
  constructor(...given) { if (given.length) super(...given); else super(at); }
  static now() { return at; }
};\n`,
      );
      cpSync(
        join(root, "src/lib/content/frontmatter-block.ts"),
        join(dir, "src/lib/content/frontmatter-block.ts"),
      );
      symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
      cpSync(join(root, "content/posts"), join(dir, "content/posts"), { recursive: true });
      // 20:00 on Dec 7 in Los Angeles is already Dec 8 in UTC: the post is dated the practice's day.
      const run = () =>
        spawnSync(process.execPath, ["--import", fakeClock, "scripts/new-post.ts", "Sitting Well at Work"], {
          cwd: dir,
          encoding: "utf8",
        });
      const first = run();
      expect(first.status, first.stderr).toBe(0);
      const written = readFileSync(join(dir, "content/posts/sitting-well-at-work.mdx"), "utf8");
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(written)?.[1] ?? "") as Record<string, unknown>;
      expect(data["title"]).toBe("Sitting Well at Work");
      expect(data["pubDate"]).toBe("2026-12-07");
      // Where the review goes, said once the file exists (the file itself is in the editor's form).
      expect(first.stdout).toMatch(/reviewedBy.*reviewedDate/s);
      const second = run();
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/already exists/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
