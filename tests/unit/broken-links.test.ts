import { describe, expect, it } from "vitest";
import { checkInternalLinks } from "../../src/lib/content/checks.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";

// Found reviewing the editor (2026-12-07): a broken link in one of the FAQ's seven answers was shown
// only in the list at the top (the problem named no field), and the fix spoke of posts' addresses
// where the marketer had mistyped /prices/.
describe("a link to a page that does not exist", () => {
  const routes = new Set(["/", "/prices/", "/blog/", "/blog/sciatica-and-massage/"]);

  it("is placed at the field that holds it, and suggests the address it most likely meant", () => {
    const [found] = checkInternalLinks(
      "content/faq.yaml",
      [{ target: "/price/", line: 12, field: "questions.3.answer" }],
      routes,
    );
    expect(found?.field).toBe("questions.3.answer");
    expect(formatProblem(found!)).toMatch(
      /\/price\/ goes to a page that does not exist.*Did you mean \/prices\/\?/,
    );
  });

  it("in a body, where no field holds it, is the body's, with the general fix", () => {
    const [found] = checkInternalLinks(
      "content/posts/x.mdx",
      [{ target: "/blog/no-such-post/", line: 9 }],
      routes,
    );
    expect(found?.field).toBe("link");
    expect(formatProblem(found!)).toMatch(/a post's address is \/blog\//);
  });
});
