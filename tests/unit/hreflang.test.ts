import { describe, expect, it } from "vitest";
import { hreflangLinks, keptOutOfSearch } from "../../src/lib/html/hreflang.ts";

describe("hreflangLinks", () => {
  it("reads each translation a page's head names, and nothing from its body", () => {
    const html = `<html><head>
      <link rel="canonical" href="https://x.example/es/quiz/">
      <link rel="alternate" hreflang="en" href="https://x.example/quiz/">
      <link rel="alternate" hreflang="es" href="https://x.example/es/quiz/">
      <link rel="alternate" hreflang="x-default" href="https://x.example/quiz/">
      <link rel="alternate" type="application/rss+xml" href="/es/rss.xml">
      </head><body><link rel="alternate" hreflang="fr" href="https://x.example/fr/"></body></html>`;
    expect(hreflangLinks(html)).toEqual([
      { lang: "en", url: "https://x.example/quiz/" },
      { lang: "es", url: "https://x.example/es/quiz/" },
      { lang: "x-default", url: "https://x.example/quiz/" },
    ]);
  });

  it("a page with no translations names none", () => {
    expect(hreflangLinks("<html><head><title>x</title></head><body></body></html>")).toEqual([]);
  });
});

describe("a page kept out of search, as the sitemap reads its head", () => {
  it("finds robots noindex in the head, in any attribute order and quoting, and nothing else", () => {
    expect(keptOutOfSearch('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(keptOutOfSearch("<head><meta content='noindex, nofollow' name=robots></head>")).toBe(true);
    expect(keptOutOfSearch('<head><meta name="description" content="noindex"></head>')).toBe(false);
    expect(keptOutOfSearch('<head></head><body><meta name="robots" content="noindex"></body>')).toBe(false);
    expect(keptOutOfSearch('<head><meta name="robots" content="index, follow"></head>')).toBe(false);
  });
});
