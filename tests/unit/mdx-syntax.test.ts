import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MDX_COMPONENTS } from "../../src/lib/content/body-model.ts";
import { checkMdxBody } from "../../src/lib/content/body-rules.ts";
import { nearest } from "../../src/lib/content/nearest.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { mdxComponents } from "../../src/components/mdx/index.ts";

// Four lines of frontmatter, so the body's first line is line 5 of the file.
const post = (body: string, file = "content/posts/example.mdx") => ({
  file,
  text: `---\ntitle: x\n---\n\n${body}\n`,
});
const lines = (body: string, file?: string) => checkMdxBody(post(body, file)).map(formatProblem);

describe("MDX syntax mistakes get a catalogue line, never a parser error", () => {
  it("an unclosed component names the tag, its line and the closing tag to add", () => {
    expect(lines('Intro.\n\n<Callout kind="note">\n  Some text.\n\nMore text.')).toEqual([
      "content/posts/example.mdx:7  <Callout> is opened here but never closed. Add </Callout> on its own line after the text it holds, with a blank line before it, e.g. <Callout …>, the text, then </Callout>; a component that holds no text closes itself: <Callout … />.",
    ]);
    expect(lines("Intro.\n\n</Callout>")).toEqual([
      'content/posts/example.mdx:7  </Callout> closes nothing: there is no <Callout> before it. Delete </Callout>, or put the opening tag before the text it should hold, e.g. <Callout kind="note">.',
    ]);
    expect(lines('<Callout kind="note">\n\nText\n\n</Calout>')).toEqual([
      "content/posts/example.mdx:9  </Calout> does not close the <Callout> opened above it. Close each component with its own name: <Callout …>, the text, then </Callout>.",
    ]);
  });

  it("a misspelt or unknown component lists the components and suggests the nearest", () => {
    expect(lines('Intro.\n\n<Calout kind="note">\nText\n</Calout>\n\n<Map />')).toEqual([
      "content/posts/example.mdx:7  <Calout> is not a component this site has. Did you mean <Callout>? The components are: BookingButton, Callout, Figure, Quiz, QuizCallout or YouTube. For anything else ask a developer to add a component.",
      "content/posts/example.mdx:11  <Map> is not a component this site has. The components are: BookingButton, Callout, Figure, Quiz, QuizCallout or YouTube. For anything else ask a developer to add a component.",
    ]);
    expect(nearest("Youtube", MDX_COMPONENTS)).toBe("YouTube");
    expect(nearest("BookButton", MDX_COMPONENTS)).toBe("BookingButton");
    // Listed HTML elements pass (body-model.ts); the policy pages have their own components.
    expect(lines('<a href="/quiz/">quiz</a> and <strong>this</strong>')).toEqual([]);
    expect(lines("<BookingPrivacyLink />", "content/pages/privacy.mdx")).toEqual([]);
    expect(lines("<BookingPrivacyLink />")).toHaveLength(1);
  });

  it("the list of components is the one the pages render with", () => {
    const capitalised = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
    expect([...MDX_COMPONENTS].sort()).toEqual(capitalised.sort());
  });

  it("curly quotes in a component's value name the value and show it straight", () => {
    expect(lines("Text.\n\n<Callout kind=“note” title=‘See a doctor’>\nHi\n</Callout>")).toEqual([
      'content/posts/example.mdx:7  kind=“note” in <Callout> has curly quotes (“ ” or ‘ ’), so the component cannot be read. Use straight quotes: <Callout kind="note">. (Word processors curl them.)',
      'content/posts/example.mdx:7  title=‘See a doctor’ in <Callout> has curly quotes (“ ” or ‘ ’), so the component cannot be read. Use straight quotes: <Callout title="See a doctor">. (Word processors curl them.)',
    ]);
  });

  it("an HTML comment says to delete it or write an unpublished note, which passes", () => {
    expect(lines("Text.\n\n<!-- a note\nover two lines -->\n\nMore <!-- x --> text.")).toEqual([
      "content/posts/example.mdx:7  <!-- … --> (an HTML comment) cannot be used in a post or page. Delete it. For a note to other writers that is never published, write {/* your note */} instead, e.g. {/* Check the prices again in May */}.",
      "content/posts/example.mdx:10  <!-- … --> (an HTML comment) cannot be used in a post or page. Delete it. For a note to other writers that is never published, write {/* your note */} instead, e.g. {/* Check the prices again in May */}.",
    ]);
    expect(lines("{/* Check the prices again in May */}\n\nText {/* and here */} goes on.")).toEqual([]);
  });

  it("braces in a sentence say to write \\{ and \\}; escaped braces and a lone } pass", () => {
    const fix =
      "To show a brace, write a backslash before it, \\{ and \\}, e.g. \\{like this\\}; or use round brackets (like this).";
    expect(lines("Text {like this} more.\n\nA lone { here.\n\nAnd {} there.")).toEqual([
      `content/posts/example.mdx:5  The braces in {like this} are read as code, not as text. ${fix}`,
      `content/posts/example.mdx:7  This { has no closing } and starts what the site reads as code. ${fix}`,
      `content/posts/example.mdx:9  The braces in {} are read as code, not as text. ${fix}`,
    ]);
    expect(lines("Text \\{like this\\} more, and a } alone.")).toEqual([]);
  });

  it("a < right before a digit is named; other unreadable text gets the plain fallback line", () => {
    expect(lines("Pain < 3 is fine.\n\nA <3 heart.")).toEqual([
      'content/posts/example.mdx:7  <3: a < right before a letter or digit is read as the start of a component. Put a space after it or write it out, e.g. "pain below 3 out of 10" or "pain < 3".',
    ]);
    const fallback = lines("Text a<b.");
    expect(fallback).toHaveLength(1);
    expect(fallback[0]).toMatch(/^content\/posts\/example\.mdx:5 {2}This line cannot be read:/);
  });

  it("lists every mistake in one file, each on its own line", () => {
    const body = [
      "A {b c}", // 5
      "",
      "<!-- x -->", // 7
      "",
      "<Callout kind=“note”>", // 9: curly quotes, and never closed
      "",
      "<Calout />", // 11
      "",
      "{process.env.HOME}", // 13
    ].join("\n");
    expect(checkMdxBody(post(body)).map((problem) => [problem.line, problem.field])).toEqual([
      [7, "<!--"],
      [9, "<Callout> kind"],
      [5, "{b c}"],
      [9, "<Callout>"],
      [11, "<Calout>"],
      [13, "{process.env.HOME}"],
    ]);
  });
});

