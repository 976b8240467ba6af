import { describe, expect, it } from "vitest";
import { moveIslandStyleToHead } from "../../src/lib/html/island-style.ts";

describe("island style hoisting", () => {
  const style = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";
  it("moves Astro's island rule from body into head", () => {
    const html = `<html><head><title>x</title></head><body>${style}<astro-island></astro-island></body></html>`;
    expect(moveIslandStyleToHead(html)).toBe(
      `<html><head><title>x</title>${style}</head><body><astro-island></astro-island></body></html>`,
    );
  });
  it("leaves pages without islands untouched", () => {
    const html = "<html><head></head><body><p>x</p></body></html>";
    expect(moveIslandStyleToHead(html)).toBe(html);
  });
});
