import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/lib/content/frontmatter.ts";

// Found by an audit of the editor (2026-12-08): the fixes gave /blog/sciatica-and-massage/ as the
// example of "a published page", and that post is a draft: a marketer who copied it was refused again.
describe("the addresses the messages give as examples", () => {
  const catalogue = readFileSync("src/lib/content/messages.ts", "utf8");
  // /blog/old-name/ stands for an address that moved: it has no page by design.
  const examples = [
    ...new Set(
      [...catalogue.matchAll(/(?:e\.g\. |suggestion: ")(\/blog\/[a-z0-9-]+\/)/g)].map((match) => match[1]!),
    ),
  ].filter((address) => address !== "/blog/old-name/");

  it("are articles the site publishes", () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const address of examples) {
      const file = `content/posts/${address.slice("/blog/".length, -1)}.mdx`;
      const fields = readFrontmatter(readFileSync(file, "utf8"));
      expect(fields["draft"] ?? false, `${address}: ${file} is a draft`).toBe(false);
      // Published: its day has come (a post dated ahead waits, src/data/posts.ts).
      expect(String(fields["pubDate"] ?? "9999") <= new Date().toISOString().slice(0, 10), address).toBe(
        true,
      );
    }
  });
});
