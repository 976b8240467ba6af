// The build's speed work must not change what it builds. The reference build draws each share
// image when Astro asks the image route for it, one at a time, from an empty cache, and writes it
// as a page. The fast build starts drawing them all, several at once, before Astro loads content,
// with half of the images already cached, and copies each from the cache into the output. Both give the
// same files, byte for byte (HTML apart from asset hashes and island ids, which hash file paths).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIndex, close } from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { buildSiteCopy, type BuiltSite } from "../../scripts/site-copy.ts";

const COMPARED = /\.(html|png|xml|txt)$/;

function builtFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((name) => COMPARED.test(name))
    .sort();
}

/**
 * Compare pages apart from build-specific hashes: asset file names carry a content hash, and an
 * island's uid hashes its component's source path, which differs between the two copies' folders.
 */
const withoutAssetHashes = (html: string) =>
  html
    .replace(/(\/_astro\/[\w.-]+?)\.[\w-]{8}\.(css|js)/g, "$1.$2")
    .replace(/<astro-island uid="[^"]*"/g, '<astro-island uid=""');

describe("the build drawing share images ahead and copying them from the cache", () => {
  const cacheDir = mkdtempSync(join(tmpdir(), "og-speed-cache-"));
  const copies: BuiltSite[] = [];
  const folders: string[] = [];
  afterAll(() => {
    for (const copy of copies) copy.remove();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("build the same pages and the same image bytes as drawing one at a time from an empty cache", async () => {
    const serial = buildSiteCopy({ env: { OG_CACHE_DIR: cacheDir, OG_IMAGE_CONCURRENCY: "0" } });
    copies.push(serial);
    expect(serial.ok, serial.output.slice(-3000)).toBe(true);
    const drawn = Number(/share images: (\d+) to draw, 0 cached/.exec(serial.output)?.[1]);

    // Keep every other cached image: the next build reads half and draws the other half ahead.
    const cached = readdirSync(cacheDir).sort();
    expect(cached.length).toBe(drawn);
    expect(drawn).toBeGreaterThan(10);
    cached.forEach((name, index) => {
      if (index % 2 === 0) rmSync(join(cacheDir, name));
    });
    const ahead = buildSiteCopy({ env: { OG_CACHE_DIR: cacheDir, OG_IMAGE_CONCURRENCY: "2" } });
    copies.push(ahead);
    expect(ahead.ok, ahead.output.slice(-3000)).toBe(true);
    expect(ahead.output).toContain(
      `share images: ${Math.ceil(cached.length / 2)} to draw, ${Math.floor(cached.length / 2)} cached`,
    );
    // The images drawn before Astro loaded content were exactly those the pages ask for.
    expect(ahead.output).toMatch(
      new RegExp(
        `pages ask for ${drawn} share images: \\d+ being drawn since the build started, 0 more to draw`,
      ),
    );

    const serialDist = join(serial.dir, "dist");
    const aheadDist = join(ahead.dir, "dist");
    const files = builtFiles(serialDist);
    expect(builtFiles(aheadDist)).toEqual(files);
    const differing = files.filter((name) => {
      const before = readFileSync(join(serialDist, name));
      const after = readFileSync(join(aheadDist, name));
      if (!name.endsWith(".html")) return !before.equals(after);
      return withoutAssetHashes(before.toString("utf8")) !== withoutAssetHashes(after.toString("utf8"));
    });
    expect(differing).toEqual([]);
    expect(files.filter((name) => name.endsWith(".png")).length).toBe(cached.length);

    // The search index, started while the build still rewrites pages, is Pagefind's own index of
    // the finished pages, file for file.
    const pagesOnly = mkdtempSync(join(tmpdir(), "pagefind-reference-"));
    folders.push(pagesOnly);
    cpSync(aheadDist, pagesOnly, { recursive: true });
    rmSync(join(pagesOnly, "pagefind"), { recursive: true });
    const { index } = await createIndex({});
    if (!index) throw new Error("Pagefind did not start");
    await index.addDirectory({ path: pagesOnly });
    await index.writeFiles({ outputPath: join(pagesOnly, "pagefind") });
    await close();
    const indexFiles = (dir: string) =>
      readdirSync(join(dir, "pagefind"), { recursive: true, encoding: "utf8" })
        .filter((name) => statSync(join(dir, "pagefind", name)).isFile())
        .sort();
    expect(indexFiles(aheadDist)).toEqual(indexFiles(pagesOnly));
    expect(
      indexFiles(aheadDist).filter(
        (name) =>
          !readFileSync(join(aheadDist, "pagefind", name)).equals(
            readFileSync(join(pagesOnly, "pagefind", name)),
          ),
      ),
    ).toEqual([]);
  }, 240_000);
});
