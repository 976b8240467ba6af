import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  getOgImage,
  loadOgFonts,
  ogCacheKey,
  renderOgImage,
  type OgImageInput,
} from "../../src/lib/seo/og-image";
import { ogImagePath } from "../../src/lib/seo/og-paths";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_BYTES = 60 * 1024;

const SHORT: OgImageInput = {
  title: "Massage, stress and sleep",
  label: "Article",
  siteName: "Still Point Massage",
};
// Padded to exactly 120 characters: longer than the post schema allows, so the clamp is exercised.
const LONG: OgImageInput = {
  ...SHORT,
  title: "Why your lower back hurts after a long day at the desk, and gentle ways massage can help".padEnd(
    120,
    " and more",
  ),
};

/** Width and height from the IHDR chunk, which always directly follows the 8-byte signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("Open Graph image", () => {
  const fonts = loadOgFonts();

  it.each([
    ["a short title", SHORT],
    ["a 120-character title", LONG],
    ["a massage type", { ...SHORT, title: "Deep tissue", label: "Massage type" }],
  ])("renders %s as a 1200x630 PNG of at most 60 KB", async (_name, input) => {
    const png = await renderOgImage(input, fonts);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThanOrEqual(MAX_BYTES);
  });

  it("keys the cache on the content: a new title changes it, the same input does not", () => {
    expect(ogCacheKey(SHORT)).toMatch(/^[0-9a-f]{64}$/);
    expect(ogCacheKey({ ...SHORT })).toBe(ogCacheKey(SHORT));
    expect(ogCacheKey({ ...SHORT, title: `${SHORT.title}!` })).not.toBe(ogCacheKey(SHORT));
    expect(ogCacheKey({ ...SHORT, label: "Massage type" })).not.toBe(ogCacheKey(SHORT));
    expect(ogCacheKey(SHORT, { identity: "other fonts" })).not.toBe(ogCacheKey(SHORT));
  });

  describe("cache", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "og-cache-"));
    afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

    it("draws an image once and reads it from the cache after that", async () => {
      const render = vi.fn(renderOgImage);
      const first = await getOgImage(SHORT, { cacheDir, render });
      const cached = join(cacheDir, `${ogCacheKey(SHORT)}.png`);
      const writtenAt = statSync(cached).mtimeMs;

      const second = await getOgImage(SHORT, { cacheDir, render });
      expect(render).toHaveBeenCalledTimes(1);
      expect(second).toEqual(first);
      expect(statSync(cached).mtimeMs).toBe(writtenAt);
      // Only the finished PNG is left: the temporary file was renamed into place.
      expect(readdirSync(cacheDir)).toEqual([`${ogCacheKey(SHORT)}.png`]);

      await getOgImage({ ...SHORT, title: "A different title" }, { cacheDir, render });
      expect(render).toHaveBeenCalledTimes(2);
    });
  });

  it("links to the address the endpoint serves", () => {
    expect(ogImagePath("blog", "massage-stress-and-sleep")).toBe("/og/blog/massage-stress-and-sleep.png");
    expect(ogImagePath("massage", "deep-tissue")).toBe("/og/massage/deep-tissue.png");
  });
});
