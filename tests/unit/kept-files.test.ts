import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { publishCachedFile, publishCachedFolder } from "../../src/data/kept-files.ts";
import { pageDigest, searchIndexKey } from "../../src/lib/html/search-index-key.ts";

describe("files kept between builds and published again", () => {
  const folder = mkdtempSync(join(tmpdir(), "kept-files-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("publishes a kept file without a copy, and no later write to the output reaches what is kept", async () => {
    const old = join(folder, "old.png");
    const current = join(folder, "current.png");
    writeFileSync(old, "the old title's image");
    writeFileSync(current, "the new title's image");
    mkdirSync(join(folder, "dist"));
    const target = join(folder, "dist/post.png");
    // The last build published the old image at the same address.
    await publishCachedFile(old, target);
    expect(statSync(target).ino).toBe(statSync(old).ino);

    await publishCachedFile(current, target);
    expect(readFileSync(target, "utf8")).toBe("the new title's image");
    expect(statSync(target).ino).toBe(statSync(current).ino);
    expect(readFileSync(old, "utf8")).toBe("the old title's image");
  });

  it("publishes a kept folder file by file, subfolders included", async () => {
    const kept = join(folder, "kept/pagefind");
    mkdirSync(join(kept, "fragment"), { recursive: true });
    writeFileSync(join(kept, "pagefind.js"), "index code");
    writeFileSync(join(kept, "fragment/en_1.pf_fragment"), "a page");
    const published = join(folder, "site/pagefind");
    expect(await publishCachedFolder(kept, published)).toBe(2);
    expect(readFileSync(join(published, "fragment/en_1.pf_fragment"), "utf8")).toBe("a page");
    expect(readFileSync(join(published, "pagefind.js"), "utf8")).toBe("index code");
  });
});

describe("the key of a search index", () => {
  const page = (text: string) => pageDigest(new TextEncoder().encode(text));
  const site: Array<[string, string]> = [
    ["index.html", page("<h1>Home</h1>")],
    ["blog/a/index.html", page("<h1>A</h1>")],
  ];
  const key = searchIndexKey(site, "pagefind 1.6.0");

  it("is the same for the same pages, whatever order they were listed in", () => {
    expect(searchIndexKey([...site].reverse(), "pagefind 1.6.0")).toBe(key);
  });

  it("changes with a page's words, a page's address, a page more and another indexer", () => {
    expect(searchIndexKey([site[0]!, ["blog/a/index.html", page("<h1>B</h1>")]], "pagefind 1.6.0")).not.toBe(
      key,
    );
    expect(searchIndexKey([site[0]!, ["blog/b/index.html", site[1]![1]]], "pagefind 1.6.0")).not.toBe(key);
    expect(searchIndexKey([...site, ["blog/c/index.html", page("")]], "pagefind 1.6.0")).not.toBe(key);
    expect(searchIndexKey(site, "pagefind 1.7.0")).not.toBe(key);
  });
});
