// The build and the preview walk the body rules over the MDX compiler's own reading of a body
// (satteri, Rust, @astrojs/mdx's default); the browser editor, which has no compiler, over
// micromark's (src/lib/content/mdx-syntax.ts). A marketer meets the editor's check first, so it
// must find what the build finds: this reads every body in content/, every body row of the
// security table and shapes where Markdown and JSX meet with both parsers, and finds that both
// read the same code, components, attributes and addresses, and give the same messages (where
// micromark finds a syntax mistake, the build's are among the editor's).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilerReading } from "../../src/data/mdx-compiler-reading.ts";
import { checkMdxBody } from "../../src/lib/content/body-rules.ts";
import { parseMdxBody, type MdxNode } from "../../src/lib/content/mdx-syntax.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { ATTACKS, attackPost } from "../support/attacks.ts";
import { ruledParts } from "../support/mdx-parts.ts";

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

describe("the editor's reading of a body and the MDX compiler's agree", () => {
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
      // A body the editor reads must compile: a compiler's error is no message for a marketer.
      if (checked.problems.length === 0 && checked.tree) {
        expect(compileError, "the compiler refuses what the editor's reading let through").toBe("");
        expect(partsOf(compiled!)).toEqual(partsOf(checked.tree));
      }
      // The same words before a save and in the build.
      const words = (found: ReturnType<typeof checkMdxBody>) => found.map(formatProblem);
      const inBuild = words(checkMdxBody({ file, text }, compilerReading));
      const beforeSave = words(checkMdxBody({ file, text }));
      if (checked.problems.length === 0) expect(inBuild).toEqual(beforeSave);
      else {
        // micromark stops at a syntax mistake and names each one; the compiler may read the same
        // lines as one piece of code: the build names nothing the editor did not.
        expect(inBuild.length).toBeGreaterThan(0);
        for (const line of inBuild) expect(beforeSave).toContain(line);
      }
    });
  }
});
