import { describe, expect, it } from "vitest";
import { isHttpsAddress } from "../../src/lib/html/https-address.ts";
import { postSchema } from "../../src/lib/content/schemas.ts";
import { z } from "astro/zod";

// One rule for a link content/ gives to another site: the schema refuses what the preview draws as words.
const sources = postSchema({ image: () => z.string(), author: () => z.string() }).shape.sources;

describe("an https address, the one kind of outside link content/ may give", () => {
  const samples = [
    "https://www.ncbi.nlm.nih.gov/books/NBK1/",
    "HTTPS://example.org/a?b=c#d",
    "http://example.org/",
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "//example.org/",
    "/blog/",
    "example.org",
    "",
  ];

  it("is the schema's rule and the preview's alike", () => {
    for (const url of samples) {
      const source = [{ title: "A source", publisher: "A publisher", year: 2015, url }];
      expect(isHttpsAddress(url), url).toBe(sources.safeParse(source).success);
    }
    expect(samples.filter((url) => isHttpsAddress(url))).toEqual([
      "https://www.ncbi.nlm.nih.gov/books/NBK1/",
      "HTTPS://example.org/a?b=c#d",
    ]);
    expect(isHttpsAddress(undefined)).toBe(false);
  });
});
