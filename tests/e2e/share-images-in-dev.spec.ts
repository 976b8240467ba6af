import { expect, test, type Page } from "@playwright/test";
import { DEV, openInDev } from "./dev-server.ts";

async function shareImagePath(page: Page): Promise<string> {
  const content = await page.locator('meta[property="og:image"]').getAttribute("content");
  return new URL(content ?? "").pathname;
}

/** Width and height from the PNG's IHDR chunk, right after the 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("the writing preview serves a post's share image byte for byte as the live site does", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  let path = "";
  await openInDev(page, "/blog/six-reasons-to-get-a-massage-for-back-pain/", async () => {
    path = await shareImagePath(page);
  });
  const inPreview = await request.get(`${DEV}${path}`);
  expect(inPreview.headers()["content-type"]).toBe("image/png");
  const live = await request.get(path);
  expect(live.status()).toBe(200);
  expect((await inPreview.body()).equals(await live.body())).toBe(true);
});

test("the writing preview draws a draft's share image on request; the live site has none", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  let path = "";
  await openInDev(page, "/blog/sciatica-and-massage/", async () => {
    path = await shareImagePath(page);
  });
  const drawn = await request.get(`${DEV}${path}`);
  expect(drawn.status()).toBe(200);
  expect(drawn.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await drawn.body())).toEqual({ width: 1200, height: 630 });
  expect((await request.get(path)).status()).toBe(404);
});
