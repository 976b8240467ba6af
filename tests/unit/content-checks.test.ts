import { describe, expect, it } from "vitest";
import { readBody } from "../../src/lib/content/body-rules.ts";
import {
  checkAuthors,
  checkDuplicates,
  checkInternalLinks,
  checkRelated,
  normaliseRoute,
} from "../../src/lib/content/checks.ts";
import { formatProblems } from "../../src/lib/content/problems.ts";

const routes = new Set(["/", "/blog/", "/blog/known/", "/quiz/", "/rss.xml"]);
const file = (text: string) => ({ file: "content/posts/example.mdx", text });

const internal = (content: { file: string; text: string }, known: ReadonlySet<string>) =>
  checkInternalLinks(content.file, readBody(content).siteLinks, known);

describe("internal link check", () => {
  it("accepts links to pages that exist, with or without slash, query or fragment", () => {
    const text =
      "[a](/blog/known/) [b](/blog/known) [c](/quiz/#start) [d](/rss.xml) [e](https://x.org/y) [f](mailto:a@b.c)";
    expect(internal(file(text), routes)).toEqual([]);
  });

  it("reports a link to a missing post with its line number", () => {
    const problems = internal(file("---\ntitle: x\n---\n\nText\n\nSee [this](/blog/nope/)."), routes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/posts/example.mdx", line: 7 });
    expect(problems[0]?.what).toMatch(/\/blog\/nope\//);
  });

  it("checks href attributes in components too", () => {
    expect(internal(file('<a href="/tags/missing/">x</a>'), routes)).toHaveLength(1);
    expect(internal(file("[x][r]\n\n[r]: /tags/missing/"), routes)).toHaveLength(1);
  });

  it("normalises routes", () => {
    expect(normaliseRoute("/blog/known?x=1#y")).toBe("/blog/known/");
    expect(normaliseRoute("/rss.xml")).toBe("/rss.xml");
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
    // Each of the two is named, with the other: the editor shows the file it is saving.
    expect(problems.map((p) => `${p.file}: ${p.what}`)).toEqual([
      "content/posts/2026/a.mdx: content/posts/2026/a.mdx and content/posts/a.mdx would both publish at /blog/a/.",
      "content/posts/a.mdx: title is the same as in content/posts/b.mdx.",
      "content/posts/b.mdx: title is the same as in content/posts/a.mdx.",
    ]);
  });
  it("reports related: entries that are missing or self-references", () => {
    const problems = checkRelated([summary("a", "A", ["a", "gone", "b"])], new Set(["a", "b"]));
    expect(problems.map((p) => `${p.what} ${p.fix}`)).toEqual([
      "related lists this post itself. List file names of other published posts, without .mdx.",
      'related "gone" is not a published post. Use one of: b.',
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
      { file: "content/posts/b.mdx", field: "title", what: "title is missing.", fix: "Add it." },
      {
        file: "content/posts/a.mdx",
        line: 3,
        field: "author",
        what: 'author "x" is not an author.',
        fix: "Use one of: y.",
      },
    ]);
    expect(text).toBe(
      "The content has 2 mistakes; nothing is published until they are fixed. Fix each line below and save:\n\n" +
        'content/posts/a.mdx:3  author "x" is not an author. Use one of: y.\n' +
        "content/posts/b.mdx  title is missing. Add it.\n",
    );
  });
});
