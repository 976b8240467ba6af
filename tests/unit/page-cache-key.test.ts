import { describe, expect, it } from "vitest";
import { pageCacheKey } from "../../src/lib/html/page-cache-key.ts";
import { usesQuiz } from "../../src/lib/content/quiz-embed.ts";

describe("the key under which the next build may reuse a page", () => {
  const post = { id: "a", data: { title: "A", pubDate: new Date("2026-03-14T00:00:00Z"), tags: ["x"] } };

  it("is the same for the same data, built again from scratch", () => {
    const again = structuredClone(post);
    expect(pageCacheKey("site", post)).toBe(pageCacheKey("site", again));
  });

  it("changes with anything the page shows: a title, a date, a neighbour, the shared data", () => {
    const key = pageCacheKey("site", { post, newer: undefined });
    expect(
      pageCacheKey("site", { post: { ...post, data: { ...post.data, title: "B" } }, newer: undefined }),
    ).not.toBe(key);
    expect(
      pageCacheKey("site", {
        post: { ...post, data: { ...post.data, pubDate: new Date("2026-03-15T00:00:00Z") } },
      }),
    ).not.toBe(key);
    expect(pageCacheKey("site", { post, newer: { id: "b" } })).not.toBe(key);
    expect(pageCacheKey("site 2", { post, newer: undefined })).not.toBe(key);
    expect(pageCacheKey("site", { post, review: { kind: "overdue" } })).not.toBe(
      pageCacheKey("site", { post, review: { kind: "current" } }),
    );
  });

  it("refuses data JSON would drop, which would keep an old key for changed data", () => {
    expect(() => pageCacheKey({ tags: new Set(["x"]) })).toThrow(/plain data/);
    expect(() => pageCacheKey({ byId: new Map([["a", 1]]) })).toThrow(/plain data/);
    expect(() => pageCacheKey({ title: () => "A" })).toThrow(/plain data/);
  });
});

describe("whether a post shows the quiz", () => {
  it("finds the quiz component however it is written, and nothing else", () => {
    expect(usesQuiz("Intro\n\n<Quiz />\n")).toBe(true);
    expect(usesQuiz("<Quiz/>")).toBe(true);
    expect(usesQuiz("<Quiz\n/>")).toBe(true);
    expect(usesQuiz('<QuizCallout text="Take the quiz" />')).toBe(false);
    expect(usesQuiz("Take the quiz on our quiz page.")).toBe(false);
    expect(usesQuiz(undefined)).toBe(false);
  });
});

describe("the key of a page showing a photo", () => {
  // Like Astro's image metadata while a page renders in a build (createImageAsset in
  // astro/dist/assets/utils/image-asset.js): reading `src` notes the original as used as it is.
  function astroImage(src: string) {
    const read: string[] = [];
    const image = { width: 6000, height: 4000, format: "png" };
    Object.defineProperty(image, "fsPath", { value: "/site/content/posts/huge.png", enumerable: false });
    Object.defineProperty(image, Symbol.for("astro:image-asset:raw-src"), { get: () => src });
    Object.defineProperty(image, "src", {
      enumerable: true,
      get() {
        read.push("src");
        return src;
      },
    });
    return { proxy: image, read };
  }

  it("does not mark the full-size original as used, and changes when the photo does", () => {
    const before = astroImage("/_astro/huge.AAAA.png");
    const key = pageCacheKey({ post: { data: { heroImage: before.proxy } } });
    expect(before.read).toEqual([]);
    expect(pageCacheKey({ post: { data: { heroImage: astroImage("/_astro/huge.AAAA.png").proxy } } })).toBe(
      key,
    );
    expect(
      pageCacheKey({ post: { data: { heroImage: astroImage("/_astro/huge.BBBB.png").proxy } } }),
    ).not.toBe(key);
  });
});
