// The content check reads a body with micromark (src/lib/content/mdx-syntax.ts, the same parser in
// the build, the preview and the editor), while Astro's MDX compiler reads it with satteri (Rust,
// @astrojs/mdx's default). The allowlist holds for what is published only if both see the same
// code, components, attributes and addresses: a body that micromark reads as text but the compiler
// reads as an expression would run at build time unchecked. The build refuses such a body
// (compiler-reading.test.ts); this reads every body in content/, every body row of the security
// table and shapes where Markdown and JSX meet with both parsers, and finds that they agree, so
// none of them is refused for it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilerReading } from "../../src/data/mdx-compiler-reading.ts";
import { ruledParts } from "../../src/lib/content/mdx-parts.ts";
import { parseMdxBody, type MdxNode } from "../../src/lib/content/mdx-syntax.ts";
import { ATTACKS, attackPost } from "../support/attacks.ts";

/** What the rules look at, without the lines (the test compares the readings alone). */
const partsOf = (tree: MdxNode) => ruledParts(tree).map(({ text }) => text);

const CONTENT = "content";
const contentBodies = readdirSync(CONTENT, { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".mdx"))
  .sort()
  .map((name) => ({ file: join(CONTENT, name), text: readFileSync(join(CONTENT, name), "utf8") }));

const securityBodies = ATTACKS.flatMap((attack, index) => {
  const post = attack.target.kind === "post-body" ? attackPost(attack, index) : undefined;
  return post ? [{ ...post, file: `${post.file} (${attack.name})` }] : [];
});

/** Where Markdown and JSX meet: code, comments, escapes, lazy lines, containers. */
const EDGES = [
  "`<script>alert(1)</script>` in code",
  "    <Callout>indented four spaces: code</Callout>",
  "```\n{process.exit(1)}\n```",
  "~~~mdx\nimport x from 'y'\n~~~",
  "Text \\{not an expression\\} and \\<not an element>.",
  "<!-- an HTML comment {process.exit(1)} -->",
  "{/* a writers' note */}",
  '> quoted {1 + 1}\nlazy line <abbr title="x">y</abbr>',
  '- item\n\n  <Callout kind="note">in a list</Callout>',
  "| a | b |\n| - | - |\n| {1} | <abbr>x</abbr> |",
  "Heading {2}\n===",
  '[link](/quiz/ "{title}") and ![pic](./p.png "{t}")',
  "<https://example.com/{x}> and www.example.com/{y}",
  '[x][r]\n\n[r]: </a b> "{t}"',
  "a <b>bold {1}</b> c",
  "export const a = 1\nmore text",
  "  import x from 'y'",
  '<Callout kind="note" title={`template ${1}`}>x</Callout>',
  '<Figure src="posts/images/a.png" alt="a" {...{ onLoad: 1 }} />',
  "&lt;script&gt; and &#123;1&#125;",
  "text\t{tabbed}",
  "<div>\n\n{inside}\n\n</div>",
];
const edgeBodies = EDGES.map((body, index) => ({
  file: `content/posts/edge-${index + 1}.mdx`,
  text: `---\ntitle: "Edge ${index + 1}"\n---\n\n${body}\n`,
}));

describe("the content check and the MDX compiler read a body alike", () => {
  it("has bodies to read", () => {
    expect(contentBodies.length).toBeGreaterThan(10);
    expect(securityBodies.length).toBeGreaterThan(20);
  });

  for (const { file, text } of [...contentBodies, ...securityBodies, ...edgeBodies]) {
    it(file, () => {
      const checked = parseMdxBody({ file, text });
      let compiled: MdxNode | undefined;
      let compileError = "";
      try {
        compiled = compilerReading(text);
      } catch (error) {
        compileError = (error as Error).message;
      }
      // A body the check refuses for its syntax never reaches the compiler.
      if (checked.problems.length > 0 || !checked.tree) return;
      // One the check lets through must compile: a compiler's error is no message for a marketer.
      expect(compileError, "the compiler refuses what the check let through").toBe("");
      expect(partsOf(compiled!)).toEqual(partsOf(checked.tree));
    });
  }
});
