// The whole-site check compares its reading of each body with the MDX compiler's where the compiler
// runs (the build and `astro dev`): a body the two read differently, or one the compiler cannot
// read, is refused with its file and line. The real compiler agrees with the check on every body
// tried (parser-agreement.test.ts), so a compiler that reads otherwise stands in for a future one.
import { describe, expect, it } from "vitest";
import { compilerReading } from "../../src/data/mdx-compiler-reading.ts";
import { firstDifference, ruledParts } from "../../src/lib/content/mdx-parts.ts";
import type { MdxNode } from "../../src/lib/content/mdx-syntax.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { checkSite } from "../../src/lib/content/site-check.ts";
import { minimalSite, POST_FIELDS } from "../support/minimal-site.ts";

// The body starts on line 11 of the file: the callout is on line 13, the link on line 15.
const BODY =
  'Sit back in the chair.\n\n<Callout kind="note">Stand up every half hour.</Callout>\n\nSee [the quiz](/quiz/).';
const post = { file: "content/posts/x.mdx", text: `---\n${POST_FIELDS}\n---\n\n${BODY}\n` };
const site = minimalSite({ posts: [post], staticRoutes: ["/", "/quiz/"] });
const check = (reading?: (text: string) => MdxNode) =>
  checkSite(site, { today: "2026-06-01", includeDrafts: false, compilerReading: reading }).map(formatProblem);

describe("the check refuses a body the MDX compiler reads otherwise", () => {
  it("passes the post with the real compiler, and without one (the editor)", () => {
    expect(check(compilerReading)).toEqual([]);
    expect(check()).toEqual([]);
  });

  it("names the file, the line and what the compiler saw that the check did not", () => {
    // A compiler that reads the callout's words as code.
    const readsCode = (text: string) => compilerReading(text.replace("Stand up every half hour.", "{x}"));
    expect(check(readsCode)).toEqual([
      "content/posts/x.mdx:13  The site's check and the program that builds the pages read this line differently ({x}), so the check cannot vouch for it. Write the line more plainly: words, Markdown links and the ready-made components with straight quotes. If it still shows, ask a developer: the two readers need to agree.",
    ]);
    // One that sees another address for the link.
    const readsAnotherAddress = (text: string) => compilerReading(text.replace("(/quiz/)", "(/elsewhere/)"));
    expect(check(readsAnotherAddress)).toEqual([expect.stringContaining(":15  ")]);
    expect(check(readsAnotherAddress)[0]).toContain("(link /elsewhere/)");
  });

  it("names the compiler's own reason, on its line, when it cannot read the body", () => {
    const refuses = () => {
      throw new Error("13:1: Expected a closing tag for `<Callout>` (13:1) (mdx-jsx:unexpected-character)");
    };
    expect(check(refuses)).toEqual([
      expect.stringMatching(/^content\/posts\/x\.mdx:13 {2}.*\(Expected a closing tag for `<Callout>`\)/),
    ]);
  });
});

describe("the parts the rules look at", () => {
  const parts = (body: string) => ruledParts(compilerReading(`${body}\n`)).map(({ text }) => text);

  it("are code, braces, elements with their attributes, and addresses, in order", () => {
    expect(
      parts('import x from "y"\n\n<Figure src="a.png" alt="A" size={2} {...rest} />\n\n[a](/b) {1 + 1}'),
    ).toEqual([
      'code line import x from "y"',
      '<Figure src="a.png" alt="A" size={2} {...rest}>',
      "link /b",
      "{1 + 1}",
    ]);
  });

  it("differ at the first part one reading has that the other has not", () => {
    const a = [
      { text: "<Callout>", line: 3 },
      { text: "link /b", line: 5 },
    ];
    expect(firstDifference(a, a)).toBeUndefined();
    expect(firstDifference(a, [a[0]!, { text: "{x}", line: 5 }])).toEqual({ text: "{x}", line: 5 });
    expect(firstDifference(a, [a[0]!])).toEqual({ text: "link /b", line: 5 });
  });
});
