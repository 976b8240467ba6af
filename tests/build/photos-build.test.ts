import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteCopy, type SiteCopy } from "../../scripts/site-copy";
import { testPhoto } from "../support/photo";

// A camera-sized photo (4000x3000) in every photo slot: the home page, the visit page's gallery, a
// therapist, a massage type and an article's hero.
describe("photos from the camera in every slot", () => {
  let copy: SiteCopy;
  let photo: Buffer;
  beforeAll(async () => {
    photo = await testPhoto(4000, 3000, 20);
    copy = buildSiteCopy({
      changes: {
        "content/copy/home.yaml": (text) =>
          `${text}\nheroPhoto:\n  src: ./images/room.jpg\n  alt: The treatment room, a massage table by a window\n`,
        "content/copy/visit.yaml": (text) =>
          `${text}\ngallery:\n  heading: Inside the practice\n  photos:\n    - src: ./images/room.jpg\n      alt: The treatment room\n    - src: ./images/entrance.jpg\n      alt: The entrance, level with the street\n`,
        "content/settings.yaml": (text) =>
          `${text}\nbrand:\n  logo: ./brand/logo.svg\n  logoAlt: Still Point Massage Therapy\n`,
        "content/brand/logo.svg": () =>
          '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><rect width="160" height="40" fill="#0f5c5a"/></svg>',
        "content/team/jordan-reyes.yaml": (text) =>
          `${text}photo: ./images/jordan.jpg\nphotoAlt: Jordan Reyes in the treatment room\n`,
        "content/massage-types/swedish.mdx": (text) =>
          text.replace(
            "name: Swedish massage\n",
            "name: Swedish massage\nphoto: ./images/swedish.jpg\nphotoAlt: A Swedish massage of the upper back\n",
          ),
      },
      prepare: (dir) => {
        for (const [folder, name] of [
          ["content/copy/images", "room.jpg"],
          ["content/copy/images", "entrance.jpg"],
          ["content/team/images", "jordan.jpg"],
          ["content/massage-types/images", "swedish.jpg"],
        ] as const) {
          mkdirSync(join(dir, folder), { recursive: true });
          writeFileSync(join(dir, folder, name), photo);
        }
      },
    });
  }, 600_000);
  afterAll(() => copy?.remove());

  const read = (path: string) => readFileSync(join(copy.dir, "dist", path), "utf8");
  /** The <picture> elements of a page, each with its <img>'s attributes and its sources' types. */
  const pictures = (html: string) =>
    [...html.matchAll(/<picture[^>]*>([\s\S]*?)<\/picture>/g)].map(([, inner = ""]) => {
      const img = /<img([^>]*)>/.exec(inner)?.[1] ?? "";
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(img)?.[1];
      return {
        alt: attr("alt"),
        width: Number(attr("width")),
        height: Number(attr("height")),
        loading: attr("loading"),
        fetchpriority: attr("fetchpriority"),
        types: [...inner.matchAll(/<source[^>]*type="([^"]+)"/g)].map((match) => match[1]),
      };
    });

  it("builds, and shows each photo with its alt text, AVIF and WebP, and its own size", () => {
    expect(copy.ok, copy.output.slice(-3000)).toBe(true);
    const slots = {
      "index.html": ["The treatment room, a massage table by a window"],
      "visit/index.html": ["The treatment room", "The entrance, level with the street"],
      "team/index.html": ["Jordan Reyes in the treatment room"],
      "team/jordan-reyes/index.html": ["Jordan Reyes in the treatment room"],
      "massage/swedish/index.html": ["A Swedish massage of the upper back"],
    };
    for (const [page, alts] of Object.entries(slots)) {
      const found = pictures(read(page));
      expect(
        found.map((picture) => picture.alt),
        page,
      ).toEqual(alts);
      for (const picture of found) {
        expect(picture.types, page).toEqual(["image/avif", "image/webp"]);
        // Width and height keep the page from shifting while the photo loads, in the photo's 4:3.
        expect(picture.width, page).toBeGreaterThan(0);
        expect(picture.height / picture.width, page).toBeCloseTo(0.75, 2);
      }
    }
  });

  it("shows the practice's logo as the header's link home, named by its alt text", () => {
    const header = /<header[\s\S]*?<\/header>/.exec(read("index.html"))?.[0] ?? "";
    expect(header).toMatch(
      /<a class="site-header__brand"[^>]*><img[^>]+alt="Still Point Massage Therapy"[^>]+height="40"/,
    );
    expect(header).not.toContain("<span>Still Point Massage Therapy</span>");
  });

  it("loads the page's main photo at once and the rest only when scrolled to", () => {
    for (const page of ["index.html", "team/jordan-reyes/index.html", "massage/swedish/index.html"]) {
      const [main] = pictures(read(page));
      expect([main?.loading, main?.fetchpriority], page).toEqual(["eager", "high"]);
    }
    for (const page of ["visit/index.html", "team/index.html"]) {
      for (const picture of pictures(read(page))) {
        expect([picture.loading, picture.fetchpriority], page).toEqual(["lazy", "auto"]);
      }
    }
  });

  it("never publishes the camera's original, only resized copies", async () => {
    const assets = join(copy.dir, "dist/_astro");
    const images = readdirSync(assets).filter((name) => /\.(jpe?g|png|webp|avif)$/.test(name));
    expect(images.length).toBeGreaterThan(0);
    for (const name of images) {
      const { width = 0 } = await sharp(join(assets, name)).metadata();
      expect(width, name).toBeLessThanOrEqual(1920);
      expect(statSync(join(assets, name)).size, name).toBeLessThan(photo.byteLength / 2);
    }
  });
});
