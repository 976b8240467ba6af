// Where Astro's MDX compiler runs (the build and `astro dev`), the body rules walk the compiler's own
// reading of each body: what the check vouches for is what becomes the page. A body the compiler
// cannot read is refused with the writer's words for the mistake (micromark's diagnosis), or with
// the compiler's own reason when micromark reads it. The real compiler reads every body tried as
// the editor does (parser-agreement.test.ts), so a compiler that reads otherwise stands in for a
// future one.
import { describe, expect, it } from "vitest";
import { compilerReading } from "../../src/data/mdx-compiler-reading.ts";
import type { MdxNode } from "../../src/lib/content/mdx-syntax.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { checkSite } from "../../src/lib/content/site-check.ts";
import { minimalSite, POST_FIELDS } from "../support/minimal-site.ts";

// The body starts on line 11 of the file: the callout is on line 13, the link on line 15.
const BODY =
  'Sit back in the chair.\n\n<Callout kind="note">Stand up every half hour.</Callout>\n\nSee [the quiz](/quiz/).';
const postWith = (body: string) => ({
  file: "content/posts/x.mdx",
  text: `---\n${POST_FIELDS}\n---\n\n${body}\n`,
});
const check = (reading?: (text: string) => MdxNode, body = BODY) =>
  checkSite(minimalSite({ posts: [postWith(body)], staticRoutes: ["/", "/quiz/"] }), {
    today: "2026-06-01",
    includeDrafts: false,
    compilerReading: reading,
  }).map(formatProblem);

describe("the build's check walks the MDX compiler's reading of a body", () => {
  it("passes the post with the real compiler, and without one (the editor)", () => {
    expect(check(compilerReading)).toEqual([]);
    expect(check()).toEqual([]);
  });

  it("refuses what the compiler sees, on its line, even where micromark sees nothing wrong", () => {
    // A compiler that reads the callout's words as code.
    const readsCode = (text: string) => compilerReading(text.replace("Stand up every half hour.", "{x}"));
    expect(check(readsCode)).toEqual([expect.stringMatching(/^content\/posts\/x\.mdx:13 {2}\{x\} is code/)]);
    // One that sees another address for the link: the page it names does not exist.
    const readsAnotherAddress = (text: string) => compilerReading(text.replace("(/quiz/)", "(/elsewhere/)"));
    expect(check(readsAnotherAddress)).toEqual([
      expect.stringMatching(/^content\/posts\/x\.mdx:15 {2}.*\/elsewhere\//),
    ]);
    // One that reads an image without its description.
    const body = `${BODY}\n\n![A chair by a window](./chair.jpg)`;
    const dropsAlt = (text: string) => compilerReading(text.replace("A chair by a window", ""));
    expect(check(dropsAlt, body).some((line) => /x\.mdx:17 .*image/i.test(line))).toBe(true);
  });

  it("names the compiler's own reason, on its line, when only the compiler cannot read the body", () => {
    const refuses = () => {
      throw new Error("13:1: Expected a closing tag for `<Callout>` (13:1) (mdx-jsx:unexpected-character)");
    };
    expect(check(refuses)).toEqual([
      "content/posts/x.mdx:13  The program that builds the pages cannot read this line (Expected a closing tag for `<Callout>`), so the page cannot be made. Write the line more plainly: words, Markdown links and the ready-made components with straight quotes. If it still shows, ask a developer.",
    ]);
  });

  it("says a syntax mistake in the writer's words, as the editor does, and lists the rest", () => {
    const body = 'Sit back.\n\n<Callout kind="note">Stand up.\n\n<Script src="x.js" />';
    const inBuild = check(compilerReading, body);
    expect(inBuild).toEqual(check(undefined, body));
    expect(inBuild.some((line) => line.startsWith("content/posts/x.mdx:13") && /Callout/.test(line))).toBe(
      true,
    );
    expect(inBuild.some((line) => line.startsWith("content/posts/x.mdx:15") && /Script/.test(line))).toBe(
      true,
    );
    expect(inBuild.join("\n")).not.toMatch(/cannot read this line/);
  });
});

describe("a writers' note in braces, as the compiler reads it", () => {
  // The compiler's reading gives an expression's text only; the check reads that text with a
  // JavaScript parser to tell a note, which the compiler drops, from code, which would run.
  const withBraces = (inside: string) => check(compilerReading, `${BODY}\n\n{${inside}}`);

  it("lets a note through, alone or several", () => {
    expect(withBraces("/* ask Dana for a photo */")).toEqual([]);
    expect(withBraces("/* one */ /* two */")).toEqual([]);
    expect(withBraces("// a line note\n")).toEqual([]);
  });

  it("refuses code beside a note, and code a line break ends the note for", () => {
    for (const inside of ["/* a note */ alert(1)", "x /* y */"])
      expect(withBraces(inside), inside).toEqual([expect.stringMatching(/x\.mdx:17 {2}.* is code/)]);
    // The compiler cannot read these at all (`<!--` is a comment in a script, not in the module a
    // page is compiled to): micromark says what is wrong.
    for (const inside of ["// note\u2028alert(1)", "/* unfinished", "<!-- alert(1)"]) {
      const found = withBraces(inside);
      expect(found.length, inside).toBeGreaterThan(0);
      expect(
        found.every((line) => line.startsWith("content/posts/x.mdx:17  ")),
        inside,
      ).toBe(true);
      expect(
        found.some((line) => / is code|read as code/.test(line)),
        inside,
      ).toBe(true);
    }
  });

  it("reads the braces' text as the page's code would, not as a script's first line", () => {
    // Today's compiler refuses `{#! …}` itself; one that let it through would meet the rules.
    const body = `${BODY}\n\n{/* a note */}`;
    const passesHashBang = (text: string) => {
      const tree = compilerReading(text);
      const note = tree.children?.find((node) => node.type === "mdxFlowExpression");
      if (note) note.value = "#! alert(1)";
      return tree;
    };
    expect(check(passesHashBang, body)).toEqual([
      expect.stringMatching(/x\.mdx:17 {2}\{#! alert\(1\)\} is code/),
    ]);
  });

  it("calls empty braces stray, not code", () => {
    expect(withBraces("  ")).toEqual([expect.stringMatching(/x\.mdx:17 {2}.*\{/)]);
    expect(withBraces("  ")[0]).not.toMatch(/ is code/);
  });
});
