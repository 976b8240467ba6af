import { describe, expect, it } from "vitest";
import { PHOTO_WIDTHS, photoSizes, photoWidths, type PhotoPlace } from "../../src/lib/html/photo.ts";

/** The width in CSS px a browser reads from one of these `sizes` values for a viewport width. */
function drawnWidth(sizes: string, viewport: number): number {
  const match = /^\(min-width: ([\d.]+)rem\) ([\d.]+)rem, calc\(100vw - ([\d.]+)rem\)$/.exec(sizes);
  if (!match) throw new Error(`unexpected sizes: ${sizes}`);
  const [, from, wide, gutter] = match.map(Number) as [number, number, number, number];
  return viewport >= from * 16 ? wide * 16 : viewport - gutter * 16;
}

/** The copy a browser picks: the narrowest at least as wide as the device pixels it draws. */
const picked = (widths: number[], devicePixels: number) =>
  widths.find((width) => width >= devicePixels) ?? widths.at(-1);

describe("photo sizes and copies", () => {
  it("tells a browser how wide each place draws the photo: never narrower, at most a third wider", () => {
    // Measured in Chromium on the built pages with a photo in every place: a 412 px phone, a 1350 px laptop.
    const measured: Array<[PhotoPlace, number, number]> = [
      ["hero", 380, 448],
      ["gallery", 380, 226],
      ["teamCard", 320, 226],
      ["member", 380, 480],
      ["massageType", 380, 703],
    ];
    for (const [place, phone, laptop] of measured) {
      for (const [viewport, shown] of [
        [412, phone],
        [1350, laptop],
      ] as const) {
        const said = drawnWidth(photoSizes(place), viewport);
        expect(said, `${place} at ${viewport}px`).toBeGreaterThanOrEqual(shown);
        expect(said / shown, `${place} at ${viewport}px`).toBeLessThanOrEqual(1.3);
      }
    }
  });

  it("lets a common phone (412 px at 1.75 device pixels) download a copy under 1.1 times what it shows", () => {
    // Each of these places is 380 CSS px wide on that phone (measured), 665 device pixels.
    for (const place of ["hero", "member", "massageType", "gallery"] as const) {
      const told = drawnWidth(photoSizes(place), 412) * 1.75;
      const copy = picked(photoWidths(place, 4000), told) ?? 0;
      expect(copy, place).toBeGreaterThanOrEqual(380 * 1.75);
      expect(copy / (380 * 1.75), place).toBeLessThan(1.1);
    }
  });

  it("makes copies up to twice the widest a place is drawn, never wider than the original", () => {
    expect(photoWidths("member", 4000)).toEqual([400, 600, 720, 880]);
    expect(photoWidths("hero", 4000)).toEqual([...PHOTO_WIDTHS]);
    expect(photoWidths("hero", 1000)).toEqual([400, 600, 720, 880]);
    // A photo narrower than every copy is shown at its own width.
    expect(photoWidths("hero", 300)).toEqual([300]);
  });
});
