import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { preCheck } from "../support/pre-check.ts";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { MDX_PROBE, mdxPost as post, stoppedVariant } from "../support/variants.ts";

// MDX syntax mistakes and code in a post: the build must stop with catalogue lines (file:line, what
// is wrong, the fix), never the MDX compiler's own error, and nothing in a post may run.
// The posts' frontmatter has seven lines and a blank line: the body starts on line 9
// (tests/support/variants.ts, mdxPost).
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

describe("an {expression} in a post never runs", () => {
  // The post is in the suite's one spawned build that stops (tests/support/variants.ts,
  // stoppedVariant), whose environment alone holds MDX_PROBE: if the post's code ran, it would appear.
  const secret = MDX_PROBE;
  let copy: BuiltVariant | undefined;
  beforeAll(() => {
    copy = builtVariant(stoppedVariant());
  }, 600_000);

  it("is refused by name with a catalogue line, and nothing is published", () => {
    const { ok, output, dir } = copy!;
    // Nothing published, and the machine's value nowhere: not in a page, not in the build's words.
    expect(existsSync(join(dir, "dist/blog/reads-the-environment/index.html"))).toBe(false);
    for (const file of filesBelow(join(dir, "dist")))
      expect(readFileSync(file, "latin1"), file).not.toContain(secret);
    expect(output).not.toContain(secret);
    expect(ok).toBe(false);
    expect(output.split("\n"), output.slice(0, 4000)).toContain(
      "content/posts/reads-the-environment.mdx:9  {process.env.MDX_RULES_PROBE} is code. Posts and pages hold text only: nothing in them runs. Write the words themselves. To show braces, write a backslash before each, e.g. \\{like this\\}.",
    );
  });
});

// In-process: the content guard's pre-check (tests/support/pre-check.ts).
describe("each MDX syntax mistake stops the build with its catalogue line", () => {
  let result = { ok: true, output: "" };
  let lines: string[] = [];
  beforeAll(async () => {
    result = await preCheck({
      "content/posts/mdx-unclosed.mdx": post(
        2,
        'Intro.\n\n<Callout kind="note">\n  Drink water after a massage.',
      ),
      "content/posts/mdx-unknown.mdx": post(3, 'Intro.\n\n<Calout kind="note">\nText.\n</Calout>\n\n<Map />'),
      "content/posts/mdx-curly.mdx": post(4, "Intro.\n\n<Callout kind=“note”>\nText.\n</Callout>"),
      "content/posts/mdx-comment.mdx": post(5, "Intro.\n\n<!-- TODO: ask Jordan about this -->\n\nMore."),
      "content/posts/mdx-braces.mdx": post(6, "Most people {like this} feel better.\n\nA lone { brace."),
      "content/posts/mdx-attribute.mdx": post(
        7,
        '<Callout kind="note" title={x} onClick="go()">\nText.\n</Callout>',
      ),
      // micromark reads two code lines here; the compiler, one piece of code over both lines.
      "content/posts/mdx-code-then-text.mdx": post(
        8,
        "export const a = 1\nmore text\n\n{/* a writers' note */}",
      ),
    });
    lines = result.output.split("\n");
  });
  const expectLine = (line: string) => expect(lines, result.output.slice(0, 6000)).toContain(line);

  it("fails with the list first, and no parser error or stack trace", () => {
    expect(result.ok).toBe(false);
    const first = lines.findIndex((line) => line.trim() !== "");
    expect(lines[first]).toMatch(/The content has \d+ mistakes; nothing is published until they are fixed\./);
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(result.output).not.toMatch(/oxc|acorn|Expected component|micromark/i);
  });

  it("(a) an unclosed component", () => {
    expectLine(
      "content/posts/mdx-unclosed.mdx:11  <Callout> is opened here but never closed. Add </Callout> on its own line after the text it holds, with a blank line before it, e.g. <Callout …>, the text, then </Callout>; a component that holds no text closes itself: <Callout … />.",
    );
  });

  it("(b) a misspelt or unknown component, with the nearest and the list", () => {
    const list = "The components are: BookingButton, Callout, Figure, Quiz, QuizCallout or YouTube.";
    expectLine(
      `content/posts/mdx-unknown.mdx:11  <Calout> is not a component this site has. Did you mean <Callout>? ${list} For anything else ask a developer to add a component.`,
    );
    expectLine(
      `content/posts/mdx-unknown.mdx:15  <Map> is not a component this site has. ${list} For anything else ask a developer to add a component.`,
    );
  });

  it("(c) curly quotes in a component's value", () => {
    expectLine(
      'content/posts/mdx-curly.mdx:11  kind=“note” in <Callout> has curly quotes (“ ” or ‘ ’), so the component cannot be read. Use straight quotes: <Callout kind="note">. (Word processors curl them.)',
    );
  });

  it("(d) an HTML comment", () => {
    expectLine(
      "content/posts/mdx-comment.mdx:11  <!-- … --> (an HTML comment) cannot be used in a post or page. Delete it. For a note to other writers that is never published, write {/* your note */} instead, e.g. {/* Check the prices again in May */}.",
    );
  });

  it("(e) stray braces in a sentence", () => {
    const fix =
      "To show a brace, write a backslash before it, \\{ and \\}, e.g. \\{like this\\}; or use round brackets (like this).";
    expectLine(
      `content/posts/mdx-braces.mdx:9  The braces in {like this} are read as code, not as text. ${fix}`,
    );
    expectLine(
      `content/posts/mdx-braces.mdx:11  This { has no closing } and starts what the site reads as code. ${fix}`,
    );
  });

  it("a component's value in braces and an event handler in JSX case are refused", () => {
    expectLine(
      'content/posts/mdx-attribute.mdx:9  title={x} in <Callout> is code. Posts and pages hold text only: nothing in them runs. Give the value as text in straight quotes: <Callout title="…">.',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/posts\/mdx-attribute\.mdx:9 {2}onClick=… is not allowed in a post/),
    );
  });

  it("reads each body as the MDX compiler does: its code named once, a writers' note let through", () => {
    const inFile = lines.filter((line) => line.startsWith("content/posts/mdx-code-then-text.mdx:"));
    expect(inFile).toEqual([
      "content/posts/mdx-code-then-text.mdx:9  export const a = 1 is code. Posts and pages hold text and the ready-made components only. Remove the line: the site's components, such as <Callout> and <Figure>, work in a post without an import. For anything else ask a developer to add a component.",
    ]);
  });
});
