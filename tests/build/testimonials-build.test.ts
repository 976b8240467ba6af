import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { publishedVariant } from "../support/variants.ts";

describe("clients' words", () => {
  // Two clients' words and the reviews link are in the shared published variant (tests/support/variants.ts).
  let copy: BuiltVariant;
  beforeAll(async () => {
    copy = builtVariant(await publishedVariant());
  }, 600_000);

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
