import { describe, expect, it } from "vitest";
import {
  checkAuthors,
  checkComponents,
  checkDuplicates,
  checkInternalLinks,
  checkRelated,
  formatProblems,
  normaliseRoute,
} from "../../src/lib/content/checks";

const routes = new Set(["/", "/blog/", "/blog/known/", "/quiz/", "/rss.xml"]);
const file = (text: string) => ({ file: "content/posts/example.mdx", text });

describe("internal link check", () => {
  it("accepts links to pages that exist, with or without slash, query or fragment", () => {
    const text =
      "[a](/blog/known/) [b](/blog/known) [c](/quiz/#start) [d](/rss.xml) [e](https://x.org/y) [f](mailto:a@b.c)";
    expect(checkInternalLinks(file(text), routes)).toEqual([]);
  });

  it("reports a link to a missing post with its line number", () => {
    const problems = checkInternalLinks(
      file("---\ntitle: x\n---\n\nText\n\nSee [this](/blog/nope/)."),
      routes,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/posts/example.mdx", line: 7 });
    expect(problems[0]?.message).toMatch(/\/blog\/nope\//);
  });

  it("checks href attributes in components too", () => {
    expect(checkInternalLinks(file('<a href="/tags/missing/">x</a>'), routes)).toHaveLength(1);
  });

  it("normalises routes", () => {
    expect(normaliseRoute("/blog/known?x=1#y")).toBe("/blog/known/");
    expect(normaliseRoute("/rss.xml")).toBe("/rss.xml");
  });
});

describe("component checks", () => {
  const types = new Set(["swedish", "deep-tissue"]);
  it("reports an unknown BookingButton service and lists the valid ones", () => {
    const [problem] = checkComponents(file('\n<BookingButton service="deep-tisue" />'), types);
    expect(problem).toMatchObject({ line: 2, field: "BookingButton service" });
    expect(problem?.hint).toMatch(/deep-tissue, swedish/);
  });
  it("reports images without alt text", () => {
    const problems = checkComponents(
      file('<Figure src="posts/a.jpg" />\n<Figure src="b.jpg" alt=" " />\n![](x.png)'),
      types,
    );
    expect(problems.map((p) => p.field)).toEqual(["Figure alt", "Figure alt", "image alt"]);
  });
  it("accepts correct usage", () => {
    expect(
      checkComponents(
        file('<BookingButton service="swedish" />\n<Figure src="a.jpg" alt="A desk" />'),
        types,
      ),
    ).toEqual([]);
  });
});

describe("site-wide checks", () => {
  const summary = (id: string, title: string, related: string[] = []) => ({
    file: `content/posts/${id}.mdx`,
    id,
    title,
    related,
  });
  it("reports duplicate titles (ignoring case) and duplicate slugs", () => {
    const problems = checkDuplicates([
      summary("a", "Same Title"),
      summary("b", "same title"),
      { ...summary("a", "Other"), file: "content/posts/2026/a.mdx" },
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      "content/posts/b.mdx title",
      "content/posts/2026/a.mdx slug",
    ]);
  });
  it("reports related: entries that are missing or self-references", () => {
    const problems = checkRelated([summary("a", "A", ["a", "gone", "b"])], new Set(["a", "b"]));
    expect(problems.map((p) => p.message)).toEqual([
      "a post cannot be related to itself.",
      '"gone" is not a published post.',
    ]);
  });
  it("reports unknown authors and reviewers", () => {
    const problems = checkAuthors(
      [{ file: "content/posts/a.mdx", author: "nobody", reviewedBy: "ghost" }],
      new Set(["clinical-team"]),
    );
    expect(problems.map((p) => p.field)).toEqual(["author", "reviewedBy"]);
  });
  it("formats each problem with file, line, field and a fix", () => {
    const text = formatProblems([
      { file: "content/posts/a.mdx", line: 3, field: "author", message: "bad.", hint: "do this." },
    ]);
    expect(text).toContain("content/posts/a.mdx:3 (author): bad.\n    Fix: do this.");
  });
});
