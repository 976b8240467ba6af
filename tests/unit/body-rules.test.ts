import { describe, expect, it } from "vitest";
import { COMPONENT_MODEL, HTML_ELEMENTS, PAGE_COMPONENTS } from "../../src/lib/content/body-model.ts";
import { checkMdxBody, readBody } from "../../src/lib/content/body-rules.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";

// Three lines of frontmatter and a blank line: the body's first line is line 5 of the file.
const post = (body: string, file = "content/posts/example.mdx") => ({
  file,
  text: `---\ntitle: x\n---\n\n${body}\n`,
});
const fields = (body: string, file?: string) => checkMdxBody(post(body, file)).map((found) => found.field);
const lines = (body: string) => checkMdxBody(post(body)).map(formatProblem);

describe("the body allowlist: what is not listed is refused", () => {
  it("refuses elements that run, redirect, submit or load, each by name with what to use instead", () => {
    expect(
      lines(
        [
          '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
          '<base href="https://evil.example/" />',
          '<form action="https://evil.example/"><button formAction="https://evil.example/">Go</button></form>',
          '<svg><animate attributeName="href" values="javascript:alert(1)" /></svg>',
          '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
          '<div title=">" onmouseover="alert(1)">x</div>',
        ].join("\n\n"),
      ),
    ).toEqual([
      expect.stringMatching(
        /^content\/posts\/example\.mdx:5 {2}<meta> cannot be used in a post or page: .* Remove it\. A post cannot change where the page goes/,
      ),
      expect.stringMatching(/^content\/posts\/example\.mdx:7 {2}<base> cannot be used/),
      expect.stringMatching(
        /^content\/posts\/example\.mdx:9 {2}<form> cannot be used .* A post cannot ask for or send anything/,
      ),
      expect.stringMatching(/^content\/posts\/example\.mdx:11 {2}<svg> cannot be used/),
      'content/posts/example.mdx:13  <iframe> is not allowed in a post: the live site\'s security policy blocks it, so visitors would see nothing. Use the YouTube component instead: <YouTube id="dQw4w9WgXcQ" title="What the video shows" />.',
      expect.stringMatching(
        /^content\/posts\/example\.mdx:15 {2}<div> cannot be used .* Write it in Markdown instead/,
      ),
    ]);
  });

  it("refuses attributes the element does not declare, handlers in any case included", () => {
    expect(
      fields(
        [
          '<abbr title="Range of motion" onMouseOver="x()">ROM</abbr>',
          '<span style="color:red" lang="es">hola</span>',
          '<Callout kind="note" class="big">Hi</Callout>',
          '<a href="/quiz/" target="_blank">quiz</a>',
        ].join("\n\n"),
      ),
    ).toEqual(["onMouseOver", "<span> style", "<Callout> class", "<a> target"]);
  });

  it("accepts the listed plain HTML with its attributes, in any case for HTML", () => {
    expect(
      lines(
        '<abbr title="Range of motion">ROM</abbr>, H<sub>2</sub>O, x<sup>2</sup>, <span lang="es">hola</span>, <a HREF="/quiz/">quiz</a>',
      ),
    ).toEqual([]);
  });

  it("knows every component and its attributes from one model, policy pages having their own", () => {
    expect(fields("<ContactDetails />")).toEqual(["<ContactDetails>"]);
    expect(fields("<ContactDetails />", "content/pages/privacy.mdx")).toEqual([]);
    expect(PAGE_COMPONENTS).toEqual(Object.keys(COMPONENT_MODEL));
    expect(HTML_ELEMENTS).not.toContain("div");
  });

  it("checks a component's value against its declared choices", () => {
    expect(lines('<Callout kind="danger">Careful</Callout>')).toEqual([
      'content/posts/example.mdx:5  Callout kind "danger" is not a kind of <Callout>. Use one of: doctor, note or warning.',
    ]);
  });
});

