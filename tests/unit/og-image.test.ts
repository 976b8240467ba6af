import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { drawOgImagesAhead, ogImageConcurrency } from "../../src/lib/seo/og-ahead.ts";
import { getOgImage, ogCacheFile, ogCacheKey } from "../../src/lib/seo/og-cache.ts";
import { loadOgFonts } from "../../src/lib/seo/og-fonts.ts";
import type { OgImageInput } from "../../src/lib/seo/og-layout.ts";
import { renderOgImage } from "../../src/lib/seo/og-render.ts";
import { ogImagePath, shareImages } from "../../src/lib/seo/og-paths.ts";

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

  it("shows the title in the title colour on the light background, beside the teal band", async () => {
    const pixels = async (input: OgImageInput) => {
      const png = await renderOgImage(input, fonts);
      return sharp(png).removeAlpha().raw().toBuffer();
    };
    const rgb = (image: Buffer, x: number, y: number) => {
      const at = (y * 1200 + x) * 3;
      const hex = (value: number | undefined) => (value ?? 0).toString(16).padStart(2, "0");
      return `#${hex(image[at])}${hex(image[at + 1])}${hex(image[at + 2])}`;
    };
    const short = await pixels(SHORT);
    expect(rgb(short, 10, 315)).toBe("#0f5c5a"); // the band down the left edge
    expect(rgb(short, 1190, 620)).toBe("#fbfaf7"); // the background
    // The title's glyphs: solid title-coloured pixels in the middle of the image, where a blank
    // image or text in another colour would have none.
    const titleColoured = (image: Buffer) => {
      let count = 0;
      for (let y = 150; y < 480; y += 1)
        for (let x = 100; x < 1110; x += 1) if (rgb(image, x, y) === "#1d2b2a") count += 1;
      return count;
    };
    expect(titleColoured(short)).toBeGreaterThan(5_000);
    // A longer title covers more of the image: the text is the title, not a fixed picture.
    expect(titleColoured(await pixels(LONG))).toBeGreaterThan(2 * titleColoured(short));
  });

  it("draws the band in the practice's brand accent when the settings give one", async () => {
    const png = await renderOgImage({ ...SHORT, accent: "#8a2d52" }, fonts);
    const image = await sharp(png).removeAlpha().raw().toBuffer();
    const at = (315 * 1200 + 10) * 3;
    expect([image[at], image[at + 1], image[at + 2]]).toEqual([0x8a, 0x2d, 0x52]);
    expect(ogCacheKey({ ...SHORT, accent: "#8a2d52" })).not.toBe(ogCacheKey(SHORT));
    const [site] = shareImages(
      { tagline: "t", businessName: "b", brand: { accent: "#8a2d52" } },
      { site: "s", post: "p", massageType: "m" },
      [],
      [],
    );
    expect(site?.input.accent).toBe("#8a2d52");
  });

  it("sets the title in the practice's heading font when the settings choose one", async () => {
    const plain = await renderOgImage(SHORT, fonts);
    const lora = await renderOgImage({ ...SHORT, titleFont: "lora" }, fonts);
    expect(pngSize(lora)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(lora).equals(Buffer.from(plain))).toBe(false);
    // Another font draws other letters: the same title, other pixels than Lora's.
    const nunito = await renderOgImage({ ...SHORT, titleFont: "nunito" }, fonts);
    expect(Buffer.from(nunito).equals(Buffer.from(lora))).toBe(false);
    expect(ogCacheKey({ ...SHORT, titleFont: "lora" })).not.toBe(ogCacheKey(SHORT));
    expect(ogCacheKey({ ...SHORT, titleFont: "lora" })).not.toBe(
      ogCacheKey({ ...SHORT, titleFont: "nunito" }),
    );
    const [site] = shareImages(
      { tagline: "t", businessName: "b", brand: { headingFont: "lora" } },
      { site: "s", post: "p", massageType: "m" },
      [],
      [],
    );
    expect(site?.input).toEqual({ title: "t", label: "s", siteName: "b", titleFont: "lora" });
  });

  it("draws the same bytes for the same input, so a cached image equals a fresh one", async () => {
    const first = await renderOgImage(LONG, fonts);
    const second = await renderOgImage({ ...LONG }, fonts);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
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

  describe("drawing ahead", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "og-ahead-"));
    afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
    const inputs = Array.from({ length: 7 }, (_, index) => ({ ...SHORT, title: `Post number ${index}` }));

    it("draws only the images missing from the cache, at most `concurrency` at a time", async () => {
      const [first, ...rest] = inputs;
      if (!first) throw new Error("no inputs");
      await getOgImage(first, { cacheDir, fonts, render: async () => new Uint8Array([1]) });
      let running = 0;
      let most = 0;
      const render = vi.fn(async (input: OgImageInput) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((done) => setTimeout(done, 5));
        running -= 1;
        return new TextEncoder().encode(input.title);
      });
      const ahead = drawOgImagesAhead(inputs, { cacheDir, fonts, render, concurrency: 2 });
      expect(ahead).toMatchObject({ drawing: 6, cached: 1 });
      await Promise.all(inputs.map((input) => ahead.ready(input)));
      expect(render).toHaveBeenCalledTimes(6);
      expect(most).toBe(2);
      for (const input of rest) expect(existsSync(ogCacheFile(input, cacheDir, fonts))).toBe(true);
      // What the endpoint then serves is what was drawn for that very input.
      const served = await getOgImage(inputs[3] ?? first, { cacheDir, fonts, render });
      expect(new TextDecoder().decode(served)).toBe("Post number 3");
      expect(render).toHaveBeenCalledTimes(6);
    });

    it("reports a failed drawing to whoever waits for that image", async () => {
      const failing = { ...SHORT, title: "This one fails" };
      const render = async (input: OgImageInput) => {
        if (input === failing) throw new Error("the renderer could not lay it out");
        return new Uint8Array([1]);
      };
      const ahead = drawOgImagesAhead([failing, { ...SHORT, title: "This one works" }], {
        cacheDir,
        fonts,
        render,
        concurrency: 1,
      });
      await expect(ahead.ready(failing)).rejects.toThrow("the renderer could not lay it out");
      await expect(ahead.ready({ ...SHORT, title: "This one works" })).resolves.toBeUndefined();
    });

    it("joins images another caller is already drawing instead of drawing them twice", async () => {
      const inputs = [0, 1, 2].map((index) => ({ ...SHORT, title: `Joined ${index}` }));
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const render = vi.fn(async (input: OgImageInput) => {
        await gate;
        return new TextEncoder().encode(input.title);
      });
      const early = drawOgImagesAhead(inputs.slice(0, 2), { cacheDir, fonts, render, concurrency: 2 });
      const late = drawOgImagesAhead(inputs, { cacheDir, fonts, render, concurrency: 2 });
      expect(early).toMatchObject({ drawing: 2, joined: 0, cached: 0 });
      expect(late).toMatchObject({ drawing: 1, joined: 2, cached: 0 });
      release();
      await Promise.all(inputs.map((input) => late.ready(input)));
      expect(render).toHaveBeenCalledTimes(3);
      for (const input of inputs) expect(existsSync(ogCacheFile(input, cacheDir, fonts))).toBe(true);
      // Once drawn, a later caller finds them in the cache.
      expect(drawOgImagesAhead(inputs, { cacheDir, fonts, render, concurrency: 2 })).toMatchObject({
        drawing: 0,
        joined: 0,
        cached: 3,
      });
    });

    it("uses one lane per core unless OG_IMAGE_CONCURRENCY says otherwise (0 turns it off)", () => {
      expect(ogImageConcurrency({})).toBeGreaterThanOrEqual(1);
      expect(ogImageConcurrency({ OG_IMAGE_CONCURRENCY: "0" })).toBe(0);
      expect(ogImageConcurrency({ OG_IMAGE_CONCURRENCY: "3" })).toBe(3);
      expect(ogImageConcurrency({ OG_IMAGE_CONCURRENCY: "many" })).toBe(ogImageConcurrency({}));
    });
  });

  it("links to the address the endpoint serves", () => {
    expect(ogImagePath("blog", "massage-stress-and-sleep")).toBe("/og/blog/massage-stress-and-sleep.png");
    expect(ogImagePath("massage", "deep-tissue")).toBe("/og/massage/deep-tissue.png");
  });

  it("lists every published share image once: the site's own, each post's, each massage type's", () => {
    const images = shareImages(
      { tagline: "Massage for a calmer back", businessName: "Still Point" },
      { site: "Massage therapy", post: "Article", massageType: "Massage type" },
      [{ id: "sleep", title: "Massage, stress and sleep" }],
      [{ id: "swedish", name: "Swedish massage" }],
    );
    expect(images).toEqual([
      {
        slug: "site/default",
        input: { title: "Massage for a calmer back", label: "Massage therapy", siteName: "Still Point" },
      },
      {
        slug: "blog/sleep",
        input: { title: "Massage, stress and sleep", label: "Article", siteName: "Still Point" },
      },
      {
        slug: "massage/swedish",
        input: { title: "Swedish massage", label: "Massage type", siteName: "Still Point" },
      },
    ]);
    expect(images.map(({ slug }) => `/og/${slug}.png`)).toContain(ogImagePath("blog", "sleep"));
  });
});
