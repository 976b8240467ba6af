import { describe, expect, it } from "vitest";
import { builtPageFor, lastModifiedFromHtml } from "../../src/lib/seo/sitemap-lastmod";

describe("sitemap lastmod from the built pages", () => {
  const head = (meta: string) => `<html><head><meta charset="utf-8">${meta}</head><body></body></html>`;

  it("uses the modified time when a post was updated, else its published time", () => {
    expect(
      lastModifiedFromHtml(
        head(
          '<meta property="article:published_time" content="2026-01-05T00:00:00.000Z"><meta property="article:modified_time" content="2026-02-10T00:00:00.000Z">',
        ),
      )?.toISOString(),
    ).toBe("2026-02-10T00:00:00.000Z");
    expect(
      lastModifiedFromHtml(
        head('<meta property="article:published_time" content="2026-01-05T00:00:00.000Z">'),
      )?.getUTCDate(),
    ).toBe(5);
    expect(lastModifiedFromHtml(head('<meta name="description" content="A page">'))).toBeUndefined();
  });

  it("finds the built file of a sitemap URL under any base path", () => {
    expect(builtPageFor("https://x.org/blog/a/", "/")).toBe("blog/a/index.html");
    expect(builtPageFor("https://x.org/clinic/blog/b/", "/clinic/")).toBe("blog/b/index.html");
    expect(builtPageFor("https://x.org/clinic/", "/clinic")).toBe("index.html");
    expect(builtPageFor("https://x.org/other/", "/clinic/")).toBeUndefined();
  });
});
