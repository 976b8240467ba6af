import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteCopy, type SiteCopy } from "../../scripts/site-copy";

const testimonial = (fields: string) => () => `${fields}\nconsent: true\n`;

describe("clients' words", () => {
  let copy: SiteCopy;
  beforeAll(() => {
    copy = buildSiteCopy({
      changes: {
        "content/testimonials/maria-g.yaml": testimonial(
          'quote: "I came in unable to sit through a work day, and left knowing which stretches to do at my desk."\nname: Maria G.\ndate: 2026-10-02\nmassageType: swedish',
        ),
        "content/testimonials/a-client.yaml": testimonial(
          'quote: "Jordan listened first and kept checking the pressure with me the whole time."\nname: a client\ndate: 2026-11-15',
        ),
        "content/settings.yaml": (text) =>
          `${text}\nreviews:\n  url: https://reviews.example.com/still-point\n  platform: Google\n`,
      },
    });
  }, 600_000);
  afterAll(() => copy?.remove());

  const read = (path: string) => readFileSync(join(copy.dir, "dist", path), "utf8");
  const quotes = (html: string) =>
    [...html.matchAll(/<blockquote[^>]*>\s*<p[^>]*>([^<]+)<\/p>[\s\S]*?<figcaption[^>]*>([^<]+)</g)].map(
      ([, quote = "", by = ""]) => `${by.trim()}: ${quote.slice(0, 20)}`,
    );

  it("shows them on the home page, newest first, and on the matching massage type's page only", () => {
    expect(copy.ok, copy.output.slice(-3000)).toBe(true);
    expect(quotes(read("index.html"))).toEqual([
      "a client, November 2026: Jordan listened firs",
      "Maria G., October 2026: I came in unable to ",
    ]);
    expect(quotes(read("massage/swedish/index.html"))).toEqual([
      "Maria G., October 2026: I came in unable to ",
    ]);
    expect(quotes(read("massage/deep-tissue/index.html"))).toEqual([]);
    expect(read("index.html")).toContain('href="https://reviews.example.com/still-point"');
    expect(read("index.html")).toContain("Read more reviews on Google");
  });

  it("never marks them up as reviews or ratings for search engines", () => {
    const pages = readdirSync(join(copy.dir, "dist"), { recursive: true, encoding: "utf8" }).filter((name) =>
      name.endsWith(".html"),
    );
    for (const page of pages) {
      for (const [, json = ""] of read(page).matchAll(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
      )) {
        expect(json, page).not.toMatch(/"@type":"(Review|AggregateRating)"|"review"|"aggregateRating"/);
      }
    }
  });
});
