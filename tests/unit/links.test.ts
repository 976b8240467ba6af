import { describe, expect, it } from "vitest";
import { checkMdxBody } from "../../src/lib/content/body-rules.ts";
import { checkLinkTargets, linkRefusal } from "../../src/lib/content/links.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";

const post = (body: string) => ({
  file: "content/posts/example.mdx",
  text: `---\ntitle: "x"\nsource: http://www.example.com/\n---\n\n${body}\n`,
});
const lines = (body: string) => checkMdxBody(post(body)).map(formatProblem);

describe("which link targets content may publish", () => {
  it("allows site paths, #sections, https:, mailto: and tel:", () => {
    for (const target of [
      "/blog/x/",
      "/",
      "#how-it-helps",
      "https://www.nih.gov/",
      "HTTPS://example.org",
      "mailto:hello@example.com",
      "tel:+15550100",
    ])
      expect(linkRefusal(target), target).toBeUndefined();
  });

  it("refuses javascript:, data:, ftp:, other hosts without a scheme, and disguised schemes", () => {
    for (const target of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "javascript&#58;alert(1)",
      "javascript&colon;alert(1)",
      "javascript\\:alert(1)",
      "data:text/html,<b>x</b>",
      "ftp://files.example.com/a.pdf",
      "vbscript:x",
      "//evil.example.com/",
      "/\\evil.example.com/",
      "https:/",
      "",
    ])
      expect(linkRefusal(target), target).toEqual({ kind: "scheme" });
  });

  it("refuses http: and suggests the https: address", () => {
    expect(linkRefusal("http://www.nih.gov/x")).toEqual({
      kind: "http",
      suggestion: "https://www.nih.gov/x",
    });
  });

  it("refuses a relative path and suggests it from the first /, or https:// for a bare website", () => {
    expect(linkRefusal("blog/sciatica-and-massage/")).toEqual({
      kind: "relative",
      suggestion: "/blog/sciatica-and-massage/",
    });
    expect(linkRefusal("../quiz/")).toEqual({ kind: "relative", suggestion: "/quiz/" });
    expect(linkRefusal("www.nih.gov")).toEqual({ kind: "relative", suggestion: "https://www.nih.gov" });
  });
});

describe("links in posts, pages and massage types", () => {
  it("names file, line, link and fix for every kind of link in the body, and not the frontmatter", () => {
    const found = lines(
      [
        "Read [this](javascript:alert(1)) first.",
        'A <a href="data:text/html,hi">link</a> and <a href="http://www.nih.gov/">a link</a>.',
        "",
        "[ref]: ftp://files.example.com/a.pdf",
        "Or see http://www.nih.gov/back in the text.",
        "[relative](blog/x/) and [fine](/blog/x/), [also fine](#top), [mail](mailto:a@b.co).",
      ].join("\n"),
    );
    const allowed =
      "a link may only open a page of this site, a #section of the page, an https:// address, mailto: or tel:";
    expect(found).toEqual([
      `content/posts/example.mdx:6  The link to javascript:alert(1) is not allowed: ${allowed}. Replace it with one of those, e.g. /blog/massage-stress-and-sleep/, https://www.nih.gov/ or mailto:hello@example.com, or remove the link.`,
      expect.stringMatching(
        /^content\/posts\/example\.mdx:7 {2}The link to data:text\/html,hi is not allowed/,
      ),
      "content/posts/example.mdx:7  The link to http://www.nih.gov/ is not secure (http://), so the site does not publish it. Use https://, e.g. https://www.nih.gov/; if that website has no https:// address, leave the link out.",
      expect.stringMatching(
        /^content\/posts\/example\.mdx:9 {2}The link to ftp:\/\/files\.example\.com\/a\.pdf is not allowed/,
      ),
      expect.stringMatching(
        /^content\/posts\/example\.mdx:10 {2}The link to http:\/\/www\.nih\.gov\/back is not secure/,
      ),
      "content/posts/example.mdx:11  The link to blog/x/ does not start with / or https://, so it leads to a page that does not exist. Start a link to a page of this site with /, and a link to another website with https://, e.g. /blog/x/.",
    ]);
  });

  it("refuses a value given as code, so only a written-out address is ever published", () => {
    expect(lines('<a href={"https://ok.example.com"}>ok</a> <a href={url}>expression</a>')).toEqual([
      expect.stringMatching(/href=\{"https:\/\/ok\.example\.com"\} in <a> is code/),
      expect.stringMatching(/href=\{url\} in <a> is code/),
    ]);
  });

  it("leaves images to the picture checks and accepts a clean post", () => {
    expect(lines("![A desk](./images/desk.jpg) and [a page](/first-visit/#parking).")).toEqual([]);
  });
});

describe("links in the copy and FAQ files", () => {
  const copy = (text: string) => checkLinkTargets({ file: "content/faq.yaml", text }).map(formatProblem);

  it("refuses a relative link that would become a broken site path, and javascript:", () => {
    expect(
      copy(
        "# Links are written [the words](address/): comments are not checked.\nquestions:\n  - answer: See [first visit](first-visit/) or [x](javascript:alert(1)).\n",
      ),
    ).toEqual([
      "content/faq.yaml:3  The link to first-visit/ does not start with / or https://, so it leads to a page that does not exist. Start a link to a page of this site with /, and a link to another website with https://, e.g. /first-visit/.",
      expect.stringMatching(/^content\/faq\.yaml:3 {2}The link to javascript:alert\(1 is not allowed/),
    ]);
  });

  it("reads the decoded YAML: an escaped bracket is a bracket, a comment is not text", () => {
    expect(copy('a: "[x]\\x28javascript:alert(1))"\n# [y](javascript:x)\n')).toEqual([
      expect.stringMatching(/^content\/faq\.yaml:1 {2}The link to javascript:alert\(1 is not allowed/),
    ]);
  });

  it("accepts site paths, sections, https:, mailto: and tel:", () => {
    expect(
      copy('a: "[x](/quiz/) [y](#hours) [z](https://www.nih.gov/) [m](mailto:a@b.co) [t](tel:+15550100)"\n'),
    ).toEqual([]);
  });
});
