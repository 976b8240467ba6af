import { describe, expect, it } from "vitest";
import { uploadsOf } from "../../src/admin/uploads.ts";
import { checkEdit, siteWithEdit } from "../../src/lib/content/edit-check.ts";
import { SNIFF_BYTES } from "../../src/lib/content/media.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { minimalSite, POST_FIELDS } from "../support/minimal-site.ts";

// The editor's pre-save check reads the first bytes of each file the save uploads (Decap keeps the
// chosen File in the entry's mediaFiles), so a PDF renamed .jpg is refused as the build refuses it.

const bytes = (text: string) => new TextEncoder().encode(text);
const PDF = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...bytes("JFIF")]);
const HTML = bytes("<!doctype html><html><body>Offer</body></html>");
const options = { today: "2026-06-01", includeDrafts: false };
const POST = "content/posts/desk.mdx";
const post = (hero: string) =>
  `---\n${POST_FIELDS}\nheroImage: ${hero}\nheroAlt: "A desk by a window"\n---\n\nText.\n`;

describe("uploadsOf: the files a save uploads, as the pre-save check reads them", () => {
  it("gives each upload's project path, and its chosen file's first bytes as readHead", async () => {
    const { uploads, readHead } = await uploadsOf([
      { path: "/content/posts/images/desk/desk-offer.jpg", file: new Blob([PDF]), draft: true },
      // A file already in the media folder: present, but no bytes at hand (it goes by its name).
      { path: "content/posts/images/desk/old.jpg", draft: false },
      { name: "no path" },
    ]);
    expect(uploads).toEqual([
      "content/posts/images/desk/desk-offer.jpg",
      "content/posts/images/desk/old.jpg",
    ]);
    expect(readHead("content/posts/images/desk/desk-offer.jpg")).toEqual(PDF);
    expect(readHead("content/posts/images/desk/old.jpg")).toBeUndefined();
    expect(readHead("content/posts/desk.mdx")).toBeUndefined();
  });

  it("reads no more than SNIFF_BYTES of a large file", async () => {
    const big = new Uint8Array(SNIFF_BYTES * 3).fill(0x41);
    const { readHead } = await uploadsOf([{ path: "content/images/big.svg", file: new Blob([big]) }]);
    expect(readHead("content/images/big.svg")).toHaveLength(SNIFF_BYTES);
  });

  it("nothing uploaded: no paths, no bytes", async () => {
    const { uploads, readHead } = await uploadsOf([]);
    expect(uploads).toEqual([]);
    expect(readHead("content/images/logo.svg")).toBeUndefined();
  });
});

describe("the pre-save check with the uploads' bytes: the build's rule (pictureProblem)", () => {
  const check = async (hero: string, upload: string, head: Uint8Array<ArrayBuffer>) => {
    const { uploads, readHead } = await uploadsOf([
      { path: `/${upload}`, file: new Blob([head]), draft: true },
    ]);
    const { problems, elsewhere } = checkEdit(
      minimalSite(),
      { file: POST, text: post(hero), uploads, readHead },
      options,
    );
    // The upload itself (named like a picture, holding something else) is this entry's mistake,
    // said once at its field, not as another file the save would break.
    expect(elsewhere.map(formatProblem)).toEqual([]);
    return problems.map(formatProblem);
  };

  it("a PDF named .jpg as a new post's hero image is refused, in the build's words, on heroImage", async () => {
    const found = await check("./images/desk-offer.jpg", "content/posts/images/desk-offer.jpg", PDF);
    expect(found).toEqual([
      expect.stringContaining(
        'heroImage "./images/desk-offer.jpg": content/posts/images/desk-offer.jpg is named .jpg but holds a PDF document.',
      ),
    ]);
    expect(found[0]).toContain("renaming a file does not make it a picture.");
    // By its name alone, as before the editor read the bytes, the same upload passed (and broke pages).
    const byName = checkEdit(
      minimalSite(),
      { file: POST, text: post("./images/desk-offer.jpg"), uploads: ["content/posts/images/desk-offer.jpg"] },
      options,
    );
    expect(byName.problems).toEqual([]);
  });

  it("a web page named .svg in the body is refused; a real JPEG passes", async () => {
    const body = (src: string) =>
      `---\n${POST_FIELDS}\n---\n\n<Figure src="${src}" alt="A stretch at the desk" />\n`;
    const { uploads, readHead } = await uploadsOf([
      { path: "/content/images/stretch.svg", file: new Blob([HTML]), draft: true },
    ]);
    const { problems } = checkEdit(
      minimalSite(),
      { file: POST, text: body("./images/stretch.svg"), uploads, readHead },
      options,
    );
    expect(problems.map((each) => each.what)).toContainEqual(
      expect.stringContaining("content/images/stretch.svg is named .svg but holds a web page (HTML)."),
    );
    expect(await check("./images/desk.jpg", "content/posts/images/desk.jpg", JPEG)).toEqual([]);
  });

  it("the site after the save keeps the uploads' bytes, and the site's own readHead for the rest", async () => {
    const { uploads, readHead } = await uploadsOf([
      { path: "content/posts/images/desk-offer.jpg", file: new Blob([PDF]), draft: true },
    ]);
    const site = minimalSite({ readHead: (file) => (file === "content/images/logo.svg" ? HTML : undefined) });
    const after = siteWithEdit(site, {
      file: POST,
      text: post("./images/desk-offer.jpg"),
      uploads,
      readHead,
    });
    expect(after.readHead?.("content/posts/images/desk-offer.jpg")).toEqual(PDF);
    expect(after.readHead?.("content/images/logo.svg")).toEqual(HTML);
    expect(siteWithEdit(minimalSite(), { file: POST }).readHead).toBeUndefined();
  });
});
