import { describe, expect, it } from "vitest";
import { byNewestFirst, isPublished } from "../../src/lib/content/posts";
import { neighbours } from "../../src/lib/content/neighbours";

const now = new Date("2026-06-01T12:00:00Z");

describe("which posts a build publishes", () => {
  it("publishes a dated, non-draft post", () => {
    expect(isPublished({ draft: false, pubDate: new Date("2026-05-01") }, now, false)).toBe(true);
  });
  it("leaves drafts out of production but shows them while writing", () => {
    expect(isPublished({ draft: true, pubDate: new Date("2026-05-01") }, now, false)).toBe(false);
    expect(isPublished({ draft: true, pubDate: new Date("2026-05-01") }, now, true)).toBe(true);
  });
  it("holds a scheduled post back until a build on or after its date", () => {
    expect(isPublished({ draft: false, pubDate: new Date("2026-07-01") }, now, false)).toBe(false);
    expect(isPublished({ draft: false, pubDate: new Date("2026-06-01") }, now, false)).toBe(true);
  });
  it("sorts newest first, then by slug", () => {
    const posts = [
      { id: "b", data: { pubDate: new Date("2026-01-01") } },
      { id: "c", data: { pubDate: new Date("2026-03-01") } },
      { id: "a", data: { pubDate: new Date("2026-01-01") } },
    ];
    expect(posts.sort(byNewestFirst).map((post) => post.id)).toEqual(["c", "a", "b"]);
  });
  it("finds the newer and older neighbour of a post", () => {
    const list = [{ id: "new" }, { id: "mid" }, { id: "old" }];
    expect(neighbours(list, "mid")).toEqual({ newer: { id: "new" }, older: { id: "old" } });
    expect(neighbours(list, "new").newer).toBeUndefined();
    expect(neighbours(list, "missing")).toEqual({ newer: undefined, older: undefined });
  });
});
