import { h } from "preact";
import { describe, expect, it } from "vitest";
import { renderMarkup, slot } from "../../src/components/mdx/render-markup.ts";

// Found in review (2026-12-07): the slot's place was a fixed private-use mark, which content can
// write too (`title="&#xE000;body&#xE000;"`): the slot's HTML then landed inside the attribute, and
// the first quote in it ended the attribute.
describe("renderMarkup", () => {
  it("puts a slot's HTML where the component places it", () => {
    expect(renderMarkup(h("aside", { class: "callout" }, slot("body")), { body: "<p>Tip</p>" })).toBe(
      '<aside class="callout"><p>Tip</p></aside>',
    );
  });

  it("never where content wrote a look-alike of the slot's mark: that stays text", () => {
    const html = renderMarkup(h("aside", { "aria-label": "\uE000body\uE000" }, slot("body")), {
      body: '<p>Tip: <span lang="a data-x=1 b">stretch</span></p>',
    });
    expect(html).toBe(
      '<aside aria-label="\uE000body\uE000"><p>Tip: <span lang="a data-x=1 b">stretch</span></p></aside>',
    );
  });
});