describe("nothing in content runs code", () => {
  it("refuses an {expression} in the text, by name", () => {
    expect(lines("Home is {process.env.HOME}.\n\n{1 + 1}\n\n{/* note */ globalThis.x}")).toEqual([
      "content/posts/example.mdx:5  {process.env.HOME} is code. Posts and pages hold text only: nothing in them runs. Write the words themselves. To show braces, write a backslash before each, e.g. \\{like this\\}.",
      "content/posts/example.mdx:7  {1 + 1} is code. Posts and pages hold text only: nothing in them runs. Write the words themselves. To show braces, write a backslash before each, e.g. \\{like this\\}.",
      "content/posts/example.mdx:9  {/* note */ globalThis.x} is code. Posts and pages hold text only: nothing in them runs. Write the words themselves. To show braces, write a backslash before each, e.g. \\{like this\\}.",
    ]);
  });

  it("refuses an expression as a component's value: values are literal strings", () => {
    expect(
      lines(
        '<Callout kind="note"\n  title={x} {...props}>\nHi\n</Callout>\n\n<YouTube id="dQw4w9WgXcQ" title="A stretch" start={30} />',
      ),
    ).toEqual([
      'content/posts/example.mdx:6  title={x} in <Callout> is code. Posts and pages hold text only: nothing in them runs. Give the value as text in straight quotes: <Callout title="…">.',
      'content/posts/example.mdx:6  {...props} in <Callout> is code. Posts and pages hold text only: nothing in them runs. Give each value as text in straight quotes, e.g. <Callout title="See a doctor first">.',
      'content/posts/example.mdx:10  start={30} in <YouTube> is code. Posts and pages hold text only: nothing in them runs. Give the value as text in straight quotes: <YouTube start="30">.',
    ]);
  });

  it("refuses event handlers in any case, and import or export lines by name", () => {
    expect(
      checkMdxBody(post('<Callout kind="note" onClick="go()">\nHi\n</Callout>')).map((p) => p.field),
    ).toEqual(["onClick"]);
    const code = lines(
      [
        'import Chart from "../../src/components/Chart.astro";',
        "",
        "Important: exports of tension to the neck are common.",
        "",
        "export const meta = { hidden: true };",
      ].join("\n"),
    );
    expect(code).toEqual([
      expect.stringMatching(
        /^content\/posts\/example\.mdx:5 {2}import Chart from "\.\.\/\.\.\/src\/components\/Chart\.astro"; is code\./,
      ),
      expect.stringMatching(
        /^content\/posts\/example\.mdx:9 {2}export const meta = \{ hidden: true \}; is code\./,
      ),
    ]);
    const long = `import { ${"Chart, ".repeat(20)}Table } from "../../src/components/index.ts";`;
    expect(checkMdxBody(post(long))[0]?.what.split(" is code.")[0]).toBe(`${long.slice(0, 59)}…`);
  });
});

describe("the site's own content", () => {
  it("every post, page and massage type reads without a problem", () => {
    const files = ["posts", "pages", "massage-types"].flatMap((folder) =>
      readdirSync(`content/${folder}`)
        .filter((name) => name.endsWith(".mdx"))
        .map((name) => `content/${folder}/${name}`),
    );
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) => checkMdxBody({ file, text: readFileSync(file, "utf8") }));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
