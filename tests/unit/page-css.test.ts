import { describe, expect, it } from "vitest";
import { combinedCss, pageStyles } from "../../src/lib/html/page-css.ts";

// The editor's preview pane gets the post page's styles from the built page: a sheet missed here is
// a style the preview does not show.
const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><p>x</p></body></html>`;

describe("pageStyles", () => {
  it("lists linked and inline stylesheets in document order, and nothing else", () => {
    const html = page(
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css?v=1&amp;x=2">' +
        "<style>.callout{color:red}</style><link rel=stylesheet href=/_astro/b.css>" +
        '<link rel="alternate" href="/rss.xml">',
    );
    expect(pageStyles(html)).toEqual([
      { kind: "link", href: "/_astro/a.css?v=1&x=2" },
      { kind: "inline", css: ".callout{color:red}" },
      { kind: "link", href: "/_astro/b.css" },
    ]);
  });
});

describe("combinedCss", () => {
  it("joins every page's sheets once each, in the order first seen, and skips unreadable ones", async () => {
    const one = page('<link rel="stylesheet" href="/a.css"><style>.x{}</style>');
    const two = page(
      '<link rel="stylesheet" href="/a.css"><style>.y{}</style><link rel="stylesheet" href="/gone.css">',
    );
    const read = (href: string) => Promise.resolve(href === "/a.css" ? ".a{}" : undefined);
    expect(await combinedCss([one, two], read)).toBe(".a{}\n.x{}\n.y{}");
  });
});
