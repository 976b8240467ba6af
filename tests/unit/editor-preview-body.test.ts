import { describe, expect, it } from "vitest";
import { renderPostBody } from "../../src/admin/preview.tsx";
import type { PreviewData } from "../../src/components/mdx/preview-data.ts";

const data: PreviewData = {
  base: "/",
  callout: {},
  copy: {} as PreviewData["copy"],
  authors: {},
  massageTypes: {},
};
const render = (body: string) => renderPostBody(body, data, (path) => path);

describe("the editor's preview of a body the build would refuse", () => {
  it("says what is wrong and how to fix it in the check's words, never the parser's", () => {
    const html = render("Pain below <3 out of 10.\n");
    expect(html).not.toMatch(/Unexpected character|U\+0033|expected a character/);
    expect(html).toContain("cms-preview-notice");
    expect(html).toMatch(/&lt;/);
  });

  it("shows code in braces where it stands, marked, instead of dropping it without a word", () => {
    const html = render("Sessions cost {price} dollars.\n");
    expect(html).toMatch(/Sessions cost <span class="cms-preview-notice">\{price\}/);
    expect(html).toContain("dollars.");
  });
});

// Found in review (2026-12-07): the preview looked attributes up in a plain object, so a name such as
// `constructor` found Object's own and passed, and the pane crashed to Decap's error screen; and
// pictures from other sites, which the check refuses, were fetched by the pane.
describe("the editor's preview keeps what the check would refuse out of the pane", () => {
  it("drops an attribute named like an object's built-in property, and renders the rest", () => {
    const html = render('<a href="https://www.nhs.uk/" constructor="c" toString="t">NHS</a>\n');
    expect(html).toContain("NHS");
    expect(html).not.toMatch(/constructor|tostring/i);
  });

  it("fetches no picture from another site: it says so where the picture would be", () => {
    const html = render(
      "![a](https://raw.githubusercontent.com/x/y/main/a.png)\n\n![b](//evil.example/b.png)\n\n" +
        '<Figure src="https://avatars.githubusercontent.com/u/1" alt="f" />\n',
    );
    expect(html).not.toMatch(/<img[^>]+src="(https?:)?\/\//);
    expect(html).toContain("cms-preview-notice");
  });

  it("tells another site by how a browser reads the address, back slashes and tabs too", () => {
    // Found by the red team (2026-12-08): "/\\host/…" passed the pattern, and a browser reads it as //host/.
    for (const src of [
      "/\\evil.example/a.png",
      "\\/evil.example/a.png",
      "/\t/evil.example/a.png",
      " data:image/png;base64,AAAA",
    ]) {
      const html = render(`<Figure src="${src}" alt="f" />\n`);
      expect(html, src).not.toMatch(/<img/);
      expect(html, src).toContain("cms-preview-notice");
    }
    expect(render('<Figure src="images/room.jpg" alt="f" />\n')).toMatch(/<img[^>]+src="images\/room\.jpg"/);
  });
});