describe("every URL is checked as the parser decoded it, wherever it stands", () => {
  const scriptLinks = [
    "[a [b] c](javascript:alert(1))",
    "[a link\ntext over two lines](javascript:alert(1))",
    "[x][r]\n\n[r]:\n  javascript:alert(1)",
    "> [x][q]\n>\n> [q]: javascript:alert(1)",
    "- an item [x](javascript:alert(1))",
    '<a HREF="jav&#x61;script:alert(1)">x</a>',
    "[x](javascript&colon;alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox)",
    "[x](//evil.example/)",
  ];
  for (const input of scriptLinks) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      const found = checkMdxBody(post(input));
      expect(found.length, found.map(formatProblem).join("\n")).toBeGreaterThan(0);
      expect(found.every((each) => /is not allowed/.test(each.what))).toBe(true);
    });
  }

  it("refuses an autolink outright: MDX reads <…> as a tag, never as a link", () => {
    expect(fields("<javascript:alert(1)>")).toEqual(["mdx"]);
  });

  it("refuses http: with the https: address to use, and a bare website with https://", () => {
    expect(lines("See http://www.nih.gov/back and www.nih.gov.")).toEqual([
      "content/posts/example.mdx:5  The link to http://www.nih.gov/back is not secure (http://), so the site does not publish it. Use https://, e.g. https://www.nih.gov/back; if that website has no https:// address, leave the link out.",
      "content/posts/example.mdx:5  The link to http://www.nih.gov is not secure (http://), so the site does not publish it. Use https://, e.g. https://www.nih.gov; if that website has no https:// address, leave the link out.",
    ]);
  });

  it("collects links to this site's pages for the check that they exist", () => {
    const body = readBody(
      post('[a](/blog/x/) <a href="/quiz/">b</a> [c][d] [e](https://x.org/)\n\n[d]: /tags/y/'),
    );
    expect(body.siteLinks.map((link) => link.target)).toEqual(["/blog/x/", "/quiz/", "/tags/y/"]);
  });
});

describe("pictures, booking buttons and videos", () => {
  it("names images without alt text, images from other sites and script sources", () => {
    expect(
      fields(
        '<Figure src="posts/a.jpg" />\n\n<Figure src="b.jpg" alt=" " />\n\n![](x.png)\n\n![D](https://x.org/d.jpg)\n\n<Figure src="javascript:alert(1)" alt="x" />',
      ),
    ).toEqual(["Figure alt", "Figure alt", "image alt", "image", "Figure src"]);
  });

  it("returns pictures and services for the site-wide checks", () => {
    const body = readBody(
      post(
        '![A](./images/a.jpg)\n\n<Figure src="posts/images/c.jpg" alt="C" />\n\n<BookingButton service="deep-tisue" />',
      ),
    );
    expect(body.pictures).toEqual([
      { src: "./images/a.jpg", field: "image", fromContentFolder: false, line: 5 },
      { src: "posts/images/c.jpg", field: "Figure src", fromContentFolder: true, line: 7 },
    ]);
    expect(body.services).toEqual([{ service: "deep-tisue", field: "BookingButton service", line: 9 }]);
  });

  it("names a YouTube video without a usable id or title, and a Figure without src", () => {
    expect(lines('<YouTube id="https://youtu.be/dQw4w9WgXcQ" />\n\n<Figure alt="A desk" />')).toEqual([
      expect.stringMatching(
        /^content\/posts\/example\.mdx:5 {2}YouTube id "https:\/\/youtu\.be\/dQw4w9WgXcQ" is not accepted/,
      ),
      expect.stringMatching(/^content\/posts\/example\.mdx:5 {2}YouTube title is not accepted/),
      'content/posts/example.mdx:7  <Figure> has no src="…". Add it, e.g. <Figure src="…" />.',
    ]);
  });

  it("accepts correct usage", () => {
    expect(
      lines(
        '<BookingButton service="swedish" />\n\n<Figure src="a.jpg" alt="A desk" />\n\n<YouTube id="dQw4w9WgXcQ" title="A stretch" start="30" />\n\n{/* a note */}',
      ),
    ).toEqual([]);
  });
});
