import { describe, expect, it } from "vitest";
import { formatDate, isoDay } from "../../src/lib/content/dates.ts";
import { withBase } from "../../src/lib/site/paths.ts";
import { countWords, readingMinutes } from "../../src/lib/content/reading-time.ts";
import { tagCounts, tagLabel, topicPageIndexed } from "../../src/lib/content/tags.ts";
import { tableOfContents } from "../../src/lib/content/toc.ts";

describe("reading time", () => {
  it("counts prose words and ignores frontmatter, components and link targets", () => {
    const mdx = `---\ntitle: "A long title with many words"\n---\n\n## Two words\n\nRead [the guide](/blog/some-long-slug/) now.\n\n<QuizCallout />\n\n<Callout kind="note">Inside counts.</Callout>`;
    expect(countWords(mdx)).toBe(2 + 4 + 2);
  });
  it("rounds to whole minutes at about 220 words a minute, at least one", () => {
    expect(readingMinutes("word ".repeat(10))).toBe(1);
    expect(readingMinutes("word ".repeat(660))).toBe(3);
    expect(readingMinutes("word ".repeat(1000))).toBe(5);
  });
});

describe("dates", () => {
  it("formats a frontmatter date without shifting it across time zones", () => {
    expect(formatDate(new Date("2022-01-30"), "en-US")).toBe("January 30, 2022");
    expect(formatDate(new Date("2022-01-30"), "es-US")).toBe("30 de enero de 2022");
    expect(isoDay(new Date("2022-01-30"))).toBe("2022-01-30");
  });
});

describe("base path", () => {
  it("joins the deploy's base with a root-relative path", () => {
    expect(withBase("/", "/blog/")).toBe("/blog/");
    expect(withBase("/clinic/", "/blog/")).toBe("/clinic/blog/");
    expect(withBase("/clinic", "blog/")).toBe("/clinic/blog/");
  });
});

describe("table of contents", () => {
  const h2 = (n: number) => Array.from({ length: n }, (_, i) => ({ depth: 2, slug: `s${i}`, text: `S${i}` }));
  it("lists h2 sections when there are four or more", () => {
    const headings = [...h2(4), { depth: 3, slug: "sub", text: "Sub" }];
    expect(tableOfContents(headings).map((h) => h.slug)).toEqual(["s0", "s1", "s2", "s3"]);
  });
  it("is empty for a post with three sections", () => {
    expect(tableOfContents(h2(3))).toEqual([]);
  });
});

describe("tags", () => {
  it("counts posts per tag, most used first", () => {
    const posts = [{ data: { tags: ["b", "a"] } }, { data: { tags: ["a", "a"] } }];
    expect(tagCounts(posts)).toEqual([
      { tag: "a", count: 2 },
      { tag: "b", count: 1 },
    ]);
    expect(tagLabel("lower-back")).toBe("Lower back");
  });

  it("offers a topic's page to search engines from its second article", () => {
    expect([0, 1, 2, 7].map(topicPageIndexed)).toEqual([false, false, true, true]);
  });
});

describe("phone numbers", async () => {
  const { phoneLabel, telHref } = await import("../../src/lib/site/phone.ts");
  it("dials digits only and never wraps on screen", () => {
    expect(telHref("+1 (555) 010-0")).toBe("tel:+15550100");
    expect(phoneLabel("+1 555 0100")).toBe("+1\u00a0555\u00a00100");
  });
});

describe("lists in sentences", async () => {
  const { joinWithAnd } = await import("../../src/lib/quiz/wording.ts");
  it("joins with commas and a final 'and'", () => {
    expect(joinWithAnd([], "and")).toBe("");
    expect(joinWithAnd(["a"], "and")).toBe("a");
    expect(joinWithAnd(["a", "b"], "and")).toBe("a and b");
    expect(joinWithAnd(["a", "b", "c"], "and")).toBe("a, b and c");
    // The language's word: Spanish joins with "y".
    expect(joinWithAnd(["a", "b", "c"], "y")).toBe("a, b y c");
  });
});

describe("frontmatter", async () => {
  const { readFrontmatter } = await import("../../src/lib/content/frontmatter.ts");
  it("reads the YAML block at the top of an MDX file, and nothing when there is none", () => {
    expect(readFrontmatter('---\ntitle: "A"\ntags: [x]\n---\n\nBody')).toEqual({ title: "A", tags: ["x"] });
    expect(readFrontmatter("No frontmatter")).toEqual({});
  });
});

describe("slugs", async () => {
  const { fileSlug } = await import("../../src/lib/content/slug.ts");
  it("is the file name, whatever folder the file is in", () => {
    expect(fileSlug("neck-pain.mdx")).toBe("neck-pain");
    expect(fileSlug("content/posts/2026/neck-pain.mdx")).toBe("neck-pain");
    expect(fileSlug("notes.md")).toBe("notes");
  });
  it("makes a clean address from a file name with spaces, capitals or accents", () => {
    expect(fileSlug("content/posts/Back Pain Tips.mdx")).toBe("back-pain-tips");
    expect(fileSlug("Massage_für  Anfänger!.mdx")).toBe("massage-fur-anfanger");
    expect(fileSlug("!!!.mdx")).toBe("");
  });
});
