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
