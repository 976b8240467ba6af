import { describe, expect, it } from "vitest";
import { contentAnnotations, workflowCommand } from "../../scripts/content-annotations.ts";

describe("content messages become annotations on the right file and line", () => {
  it("one line per mistake: file:LINE  message", () => {
    const output = [
      "12:00:01 [build] Building static entrypoints...",
      "content/posts/sleep.mdx:4  description: write 50 to 160 characters",
      'content/massage-types/thai.mdx:12  <BookingButton service="tai"> is not a massage type',
    ].join("\n");
    expect(contentAnnotations(output)).toEqual([
      { file: "content/posts/sleep.mdx", line: 4, message: "description: write 50 to 160 characters" },
      {
        file: "content/massage-types/thai.mdx",
        line: 12,
        message: '<BookingButton service="tai"> is not a massage type',
      },
    ]);
  });

  it("a listed mistake with its field and fix", () => {
    const output = [
      "The content has 2 mistakes; nothing was published:",
      "  - content/posts/a.mdx:31 (Figure alt): the image has no alt text.",
      '    Fix: add alt="…" describing what the image shows.',
      "  - content/posts/b.mdx (related): unknown-post is not a post.",
      "    Fix: use a post's file name.",
    ].join("\n");
    expect(contentAnnotations(output)).toEqual([
      {
        file: "content/posts/a.mdx",
        line: 31,
        message: 'Figure alt: the image has no alt text. Fix: add alt="…" describing what the image shows.',
      },
      {
        file: "content/posts/b.mdx",
        message: "related: unknown-post is not a post. Fix: use a post's file name.",
      },
    ]);
  });

  it("a file's schema mistakes, listed by field under the file, once each", () => {
    const output = [
      "[ContentError] content/posts/a.mdx has 2 mistakes:",
      "  - title: write a title of at least 10 characters",
      "  - pubDate: write the publication date as YYYY-MM-DD",
      "",
      "  Stack trace:",
      "content/posts/a.mdx has 2 mistakes:",
      "  - title: write a title of at least 10 characters",
    ].join("\n");
    expect(contentAnnotations(output)).toEqual([
      { file: "content/posts/a.mdx", message: "title: write a title of at least 10 characters" },
      { file: "content/posts/a.mdx", message: "pubDate: write the publication date as YYYY-MM-DD" },
    ]);
  });

  it("colours and unrelated lines are ignored", () => {
    expect(
      contentAnnotations("\u001b[31merror\u001b[39m Cannot find module 'x'\n  - in src/pages/a.astro"),
    ).toEqual([]);
  });

  it("writes GitHub's workflow command, escaping what it must", () => {
    expect(
      workflowCommand({ file: "content/posts/a.mdx", line: 3, message: "50% too long\nsecond line" }),
    ).toBe("::error file=content/posts/a.mdx,line=3::50%25 too long%0Asecond line");
    expect(workflowCommand({ file: "content/settings.yaml", message: "phone: digits only" })).toBe(
      "::error file=content/settings.yaml::phone: digits only",
    );
  });
});
