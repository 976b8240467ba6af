import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COPIES_DIR, ROOT, withoutThrowaways } from "../../scripts/site-copy.ts";
import { contentGuard } from "../../src/integrations/content-guard.ts";
import type { SiteFiles } from "../../src/lib/content/site-check.ts";
import { verdictKey } from "../../src/lib/content/verdict-key.ts";

// A passed content check is kept for the next build (src/data/verdict-cache.ts), and taken only
// when nothing the check reads has changed. These run the build's own pre-check hook twice on one
// copy of the site, as a host builds twice in one folder with its cache kept.

type ConfigSetup = NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>;
class BuildStopped extends Error {}

const POST = "content/posts/massage-stress-and-sleep.mdx";
const PICTURE = "content/posts/images/desk.png";
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

let dir = "";
beforeAll(() => {
  mkdirSync(COPIES_DIR, { recursive: true });
  dir = mkdtempSync(join(COPIES_DIR, "verdict-"));
  for (const name of ["content", "src", "package-lock.json"])
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: withoutThrowaways });
  mkdirSync(join(dir, "content/posts/images"), { recursive: true });
  writeFileSync(join(dir, PICTURE), PNG);
  const post = readFileSync(join(dir, POST), "utf8");
  writeFileSync(join(dir, POST), `${post}\n![A desk by a window](./images/desk.png)\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The build's pre-check on the copy: what it prints, and whether the build would go on. */
async function build(buildDate = "2026-12-07") {
  const printed: string[] = [];
  const print = (message: string) => printed.push(message);
  const exit = process.exit;
  const previous = process.env["BUILD_DATE"];
  process.env["BUILD_DATE"] = buildDate;
  process.exit = (() => {
    throw new BuildStopped();
  }) as typeof process.exit;
  const guard = contentGuard();
  try {
    await (guard.hooks["astro:config:setup"] as ConfigSetup)({
      command: "build",
      config: { root: pathToFileURL(`${dir}/`) },
      updateConfig: () => ({}),
      logger: { error: print, warn: print, info: print, debug: () => {} },
    } as unknown as Parameters<ConfigSetup>[0]);
    return { ok: true, output: printed.join("\n"), published: guard.published() };
  } catch (error) {
    if (!(error instanceof BuildStopped)) throw error;
    return { ok: false, output: printed.join("\n"), published: undefined };
  } finally {
    process.exit = exit;
    if (previous === undefined) delete process.env["BUILD_DATE"];
    else process.env["BUILD_DATE"] = previous;
  }
}

const KEPT = "content check: nothing it reads has changed since the last build's check passed";

describe("a passed content check kept for the next build", () => {
  it("is taken when nothing changed, with the same findings", async () => {
    const first = await build();
    expect(first.ok).toBe(true);
    expect(first.output).not.toContain(KEPT);
    const second = await build();
    expect(second.output).toContain(KEPT);
    expect(second.published).toEqual(first.published);
    // The same warnings are printed again: they are still true.
    expect(second.output.replace(`${KEPT}\n`, "")).toBe(first.output);
  });

  it("is not taken on another day: scheduled posts and review dates depend on it", async () => {
    expect((await build("2026-12-08")).output).not.toContain(KEPT);
  });

  it("is not taken after a post is edited into a mistake: the build stops with the list", async () => {
    await build();
    const post = readFileSync(join(dir, POST), "utf8");
    writeFileSync(join(dir, POST), `${post}\n<script>alert(1)</script>\n`);
    const edited = await build();
    writeFileSync(join(dir, POST), post);
    expect(edited.ok).toBe(false);
    expect(edited.output).not.toContain(KEPT);
    expect(edited.output).toContain(`${POST}:`);
  });

  it("is not taken after a picture the check looked at is replaced by a web page of the same name", async () => {
    expect((await build()).ok).toBe(true);
    writeFileSync(join(dir, PICTURE), "<!doctype html><html><body>not a picture</body></html>");
    const replaced = await build();
    writeFileSync(join(dir, PICTURE), PNG);
    expect(replaced.ok).toBe(false);
    expect(replaced.output).toContain(PICTURE.replace("content/posts/", ""));
  });
});

describe("the kept check's key", () => {
  const site = {
    posts: [{ file: "content/posts/a.mdx", text: "---\ntitle: A\n---\n" }],
    copy: [],
    files: new Set(["content/posts/a.mdx"]),
    staticRoutes: ["/quiz/"],
  } as unknown as SiteFiles;
  const inputs = { today: "2026-12-07", includeDrafts: false };
  const key = verdictKey(site, inputs, "code 1");

  it("changes with any file's text, the list of files, the addresses, the options or the code", () => {
    const changed = [
      verdictKey(
        { ...site, posts: [{ file: "content/posts/a.mdx", text: "---\ntitle: B\n---\n" }] },
        inputs,
        "code 1",
      ),
      verdictKey({ ...site, files: new Set([...site.files, "content/posts/b.png"]) }, inputs, "code 1"),
      verdictKey({ ...site, staticRoutes: ["/quiz/", "/prices/"] }, inputs, "code 1"),
      verdictKey({ ...site, quiz: { file: "content/quiz.yaml", text: "x" } } as SiteFiles, inputs, "code 1"),
      verdictKey(site, { ...inputs, today: "2026-12-08" }, "code 1"),
      verdictKey(site, { ...inputs, includeDrafts: true }, "code 1"),
      verdictKey(site, inputs, "code 2"),
    ];
    for (const other of changed) expect(other).not.toBe(key);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it("does not depend on the order the site's fields or files were listed in", () => {
    const reordered = {
      staticRoutes: ["/quiz/"],
      files: new Set(["content/posts/a.mdx"]),
      copy: [],
      posts: [{ text: "---\ntitle: A\n---\n", file: "content/posts/a.mdx" }],
    } as unknown as SiteFiles;
    expect(verdictKey(reordered, inputs, "code 1")).toBe(key);
  });
});
