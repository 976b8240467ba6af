// Where Astro's MDX compiler runs (the build and `astro dev`), the body rules walk the compiler's own
// reading of each body: what the check vouches for is what becomes the page. A body the compiler
// cannot read is refused with the writer's words for the mistake (micromark's diagnosis), or with
// the compiler's own reason when micromark reads it. The real compiler reads every body tried as
// the editor does (parser-agreement.test.ts), so a compiler that reads otherwise stands in for a
// future one.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compiledText, compilerReading } from "../../src/data/mdx-compiler-reading.ts";
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

  // Found by a review (2026-12-08): two comments on one line were text to the editor's reader and
  // nothing to the compiler's, so the editor saved a post the build refused.
  it("a body of comments alone is empty to both readers; words or a component are text to both", () => {
    for (const body of ["", "{/* a */}", "{/* a */}{/* b */}", "{/* a */} {/* b */}\n\n{/* c */}"]) {
      const empty = [expect.stringMatching(/^content\/posts\/x\.mdx {2}The text after the fields is empty/)];
      expect(check(compilerReading, body), JSON.stringify(body)).toEqual(empty);
      expect(check(undefined, body), JSON.stringify(body)).toEqual(empty);
    }
    for (const body of ["{/* a */} Sit back.", '<Callout kind="note">Stand up.</Callout>']) {
      expect(check(compilerReading, body), body).toEqual([]);
      expect(check(undefined, body), body).toEqual([]);
    }
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

describe("where the fields end, as Astro's frontmatter reader ends them", () => {
  // A line that starts with --- or +++ ends the block for Astro, whatever follows on it: the lines
  // after it were compiled as the page, code and all, while the check read them as fields (found by
  // the red team, 2026-12-08: `---x:` then an export line wrote a file in `astro build` and `astro dev`).
  const fields = POST_FIELDS;
  const attack = (fence: string) =>
    `---\n${fields}\n${fence}\n\nexport const x = process.getBuiltinModule("node:fs") // :\n---\n\nSit back.\n`;

  it("hands the compiler's reading the very text @astrojs/mdx compiles", async () => {
    const require = createRequire(createRequire(import.meta.url).resolve("@astrojs/mdx"));
    const helper = (await import(
      pathToFileURL(require.resolve("@astrojs/internal-helpers/frontmatter")).href
    )) as {
      parseFrontmatter: (code: string, options: { frontmatter: string }) => { content: string };
    };
    const texts = [
      `---\n${fields}\n---\n\nSit back.\n`,
      `---\r\n${fields.replaceAll("\n", "\r\n")}\r\n---\r\n\r\nSit back.\r\n`,
      attack("---x:"),
      attack("----"),
      attack("+++"),
      `+++\ntitle = "a"\n+++\n\nSit back.\n`,
      `\uFEFF---\n${fields}\n---\nSit back.\n`,
      `\n\n---\n${fields}\n---\nSit back.\n`,
      "No fields at all.\n",
      "---\n---\nEmpty fields.\n",
    ];
    for (const text of texts)
      expect(compiledText(text), JSON.stringify(text.slice(0, 40))).toBe(
        helper.parseFrontmatter(text, { frontmatter: "empty-with-spaces" }).content,
      );
  });

  it("refuses a line in the fields that starts with --- or +++, in the editor and the build alike", () => {
    // A tab is named, or "---<tab>" would read as the plain "---" the fix asks for.
    const shown: Record<string, string> = { "---\t": "---[tab]" };
    for (const fence of ["---x:", "----", "+++", "---\t"]) {
      const post = { file: "content/posts/x.mdx", text: attack(fence) };
      for (const reading of [compilerReading, undefined]) {
        const found = checkSite(minimalSite({ posts: [post], staticRoutes: ["/", "/quiz/"] }), {
          today: "2026-06-01",
          includeDrafts: false,
          compilerReading: reading,
        }).map(formatProblem);
        const fenceLine = POST_FIELDS.split("\n").length + 2;
        // The one mistake, in both readings: the fix is in the fields, and the readers part ways on
        // what follows (after a +++ line Astro blanks nothing and the compiler reads on to ---).
        expect(found, fence).toEqual([
          `content/posts/x.mdx:${fenceLine}  The line “${shown[fence] ?? fence}” ends the frontmatter block, so the site would read the lines after it as the page's text. End the fields with a line of three dashes alone (---), and start no other line of the fields with --- or +++.`,
        ]);
      }
    }
  });
});
