import { describe, expect, it } from "vitest";
import { renderPostArticle, renderPostBody } from "../../src/admin/preview.tsx";
import type { PreviewData } from "../../src/components/mdx/preview-data.ts";
import { POST_LABELS } from "../support/preview-labels.ts";

const data: PreviewData = {
  base: "/",
  callout: {},
  copy: {} as PreviewData["copy"],
  authors: {},
  massageTypes: {},
};
const render = (body: string) => renderPostBody(body, data, (path) => path);

describe("the editor's preview of a body the build would refuse", () => {
  it("says what is wrong and how to fix it in the check's words, never the parser's", () => {
    const html = render("Pain below <3 out of 10.\n");
    expect(html).not.toMatch(/Unexpected character|U\+0033|expected a character/);
    expect(html).toContain("cms-preview-notice");
    expect(html).toMatch(/&lt;/);
  });

  it("shows code in braces where it stands, marked, instead of dropping it without a word", () => {
    const html = render("Sessions cost {price} dollars.\n");
    expect(html).toMatch(/Sessions cost <span class="cms-preview-notice">\{price\}/);
    expect(html).toContain("dollars.");
  });
});

// Found in review (2026-12-07): the preview looked attributes up in a plain object, so a name such as
// `constructor` found Object's own and passed, and the pane crashed to Decap's error screen; and
// pictures from other sites, which the check refuses, were fetched by the pane.
describe("the editor's preview keeps what the check would refuse out of the pane", () => {
  it("drops an attribute named like an object's built-in property, and renders the rest", () => {
    const html = render('<a href="https://www.nhs.uk/" constructor="c" toString="t">NHS</a>\n');
    expect(html).toContain("NHS");
    expect(html).not.toMatch(/constructor|tostring/i);
  });

  it("fetches no picture from another site: it says so where the picture would be", () => {
    const html = render(
      "![a](https://raw.githubusercontent.com/x/y/main/a.png)\n\n![b](//evil.example/b.png)\n\n" +
        '<Figure src="https://avatars.githubusercontent.com/u/1" alt="f" />\n',
    );
    expect(html).not.toMatch(/<img[^>]+src="(https?:)?\/\//);
    expect(html).toContain("cms-preview-notice");
  });

  it("tells another site by how a browser reads the address, back slashes and tabs too", () => {
    // Found by the red team (2026-12-08): "/\\host/…" passed the pattern, and a browser reads it as //host/.
    for (const src of [
      "/\\evil.example/a.png",
      "\\/evil.example/a.png",
      "/\t/evil.example/a.png",
      " data:image/png;base64,AAAA",
    ]) {
      const html = render(`<Figure src="${src}" alt="f" />\n`);
      expect(html, src).not.toMatch(/<img/);
      expect(html, src).toContain("cms-preview-notice");
    }
    expect(render('<Figure src="images/room.jpg" alt="f" />\n')).toMatch(/<img[^>]+src="images\/room\.jpg"/);
  });
});

// Found by the editor audit (2026-12-08): the pane left out the table of contents, the sources and
// the note under the article without a word. They are drawn with the page's own markup
// (src/components/post/markup.tsx; the browser test compares each post's pane with its page).
describe("the editor's preview of a whole post", () => {
  const labels = {
    ...POST_LABELS,
    contents: "In this article",
    sources: "Sources",
    medicalNote: { title: "Not medical advice.", text: "In an emergency, call {emergencyNumber}." },
  };
  const withLabels: PreviewData = { ...data, post: labels, copy: { values: { emergencyNumber: "911" } } };
  const article = (fields: Parameters<typeof renderPostArticle>[0]) =>
    renderPostArticle({ title: "A post", ...fields }, withLabels, (path) => path);
  const sections = (names: string[]) => names.map((name) => `## ${name}\n\nText.\n`).join("\n");

  it("lists four sections or more in a table of contents that links to each, as the page gives them ids", () => {
    const html = article({
      body: sections(["Why it helps", "What research says", "Safety first", "Booking: step 1"]),
    });
    expect(html).toContain(
      '<nav class="toc no-print" aria-labelledby="toc-title"><h2 id="toc-title">In this article</h2>',
    );
    for (const id of ["why-it-helps", "what-research-says", "safety-first", "booking-step-1"]) {
      expect(html).toContain(`<a href="#${id}">`);
      expect(html).toContain(`<h2 id="${id}">`);
    }
    expect(article({ body: sections(["One", "Two", "Three"]) })).not.toContain('class="toc');
  });

  it("lists the sources as they are typed, and the note under every article with its values", () => {
    const html = article({
      body: "Text.\n",
      sources: [
        { title: "A trial", publisher: "A journal", year: 2011, url: "https://example.org/trial" },
        { title: "Being typed", publisher: "", year: "", url: undefined },
      ],
    });
    expect(html).toContain(
      '<section class="sources" aria-labelledby="sources-title"><h2 id="sources-title">Sources</h2>',
    );
    expect(html).toContain(
      '<a href="https://example.org/trial" rel="noopener noreferrer">A trial</a>. A journal, 2011.',
    );
    expect(html).toContain(
      '<p class="medical-note" data-pagefind-ignore><strong>Not medical advice.</strong> In an emergency, call 911.</p>',
    );
  });

  it("shows the reviewer's box once the post names its reviewer and the day, with the summary as typed", () => {
    const reviewed: PreviewData = {
      ...withLabels,
      post: { ...labels, reviewBox: "The reviewer's summary", reviewSources: "Sources the reviewer checked" },
      authors: {
        "jordan-reyes": { name: "Jordan Reyes", role: "Licensed massage therapist", credentials: "LMT" },
      },
    };
    const review = { summary: ["Massage may ease pain for a few weeks."], sources: [] };
    const html = renderPostArticle(
      { title: "A post", body: "Text.\n", reviewedBy: "jordan-reyes", reviewedDate: "2026-03-01", review },
      reviewed,
      (path) => path,
    );
    expect(html).toContain(
      '<aside class="review-box" aria-labelledby="review-box-title" data-testid="review-box"><h2 id="review-box-title">The reviewer\'s summary</h2>',
    );
    expect(html).toContain(
      'Reviewed by <a href="/authors/jordan-reyes/">Jordan Reyes</a>, LMT, licensed massage therapist, on',
    );
    expect(html).toContain("<p>Massage may ease pain for a few weeks.</p>");
    // No reviewer yet: no box, as on the page.
    expect(
      renderPostArticle({ title: "A post", body: "Text.\n", review }, reviewed, (path) => path),
    ).not.toContain("review-box");
  });

  // The pane runs on the editor's own origin, where the GitHub sign-in is kept: an address the build
  // would refuse is never a link there, even while it is being typed.
  it("draws a source's address that is not https as words, never as a link", () => {
    for (const url of [
      "javascript:alert(document.domain)",
      " javascript:alert(1)",
      "http://example.org/",
      "data:text/html,x",
    ]) {
      const html = article({
        body: "Text.\n",
        sources: [{ title: "A source", publisher: "P", year: 2020, url }],
      });
      expect(html, url).toContain("<li>A source. P, 2020.</li>");
      expect(html, url).not.toMatch(/href="(?:javascript|data|http:)/i);
    }
  });
});
