import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/lib/content/frontmatter.ts";

// The practice's original text (a copy of shared/source/six-reasons-article.txt) and the post made
// from it. Every paragraph must be carried over word for word, apart from the listed typo fixes.
const original = readFileSync("tests/fixtures/six-reasons-article.txt", "utf8");
const post = readFileSync("content/posts/six-reasons-to-get-a-massage-for-back-pain.mdx", "utf8");
const TYPO_FIXES: Array<[string, string]> = [
  ["the tension relieve will help", "the tension relief will help"],
];

const paragraphs = original
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line.length > 0);
const [title, date, author, summary, ...body] = paragraphs;

describe("the six-reasons article", () => {
  const data = readFrontmatter(post);

  it("keeps the title, date, author and summary", () => {
    expect(data["title"]).toBe(title);
    expect(date).toBe("January 30, 2022");
    expect(data["pubDate"]).toBe("2022-01-30");
    expect(author).toBe("Derrick Allen");
    expect(data["author"]).toBe("derrick-allen");
    expect(data["description"]).toBe(summary);
  });

  it("carries over every paragraph, in order, with the six reasons and the closing as h2 headings", () => {
    let position = 0;
    for (const paragraph of body) {
      const fixed = TYPO_FIXES.reduce((text, [from, to]) => text.replace(from, to), paragraph);
      const isHeading = /^\d\. /.test(fixed) || fixed === "Ready to Get a Massage for Back Pain?";
      const expected = isHeading ? `## ${fixed}` : fixed;
      const found = post.indexOf(expected, position);
      expect(found, `missing or out of order: ${expected}`).toBeGreaterThan(-1);
      position = found + expected.length;
    }
  });
});
