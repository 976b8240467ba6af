import { describe, expect, it } from "vitest";
import {
  checkAuthors,
  checkCodeLines,
  checkComponents,
  checkDuplicates,
  checkInternalLinks,
  checkRelated,
  checkRawHtml,
  normaliseRoute,
} from "../../src/lib/content/checks";
import { formatProblems } from "../../src/lib/content/problems";

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
    expect(problems[0]?.what).toMatch(/\/blog\/nope\//);
  });

  it("checks href attributes in components too", () => {
    expect(checkInternalLinks(file('<a href="/tags/missing/">x</a>'), routes)).toHaveLength(1);
  });

  it("normalises routes", () => {
    expect(normaliseRoute("/blog/known?x=1#y")).toBe("/blog/known/");
    expect(normaliseRoute("/rss.xml")).toBe("/rss.xml");
  });
});

describe("code line check", () => {
  it("reports an import or export line with its line number, and leaves prose alone", () => {
    const text = [
      "---",
      "title: x",
      "---",
      "",
      'import Chart from "../../src/components/Chart.astro";',
      "",
      "Important: exports of tension to the neck are common.",
      "",
      "  import is only code at the start of a line.",
      "",
      "export const meta = { hidden: true };",
    ].join("\n");
    const problems = checkCodeLines(file(text));
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [5, "import"],
      [11, "export"],
    ]);
    expect(problems[0]?.what).toContain('import Chart from "../../src/components/Chart.astro"; is code.');
    const long = `import { ${"Chart, ".repeat(20)}Table } from "../../src/components/index.ts";`;
    const [shortened] = checkCodeLines(file(long));
    expect(shortened?.what.split(" is code.")[0]).toBe(`${long.slice(0, 59)}…`);
  });
});

describe("component checks", () => {
  const types = new Set(["swedish", "deep-tissue"]);
  it("reports an unknown BookingButton service and lists the valid ones", () => {
    const [problem] = checkComponents(file('\n<BookingButton service="deep-tisue" />'), types);
    expect(problem).toMatchObject({ line: 2, field: "BookingButton service" });
    expect(problem?.what).toBe('BookingButton service "deep-tisue" is not a massage type.');
    expect(problem?.fix).toBe("Use one of: deep-tissue or swedish.");
  });
  it("reports images without alt text", () => {
    const problems = checkComponents(
      file('<Figure src="posts/a.jpg" />\n<Figure src="b.jpg" alt=" " />\n![](x.png)'),
      types,
    );
    expect(problems.map((p) => p.field)).toEqual(["Figure alt", "Figure alt", "image alt"]);
  });
  it("reports missing images with the path looked for, and images from other sites", () => {
    const files = new Set(["content/posts/images/a.jpg"]);
    const problems = checkComponents(
      file(
        '![A](./images/a.jpg)\n![B](./images/b.jpg)\n<Figure src="posts/images/c.jpg" alt="C" />\n![D](https://x.org/d.jpg)',
      ),
      types,
      files,
    );
    expect(problems.map((p) => [p.line, p.what])).toEqual([
      [3, 'Figure src "posts/images/c.jpg": there is no file content/posts/images/c.jpg.'],
      [2, 'image "./images/b.jpg": there is no file content/posts/images/b.jpg.'],
      [4, expect.stringMatching(/^The image https:\/\/x\.org\/d\.jpg comes from another website/)],
    ]);
  });
  it("reports a YouTube video without a usable id or title", () => {
    const problems = checkComponents(
      file('<YouTube id="https://youtu.be/dQw4w9WgXcQ" />\n<YouTube id="dQw4w9WgXcQ" title="A stretch" />'),
      types,
    );
    expect(problems.map((p) => `${p.line} ${p.what}`)).toEqual([
      '1 YouTube id "https://youtu.be/dQw4w9WgXcQ" is not accepted.',
      "1 YouTube title is not accepted.",
    ]);
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
    expect(problems.map((p) => p.what)).toEqual([
      "content/posts/2026/a.mdx and content/posts/a.mdx would both publish at /blog/a/.",
      "title is the same as in content/posts/a.mdx.",
    ]);
    expect(problems[1]?.file).toBe("content/posts/b.mdx");
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

describe("raw HTML the live site would block", () => {
  it("names each snippet, its line and the component to use instead", () => {
    const problems = checkRawHtml(
      file(
        '---\ntitle: x\n---\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n<script>alert(1)</script>\n<style>p{}</style>\n<a href="/quiz/" onclick="go()">x</a>',
      ),
    );
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [4, "<iframe>"],
      [5, "<script>"],
      [6, "<style>"],
      [7, "onclick"],
    ]);
    expect(problems[0]?.fix).toBe(
      'Use the YouTube component instead: <YouTube id="dQw4w9WgXcQ" title="What the video shows" />.',
    );
  });
  it("leaves components and text about tags alone", () => {
    expect(
      checkRawHtml(
        file('<YouTube id="dQw4w9WgXcQ" title="A stretch" />\n<Callout kind="note">Scripts</Callout>'),
      ),
    ).toEqual([]);
  });
});
