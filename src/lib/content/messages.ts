/**
 * Every message a content mistake can produce, in one catalogue. The checks build their messages
 * from these templates, and `scripts/content-messages.ts` writes the "When the build stops" table in
 * docs/CONTENT.md from the same templates (with each template's example), so the guide and the
 * build can never say different things. Each message is two parts: what is wrong (naming the field
 * or snippet and the value), then how to fix it, with an example.
 */
export interface MessageTemplate<A> {
  /** The kind of mistake, as the guide's table names it. */
  mistake: string;
  /** Where the guide's example happens, e.g. "content/posts/example.mdx:4". */
  at?: string;
  what: (args: A) => string;
  fix: (args: A) => string;
  /** Arguments for the guide's example. */
  example: A;
}

const template = <A>(t: MessageTemplate<A>): MessageTemplate<A> => t;

/** A list for a message: "a, b or c"; long lists are cut with a count of the rest. */
export function choices(values: Iterable<string>, max = 12): string {
  const all = [...new Set(values)].sort();
  if (all.length === 0) return "(none yet)";
  const shown = all.slice(0, max);
  const rest = all.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
}

const quoted = (value: unknown) => JSON.stringify(typeof value === "string" ? value : String(value));
/** A line as the writer can find it: a tab or a non-breaking space shows as nothing or a space. */
const withHiddenNamed = (line: string) =>
  line.replaceAll("\t", "[tab]").replaceAll("\u00a0", "[non-breaking space]");

export const MESSAGES = {
  yamlTab: template<{ field?: string }>({
    mistake: "A tab in the frontmatter",
    at: "content/posts/example.mdx:5",
    what: () => "This line is indented with a tab.",
    fix: () => 'Indent with spaces only, two per level, e.g. "  - lower-back".',
    example: {},
  }),
  yamlAliases: template<Record<string, never>>({
    mistake: "A file that repeats its parts past what the site reads (& and * aliases)",
    at: "content/faq.yaml",
    what: () =>
      "This file uses & and * to repeat parts of itself so many times that reading it would take the computer's memory, so it is not read.",
    fix: () => "Write each value out in full instead of with & and *.",
    example: {},
  }),
  yamlDuplicateKey: template<{ field: string }>({
    mistake: "A field written twice",
    at: "content/posts/example.mdx:7",
    what: ({ field }) => `${field} is written twice.`,
    fix: ({ field }) => `Keep one ${field}: line and delete the other.`,
    example: { field: "title" },
  }),
  yamlColon: template<{ field?: string }>({
    mistake: "A colon in a value without quotes",
    at: "content/posts/example.mdx:2",
    what: () => "This value contains a colon (:) but is not in quotes.",
    fix: () => 'Put the whole value in straight double quotes, e.g. title: "Back pain: what helps".',
    example: {},
  }),
  yamlSmartQuotes: template<{ field: string }>({
    mistake: "Curly quotes around a value",
    at: "content/posts/example.mdx:2",
    what: ({ field }) => `${field} is wrapped in curly quotes (“ ” or ‘ ’), which count as part of the text.`,
    fix: () => 'Use straight quotes, e.g. title: "Back pain at work". (Word processors curl them.)',
    example: { field: "title" },
  }),
  yamlOther: template<{ detail: string }>({
    mistake: "Other frontmatter syntax mistakes",
    at: "content/posts/example.mdx:3",
    what: ({ detail }) => `The frontmatter cannot be read: ${detail}.`,
    fix: () =>
      'Check this line and the one above: each field is name: value on its own line; put text with a colon, # or quotes in "double quotes".',
    example: { detail: 'missing closing "quote' },
  }),
  noFrontmatter: template<Record<string, never>>({
    mistake: "No frontmatter block",
    at: "content/posts/example.mdx:1",
    what: () => "The file does not start with a frontmatter block.",
    fix: () =>
      "Start the file with a line of three dashes (---), the fields, then another --- line; copy the top of another post.",
    example: {},
  }),
  fenceInFields: template<{ text: string }>({
    mistake: "A line in the frontmatter starts with --- or +++",
    at: "content/posts/example.mdx:9",
    what: ({ text }) =>
      `The line “${withHiddenNamed(text)}” ends the frontmatter block, so the site would read the lines after it as the page's text.`,
    fix: () =>
      "End the fields with a line of three dashes alone (---), and start no other line of the fields with --- or +++.",
    example: { text: "---x:" },
  }),
  notARealDate: template<{ field: string; value: string }>({
    mistake: "A date that does not exist or is not YYYY-MM-DD",
    at: "content/posts/example.mdx:4",
    what: ({ field, value }) => `${field} ${quoted(value)} is not a real date.`,
    fix: () => "Write it as YYYY-MM-DD, e.g. 2026-03-14.",
    example: { field: "pubDate", value: "2026-13-45" },
  }),
  missingField: template<{ field: string; example: string }>({
    mistake: "A required field is missing",
    at: "content/posts/example.mdx",
    what: ({ field }) => `${field} is missing.`,
    fix: ({ field, example }) => `Add it, e.g. ${field}: ${example}`,
    example: { field: "title", example: '"How to sit well at a desk"' },
  }),
  neededToPublish: template<{ field: string; example: string }>({
    mistake: "A published article without its clinical review",
    at: "content/posts/example.mdx",
    what: ({ field }) => `${field} is missing: a published article needs a licensed therapist's review.`,
    fix: ({ field, example }) =>
      `Once a licensed therapist has reviewed the article, add it, e.g. ${field}: ${example}; until then keep the post a draft.`,
    example: { field: "reviewedBy", example: "jordan-reyes" },
  }),
  untranslated: template<{ field: string; language: string }>({
    mistake: "A translation that still holds the original's words",
    at: "content/es/posts/example.mdx:3",
    what: ({ field }) =>
      `${field === "body" ? "The text after the fields" : field} is the original's words, unchanged.`,
    fix: ({ language }) =>
      `Write it in ${language}: the page is published as ${language}, and read out in it. (A post may stay a draft until it is translated.)`,
    example: { field: "description", language: "Spanish" },
  }),
  quizLeavesOut: template<{ types: readonly string[] }>({
    mistake: "A massage type the quiz never suggests",
    at: "content/quiz.yaml",
    what: ({ types }) =>
      `The quiz never suggests ${types.join(", ")}: it is not listed under gentleness. Its page is published as usual.`,
    fix: () =>
      "To have the quiz suggest it, list it under gentleness (gentlest first), give it weights in the answers, and add it to the excludes of every caution it is not safe for.",
    example: { types: ["lymphatic-drainage"] },
  }),
  emptyBody: template<{ field: string; draftable: boolean }>({
    mistake: "An article or page with no text",
    at: "content/posts/example.mdx",
    what: ({ field }) =>
      `${field === "body" ? "The text after the fields" : field} is empty: the page would show a title and nothing to read.`,
    fix: ({ draftable }) =>
      draftable ? "Write the text, or keep the post a draft until it is written." : "Write the text.",
    example: { field: "body", draftable: true },
  }),
  unknownField: template<{ field: string; allowed: readonly string[] }>({
    mistake: "A misspelt or unknown field",
    at: "content/posts/example.mdx:5",
    what: ({ field }) => `${field} is not a field this file can have.`,
    fix: ({ allowed }) => `Check the spelling. The fields are: ${allowed.join(", ")}.`,
    example: { field: "autor", allowed: ["title", "description", "pubDate", "author", "tags", "…"] },
  }),
  unknownChoice: template<{ field: string; value: string; kind: string; choices: string }>({
    mistake: "An unknown author, massage type, related post or other name",
    at: "content/posts/example.mdx:5",
    what: ({ field, value, kind }) => `${field} ${quoted(value)} is not ${kind}.`,
    fix: ({ choices: list }) => `Use one of: ${list}.`,
    example: {
      field: "author",
      value: "derek-allen",
      kind: "an author in content/authors/",
      choices: "clinical-team or derrick-allen",
    },
  }),
  tagStyle: template<{ value: string; suggestion: string }>({
    mistake: "A tag not in tag style",
    at: "content/posts/example.mdx:6",
    what: ({ value }) => `tag ${quoted(value)} is not in tag style.`,
    fix: ({ suggestion }) => `Write tags in lowercase with dashes, e.g. ${suggestion}.`,
    example: { value: "Lower Back", suggestion: "lower-back" },
  }),
  invalidValue: template<{ field: string; value?: unknown; rule: string }>({
    mistake: "A value the field does not accept",
    at: "content/posts/example.mdx:3",
    what: ({ field, value }) =>
      value === ""
        ? `${field} is empty.`
        : value === undefined || typeof value === "object"
          ? `${field} is not accepted.`
          : `${field} ${quoted(value)} is not accepted.`,
    fix: ({ rule }) => `${rule.charAt(0).toUpperCase()}${rule.slice(1)}${/[.!?]$/.test(rule) ? "" : "."}`,
    example: {
      field: "description",
      value: "Too short.",
      rule: "write 50 to 160 characters: it is the snippet search engines show",
    },
  }),
  imageNotFound: template<{ field: string; value: string; lookedFor: string }>({
    mistake: "An image file that is not there",
    at: "content/posts/example.mdx:9",
    what: ({ field, value, lookedFor }) => `${field} ${quoted(value)}: there is no file ${lookedFor}.`,
    fix: () =>
      "Check the spelling and the folder. The path is relative to the file that names it, e.g. ./images/desk.jpg for content/posts/images/desk.jpg in a post.",
    example: { field: "heroImage", value: "./images/dsk.jpg", lookedFor: "content/posts/images/dsk.jpg" },
  }),
  imageNoAlt: template<{ snippet: string }>({
    mistake: "An image without alt text",
    at: "content/posts/example.mdx:14",
    what: ({ snippet }) => `The image ${snippet} has no alt text.`,
    fix: () =>
      'Describe what it shows for people who cannot see it: ![A desk with the screen at eye level](…) or alt="…".',
    example: { snippet: "![](./images/desk.jpg)" },
  }),
  lowContrast: template<{ setting: string; value: string; pair: string; ratio: string; suggestion?: string }>(
    {
      mistake: "A brand colour too faint to read",
      at: "content/settings.yaml:52",
      what: ({ setting, value, pair, ratio }) =>
        `${setting} ${quoted(value)} gives ${pair} a contrast of ${ratio}; WCAG 2.2 AA needs at least 4.5:1.`,
      fix: ({ setting, suggestion }) =>
        suggestion
          ? `Use the nearest shade that passes, ${setting}: "${suggestion}", or choose another colour.`
          : `Choose a much darker or lighter colour for ${setting}.`,
      example: {
        setting: "brand.accent",
        value: "#7fb8b0",
        pair: "links and headings in the accent on the page's light background",
        ratio: "2.1:1",
        suggestion: "#3f7c74",
      },
    },
  ),
  consentMissing: template<Record<string, never>>({
    mistake: "A testimonial without the client's consent",
    at: "content/testimonials/example.yaml:5",
    what: () => "The client's consent to these words and this name is not recorded.",
    fix: () =>
      "Publish a client's words only with their permission to show them and the name they chose. Once you have it, set consent: true.",
    example: {},
  }),
  heroAltMissing: template<{ image: string; alt: string }>({
    mistake: "A hero image without heroAlt",
    at: "content/posts/example.mdx",
    what: ({ image, alt }) => `${image} has no ${alt}.`,
    fix: ({ alt }) =>
      `Describe the image for people who cannot see it, e.g. ${alt}: "A therapist working on a lower back".`,
    example: { image: "heroImage", alt: "heroAlt" },
  }),
  codeLine: template<{ snippet: string }>({
    mistake: "An import or export line (code) in a post or page",
    at: "content/posts/example.mdx:12",
    what: ({ snippet }) =>
      `${snippet} is code. Posts and pages hold text and the ready-made components only.`,
    fix: () =>
      "Remove the line: the site's components, such as <Callout> and <Figure>, work in a post without an import. For anything else ask a developer to add a component.",
    example: { snippet: 'import Chart from "../../src/components/Chart.astro";' },
  }),
  rawHtml: template<{ snippet: string; instead: string }>({
    mistake: "Pasted HTML the live site blocks (iframe, script, style, onclick=…)",
    at: "content/posts/example.mdx:16",
    what: ({ snippet }) =>
      `${snippet} is not allowed in a post: the live site's security policy blocks it, so visitors would see nothing.`,
    fix: ({ instead }) => instead,
    example: {
      snippet: "<iframe>",
      instead: 'For a YouTube video use <YouTube id="dQw4w9WgXcQ" title="What the video shows" />.',
    },
  }),
  htmlElement: template<{ tag: string; instead: string }>({
    mistake: "An HTML element a post cannot hold (form, meta, base, svg, div, …)",
    at: "content/posts/example.mdx:16",
    what: ({ tag }) =>
      `<${tag}> cannot be used in a post or page: the text holds words, links, pictures and the site's components, so nothing in it can run, send or redirect.`,
    fix: ({ instead }) => instead,
    example: {
      tag: "form",
      instead:
        "Remove it. A post cannot ask for or send anything; link to the booking page with <BookingButton /> or write a plain link.",
    },
  }),
  htmlAttribute: template<{ tag: string; attribute: string; allowed: string }>({
    mistake: "An attribute an element or component does not take (style, class, formaction, …)",
    at: "content/posts/example.mdx:16",
    what: ({ tag, attribute }) => `${attribute}="…" on <${tag}> is not something the site publishes.`,
    fix: ({ tag, allowed }) =>
      allowed === "" ? `Remove it: <${tag}> takes no attributes.` : `Remove it. <${tag}> takes: ${allowed}.`,
    example: { tag: "a", attribute: "style", allowed: "href, title, lang or dir" },
  }),
  attributeMissing: template<{ tag: string; attribute: string; example: string }>({
    mistake: "A component without a value it needs",
    at: "content/posts/example.mdx:16",
    what: ({ tag, attribute }) => `<${tag}> has no ${attribute}="…".`,
    fix: ({ example }) => `Add it, e.g. ${example}.`,
    example: { tag: "Figure", attribute: "src", example: '<Figure src="posts/images/desk.jpg" alt="…" />' },
  }),
  urlBraces: template<{ setting: string; value: string }>({
    mistake: "Braces { } in an address setting other than the booking URL",
    at: "content/settings.yaml:40",
    what: ({ setting, value }) => `${setting} ${quoted(value)} contains { or }.`,
    fix: () =>
      "Write the address exactly as the browser shows it, e.g. https://www.facebook.com/yourpractice; only booking.url may hold the {service} placeholder.",
    example: { setting: "social.0.url", value: "https://example.com/{page}" },
  }),
  remoteImage: template<{ src: string }>({
    mistake: "An image from another website",
    at: "content/posts/example.mdx:18",
    what: ({ src }) =>
      `The image ${src} comes from another website: the live site blocks it, and loading it would tell that site who reads the post.`,
    fix: () =>
      "Save the image next to the post, e.g. content/posts/images/desk.jpg, and write ![Description](./images/desk.jpg).",
    example: { src: "https://images.example.com/desk.jpg" },
  }),
  relatedSelf: template<Record<string, never>>({
    mistake: "A post related to itself",
    at: "content/posts/example.mdx:8",
    what: () => "related lists this post itself.",
    fix: () => "List file names of other published posts, without .mdx.",
    example: {},
  }),
  brokenLink: template<{ target: string; suggestion?: string | undefined }>({
    mistake: "A link to a page that does not exist",
    at: "content/posts/example.mdx:20",
    what: ({ target }) => `The link to ${target} goes to a page that does not exist (or is a draft).`,
    fix: ({ suggestion }) =>
      suggestion
        ? `Did you mean ${suggestion}? Check the spelling of the address.`
        : "Check the spelling; a post's address is /blog/ and its file name without .mdx and with a final /, e.g. /blog/massage-stress-and-sleep/.",
    example: { target: "/blog/no-such-post/" },
  }),
  linkHttp: template<{ target: string; suggestion: string }>({
    mistake: "A link to an http:// address (not secure)",
    at: "content/posts/example.mdx:22",
    what: ({ target }) => `The link to ${target} is not secure (http://), so the site does not publish it.`,
    fix: ({ suggestion }) =>
      `Use https://, e.g. ${suggestion}; if that website has no https:// address, leave the link out.`,
    example: { target: "http://www.nih.gov/back-pain", suggestion: "https://www.nih.gov/back-pain" },
  }),
  linkRelative: template<{ target: string; suggestion: string }>({
    mistake: "A link that does not start with /, # or https://",
    at: "content/copy/home.yaml:25",
    what: ({ target }) =>
      `The link to ${target} does not start with / or https://, so it leads to a page that does not exist.`,
    fix: ({ suggestion }) =>
      `Start a link to a page of this site with /, and a link to another website with https://, e.g. ${suggestion}.`,
    example: { target: "blog/massage-stress-and-sleep/", suggestion: "/blog/massage-stress-and-sleep/" },
  }),
  linkScheme: template<{ target: string }>({
    mistake: "A link the site does not allow (javascript:, data:, ftp:, //…)",
    at: "content/posts/example.mdx:24",
    what: ({ target }) =>
      `The link to ${target} is not allowed: a link may only open a page of this site, a #section of the page, an https:// address, mailto: or tel:.`,
    fix: () =>
      "Replace it with one of those, e.g. /blog/massage-stress-and-sleep/, https://www.nih.gov/ or mailto:hello@example.com, or remove the link.",
    example: { target: "javascript:alert(1)" },
  }),
  duplicateTitle: template<{ field: string; kind: string; other: string }>({
    mistake: "Two posts (or team members, authors, massage types, pages) with one title or name",
    at: "content/posts/example.mdx",
    what: ({ field, other }) => `${field} is the same as in ${other}.`,
    // The field's word, not the field: the editor shows a field by its label ("Title").
    fix: ({ kind }) => `Give each ${kind} its own ${kind === "post" || kind === "page" ? "title" : "name"}.`,
    example: { field: "title", kind: "post", other: "content/posts/massage-stress-and-sleep.mdx" },
  }),
  postNamedLikeListPage: template<{ name: string; address: string }>({
    mistake: "A post whose file name is a page number of the article list",
    at: "content/posts/2.mdx",
    what: ({ name, address }) =>
      `The file name ${quoted(name)} would publish the post at ${address}, the address of a page of the article list.`,
    fix: () => "Add words to the file name, after the post's title, e.g. 2-stretches-for-the-lower-back.mdx.",
    example: { name: "2.mdx", address: "/blog/2/" },
  }),
  duplicateAddress: template<{ address: string; files: readonly string[] }>({
    mistake: "Two files that would publish at one address",
    at: "content/posts/2026/Back Pain.mdx",
    what: ({ address, files }) => `${files.join(" and ")} would both publish at ${address}.`,
    fix: () => "Rename one of the files: the file name is the address.",
    example: {
      address: "/blog/back-pain/",
      files: ["content/posts/back-pain.mdx", "content/posts/2026/Back Pain.mdx"],
    },
  }),
  yamlReadAsDate: template<{ field: string; value: string }>({
    mistake: "Text that the build reads as a date",
    at: "content/posts/example.mdx:2",
    what: ({ field, value }) => `${field} ${value} is read as a date, not as text, when the site is built.`,
    fix: ({ field, value }) => `Put it in straight double quotes, e.g. ${field}: "${value}".`,
    example: { field: "title", value: "2026-12-24" },
  }),
  picturePathForm: template<{ field: string; value: string }>({
    mistake: "A picture's path not written from the file's own folder",
    at: "content/team/jordan-reyes.yaml:9",
    what: ({ field, value }) =>
      `${field} "${value}" is not written from this file's folder, so the build cannot find the picture.`,
    fix: ({ value }) =>
      `Start the path with ./ and give it from this file's folder, e.g. ./${value.replace(/^\/+/, "")}.`,
    example: { field: "photo", value: "images/jordan.jpg" },
  }),
  strayFile: template<Record<string, never>>({
    mistake: "A file in content/ that the site does not read (code, a package, a web page)",
    at: "content/posts/notes.html",
    what: () =>
      "This file is not an entry, the site's words or settings, or a picture (.jpg, .jpeg, .png, .webp, .avif or .svg), and content/ holds nothing else: code or a package here could be run by the build.",
    fix: () =>
      "Delete the file (and any node_modules folder in content/). A picture needs one of those endings; notes for the team go in a README.md.",
    example: {},
  }),
  oddFileName: template<Record<string, never>>({
    mistake: "A file whose name starts with a dot or holds ? or #, or in a node_modules folder",
    at: "content/posts/images/.desk.jpg",
    what: () =>
      "This file's name starts with a dot or holds a ? or #, or it sits in a node_modules folder: the build could read another file than the one named here, or run it as code.",
    fix: () =>
      "Delete it, or rename it (and its folder) with letters, digits and dashes only, e.g. content/posts/images/desk.jpg.",
    example: {},
  }),
  fakePicture: template<{ holds: string }>({
    mistake: "A file named like a picture that holds something else",
    at: "content/posts/images/desk.jpg",
    what: ({ holds }) =>
      `This file is named like a picture, but it holds ${holds}: the site shows only real pictures, and could read anything else as code.`,
    fix: () =>
      "Replace it with the picture itself (save or export it again as .jpg, .png, .webp, .avif or .svg), or delete it.",
    example: { holds: "a web page (HTML)" },
  }),
  picturePathMark: template<{ field: string; value: string }>({
    mistake: "A picture path with ? or # in it",
    at: "content/posts/example.mdx:14",
    what: ({ field, value }) =>
      `${field} ${quoted(value)}: a picture's path is the file's name alone, with no ? or # (the build would read another file than the one checked).`,
    fix: () =>
      "Write the path without the ? or # and what follows, e.g. ./images/desk.jpg, and rename the file if its name has one.",
    example: { field: "picture", value: "./images/desk.jpg#large" },
  }),
  contentLink: template<Record<string, never>>({
    mistake: "A link to another file (a symbolic link) in content/",
    at: "content/posts/notes.mdx",
    what: () =>
      "This is a link to a file somewhere else, not a file: the site reads only files that are in content/ itself, so it is not read.",
    fix: () => "Replace the link with the file itself (copy the file into content/), or delete the link.",
    example: {},
  }),
  badFileName: template<{ name: string }>({
    mistake: "A file name that makes no address",
    at: "content/posts/!!!.mdx",
    what: ({ name }) => `The file name ${quoted(name)} has no letters or digits to make an address from.`,
    fix: () => "Name the file after its title in lowercase with dashes, e.g. how-to-sit-well.mdx.",
    example: { name: "!!!.mdx" },
  }),
  defaultLanguage: template<{ value: string; languages: string }>({
    mistake: "A default language the site does not have",
    at: "content/settings.yaml:12",
    what: ({ value, languages }) =>
      `defaultLanguage is "${value}", which is not in languages (${languages}).`,
    fix: ({ value, languages }) =>
      `Write one of the listed languages, e.g. defaultLanguage: ${languages.split(", ")[0]}, or add ${value} to languages.`,
    example: { value: "fr", languages: "en, es" },
  }),
  noOriginal: template<{ name: string; folder: string; choices: string }>({
    mistake: "A translation of a file that does not exist",
    at: "content/es/massage-types/swedsh.mdx",
    what: ({ name, folder }) =>
      `This translation is named "${name}", but ${folder} has no file of that name.`,
    fix: ({ choices: list }) => `Name it like the file it translates: one of ${list}.`,
    example: { name: "swedsh", folder: "content/massage-types/", choices: "swedish, thai or chair" },
  }),
  originalNotPicked: template<{ field: string }>({
    mistake: "A new translation that names no original",
    at: "content/es/authors/.yaml",
    what: ({ field }) =>
      `${field} is empty: a new translation's file is named after the entry it translates.`,
    fix: ({ field }) => `Pick the entry this translates in ${field}.`,
    example: { field: "translationOf" },
  }),
  translatedAlready: template<{ name: string; other: string; field: string }>({
    mistake: "A second translation of one entry into one language",
    at: "content/es/authors/jordan-reyes-1.yaml",
    what: ({ other, field }) =>
      `${other} already translates the entry picked in ${field} into this language.`,
    fix: ({ other, field }) =>
      `Open ${other} to change its words, or pick an entry it does not translate in ${field}.`,
    example: { name: "jordan-reyes", other: "content/es/authors/jordan-reyes.yaml", field: "translationOf" },
  }),
  translationFileName: template<{ name: string; expected: string; field: string }>({
    mistake: "A translation whose file is not named after its original",
    at: "content/es/authors/jordan.yaml",
    what: ({ name, field }) => `This translates "${name}" (${field}), but its file has another name.`,
    fix: ({ expected, field }) =>
      `Rename the file to ${expected}, or pick the entry this file translates in ${field}.`,
    example: { name: "jordan-reyes", expected: "jordan-reyes.yaml", field: "translationOf" },
  }),
  translationOlder: template<{ original: string; originalDate: string; translatedDate: string }>({
    mistake: "A translation older than its original (a warning)",
    at: "content/es/posts/seis-razones.mdx:5",
    what: ({ original, originalDate, translatedDate }) =>
      `${original} was updated or reviewed on ${originalDate}, after this translation (translatedDate ${translatedDate}).`,
    fix: () => "Bring the translation in line with the original, then set translatedDate to that day.",
    example: {
      original: "content/posts/six-reasons.mdx",
      originalDate: "2026-11-26",
      translatedDate: "2026-10-01",
    },
  }),
  translationMissing: template<{ language: string; folder: string }>({
    mistake: "A page with no translation yet (a warning)",
    at: "content/posts/sciatica-and-massage.mdx",
    what: ({ language }) => `This page has no version in "${language}" yet.`,
    fix: ({ folder }) =>
      `Add its translation in ${folder}. Until then that language's site shows the original's words, and its blog counts the article among those in the original language only.`,
    example: { language: "es", folder: "content/es/posts/" },
  }),
  hoursLabelUnused: template<{ from: string }>({
    mistake: "A translated label for a change of hours the settings no longer have (a warning)",
    at: "content/es/settings.yaml:18",
    what: ({ from }) =>
      `No change of hours in content/settings.yaml starts on ${from}, so this label is not shown.`,
    fix: () => "Remove it, or write as from: the first day of the change it names.",
    example: { from: "2026-12-24" },
  }),
  hoursLabelMissing: template<{ label: string; from: string; language: string; file: string }>({
    mistake: "A change of hours with no label in another language yet (a warning)",
    at: "content/settings.yaml:51",
    what: ({ label, from, language }) =>
      `The change of hours "${label}" (from ${from}) has no label in "${language}" yet.`,
    fix: ({ file, from }) =>
      `Add one under hours.exceptions in ${file}, with from: "${from}". Until then that language's pages show this label.`,
    example: { label: "Thanksgiving", from: "2026-11-26", language: "es", file: "content/es/settings.yaml" },
  }),
  bookingPlaceholder: template<{ setting: string; placeholder: string }>({
    mistake: "An unknown {placeholder} in the booking URL",
    at: "content/settings.yaml:16",
    what: ({ setting, placeholder }) => `${setting} contains ${placeholder}, which the site cannot fill in.`,
    fix: () =>
      "The only placeholder is {service}, e.g. https://calendly.com/your-practice/{service}; or leave it out and the id is added as ?service=<id>.",
    example: { setting: "booking.url", placeholder: "{servce}" },
  }),
  httpsOnly: template<{ setting: string; value: string }>({
    mistake: "A booking or social address that is not https://",
    at: "content/settings.yaml:16",
    what: ({ setting, value }) => `${setting} ${quoted(value)} does not start with https://.`,
    fix: () => "Write the full secure address, e.g. https://book.example.com/practice.",
    example: { setting: "booking.url", value: "http://book.example.com" },
  }),
  mdxUnclosed: template<{ tag: string }>({
    mistake: "A component that is opened but never closed",
    at: "content/posts/example.mdx:12",
    what: ({ tag }) => `<${tag}> is opened here but never closed.`,
    fix: ({ tag }) =>
      `Add </${tag}> on its own line after the text it holds, with a blank line before it, e.g. <${tag} …>, the text, then </${tag}>; a component that holds no text closes itself: <${tag} … />.`,
    example: { tag: "Callout" },
  }),
  mdxStrayClosingTag: template<{ tag: string; open?: string | undefined }>({
    mistake: "A closing tag that matches no opening tag",
    at: "content/posts/example.mdx:16",
    what: ({ tag, open }) =>
      open
        ? `</${tag}> does not close the <${open}> opened above it.`
        : `</${tag}> closes nothing: there is no <${tag}> before it.`,
    fix: ({ tag, open }) =>
      open
        ? `Close each component with its own name: <${open} …>, the text, then </${open}>.`
        : `Delete </${tag}>, or put the opening tag before the text it should hold, e.g. <${tag} kind="note">.`,
    example: { tag: "Calout", open: "Callout" },
  }),
  mdxUnknownComponent: template<{ name: string; suggestion?: string | undefined; known: string }>({
    mistake: "A misspelt or unknown component",
    at: "content/posts/example.mdx:12",
    what: ({ name }) => `<${name}> is not a component this site has.`,
    fix: ({ suggestion, known }) =>
      `${suggestion ? `Did you mean <${suggestion}>? ` : ""}The components are: ${known}. For anything else ask a developer to add a component.`,
    example: {
      name: "Calout",
      suggestion: "Callout",
      known: "BookingButton, Callout, Figure, Quiz, QuizCallout or YouTube",
    },
  }),
  mdxCurlyQuotes: template<{ snippet: string; tag: string; attribute: string; value: string }>({
    mistake: "Curly quotes around a component's value",
    at: "content/posts/example.mdx:12",
    what: ({ snippet, tag }) =>
      `${snippet} in <${tag}> has curly quotes (“ ” or ‘ ’), so the component cannot be read.`,
    fix: ({ tag, attribute, value }) =>
      `Use straight quotes: <${tag} ${attribute}="${value}">. (Word processors curl them.)`,
    example: { snippet: "kind=“note”", tag: "Callout", attribute: "kind", value: "note" },
  }),
  mdxHtmlComment: template<Record<string, never>>({
    mistake: "An HTML comment, e.g. pasted from a web page",
    at: "content/posts/example.mdx:14",
    what: () => "<!-- … --> (an HTML comment) cannot be used in a post or page.",
    fix: () =>
      "Delete it. For a note to other writers that is never published, write {/* your note */} instead, e.g. {/* Check the prices again in May */}.",
    example: {},
  }),
  mdxStrayBrace: template<{ snippet: string }>({
    mistake: "A brace { or } in a sentence",
    at: "content/posts/example.mdx:10",
    what: ({ snippet }) =>
      snippet === "{"
        ? "This { has no closing } and starts what the site reads as code."
        : `The braces in ${snippet} are read as code, not as text.`,
    fix: () =>
      "To show a brace, write a backslash before it, \\{ and \\}, e.g. \\{like this\\}; or use round brackets (like this).",
    example: { snippet: "{like this}" },
  }),
  mdxExpression: template<{
    snippet: string;
    tag?: string | undefined;
    attribute?: string | undefined;
    value?: string | undefined;
  }>({
    mistake: "Code in braces ({…}) in a post or page",
    at: "content/posts/example.mdx:10",
    what: ({ snippet, tag }) =>
      `${snippet}${tag ? ` in <${tag}>` : ""} is code. Posts and pages hold text only: nothing in them runs.`,
    fix: ({ tag, attribute, value }) =>
      tag
        ? attribute
          ? `Give the value as text in straight quotes: <${tag} ${attribute}="${value ?? "…"}">.`
          : `Give each value as text in straight quotes, e.g. <${tag} title="See a doctor first">.`
        : "Write the words themselves. To show braces, write a backslash before each, e.g. \\{like this\\}.",
    example: { snippet: "{process.env.HOME}" },
  }),
  mdxLessThan: template<{ snippet: string }>({
    mistake: "A < sign right before a letter or digit",
    at: "content/posts/example.mdx:10",
    what: ({ snippet }) =>
      `${snippet}: a < right before a letter or digit is read as the start of a component.`,
    fix: () => 'Put a space after it or write it out, e.g. "pain below 3 out of 10" or "pain < 3".',
    example: { snippet: "<3" },
  }),
  mdxSyntax: template<Record<string, never>>({
    mistake: "Other text the site cannot read (a stray < or {)",
    at: "content/posts/example.mdx:10",
    what: () => "This line cannot be read: a < or { on it starts a component or code that is not finished.",
    fix: () =>
      'Write components as <Callout kind="note">, the text, then </Callout>, with straight quotes; to show a brace write \\{ or \\}; for a < sign put a space after it.',
    example: {},
  }),
  mdxCompilerRefuses: template<{ snippet: string }>({
    mistake: "Text the page builder cannot read",
    at: "content/posts/example.mdx:10",
    what: ({ snippet }) =>
      `The program that builds the pages cannot read this line (${snippet}), so the page cannot be made.`,
    fix: () =>
      "Write the line more plainly: words, Markdown links and the ready-made components with straight quotes. If it still shows, ask a developer.",
    example: { snippet: "Expected a closing tag for `<Callout>`" },
  }),
  bookingUrlUnsafe: template<{ value: string; filled: string }>({
    mistake: "A booking URL whose links would not be https://",
    at: "content/settings.yaml:20",
    what: ({ value, filled }) =>
      `booking.url ${quoted(value)} makes booking links such as ${quoted(filled)}, which do not start with https://.`,
    fix: () =>
      "Start it with https:// and the booking site's address, and put {service} only after that, e.g. https://calendly.com/your-practice/{service}.",
    example: { value: "{service}:alert(1)", filled: ":alert(1)" },
  }),
  bookingServiceUnsafe: template<{ field: string; service: string; value: string; filled: string }>({
    mistake: "A booking service id that turns the booking link into something other than https://",
    at: "content/massage-types/example.mdx:21",
    what: ({ field, service, value, filled }) =>
      `${field} ${quoted(service)} put into booking.url ${quoted(value)} (content/settings.yaml) makes the link ${quoted(filled)}, which does not start with https://.`,
    fix: () =>
      "In content/settings.yaml, start booking.url with https:// and the booking site's address and put {service} only after that, e.g. https://calendly.com/your-practice/{service}; then no service id can change where the link goes.",
    example: {
      field: "bookingService",
      service: "javascript",
      value: "{service}https://book.example.com/",
      filled: "javascripthttps://book.example.com/",
    },
  }),
  // Pictures (src/lib/content/media.ts): only picture files, by name and by content.
  notAPicture: template<{ field: string; value: string; ending: string }>({
    mistake: "An image field that names a file which is not a picture",
    at: "content/posts/example.mdx:9",
    what: ({ field, value, ending }) =>
      `${field} ${quoted(value)} is not a picture${ending ? `: the site does not show ${ending} files as images` : ""}.`,
    fix: () =>
      "Use a photo or drawing saved as .jpg, .jpeg, .png, .webp, .avif or .svg, e.g. ./images/desk.jpg. A web page, script, PDF or document cannot be an image: link to it instead, or ask a developer.",
    example: { field: "heroImage", value: "./images/offer.html", ending: ".html" },
  }),
  pictureNotWhatItsNameSays: template<{
    field: string;
    value: string;
    path: string;
    ending: string;
    found: string;
  }>({
    mistake: "A picture file that holds something else (a web page or document renamed .jpg or .svg)",
    at: "content/settings.yaml:54",
    what: ({ field, value, path, ending, found }) =>
      `${field} ${quoted(value)}: ${path} is named ${ending} but holds ${found}.`,
    fix: ({ ending }) =>
      `Open the picture in a photo or drawing program, export it again as a real ${ending} file and put that file in its place; renaming a file does not make it a picture.`,
    example: {
      field: "brand.logo",
      value: "./images/logo.svg",
      path: "content/images/logo.svg",
      ending: ".svg",
      found: "a web page (HTML)",
    },
  }),
  // Moved and removed addresses (src/lib/content/redirects.ts).
  redirectTargetMissing: template<{ from: string; to: string }>({
    mistake: "A moved address whose new address is not a page of the site",
    at: "content/redirects.yaml:4",
    what: ({ from, to }) => `${from} is sent to ${to}, which is not a page this site publishes.`,
    fix: () =>
      "Write the address of a published page, copied from the browser's address bar without the site's name, e.g. /blog/massage-stress-and-sleep/; or set gone: true when no page replaces it.",
    example: { from: "/blog/old-name/", to: "/blog/new-nme/" },
  }),
  redirectChain: template<{ from: string; to: string; end: string; gone: boolean }>({
    mistake: "A moved address sent to another moved address (a chain)",
    at: "content/redirects.yaml:7",
    what: ({ from, to }) => `${from} is sent to ${to}, which is itself an old address in this file.`,
    fix: ({ end, gone }) =>
      gone
        ? "That address is gone: set gone: true here too, or send this one to a page that is still published."
        : `Send it straight to the end of the chain: to: ${end}. Search engines and browsers follow one step, not several.`,
    example: { from: "/blog/first-name/", to: "/blog/second-name/", end: "/blog/third-name/", gone: false },
  }),
  redirectLoop: template<{ from: string; loop: readonly string[] }>({
    mistake: "Moved addresses that send visitors in a circle",
    at: "content/redirects.yaml:4",
    what: ({ loop }) => `These addresses send visitors in a circle: ${loop.join(" → ")}.`,
    fix: ({ from }) =>
      `Send ${from} to the page that is published now (its address ends the circle), or delete the entry that points back.`,
    example: { from: "/blog/a/", loop: ["/blog/a/", "/blog/b/", "/blog/a/"] },
  }),
  redirectTwice: template<{ from: string; line?: number | undefined }>({
    mistake: "One old address in the redirects file twice",
    at: "content/redirects.yaml:9",
    what: ({ from, line }) =>
      `${from} is listed twice${line ? ` (first on line ${line})` : ""}: a visitor can go only one way.`,
    fix: () => "Keep one entry for it, the one with the right new address, and delete the other.",
    example: { from: "/blog/old-name/", line: 4 },
  }),
  redirectReserved: template<{ from: string }>({
    mistake: "A redirect from the home page or from the site's own folders",
    at: "content/redirects.yaml:4",
    what: ({ from }) => `${from} cannot be sent elsewhere: the site itself needs that address.`,
    fix: () =>
      "Redirect only the address of a page that moved or was removed, e.g. /blog/old-name/; the home page, /admin/, /_astro/, /og/ and /pagefind/ stay.",
    example: { from: "/admin/" },
  }),
  redirectWaits: template<{ from: string }>({
    mistake: "A redirect from an address that is still a page (a warning: the page wins)",
    at: "content/redirects.yaml:4",
    what: ({ from }) => `${from} is still a page, so this entry waits: visitors see the page.`,
    fix: () =>
      "Delete or rename that page next and the entry takes over; if the page stays, delete the entry.",
    example: { from: "/blog/sciatica-and-massage/" },
  }),
  addressDropped: template<{ address: string }>({
    mistake: "A published address this build would no longer answer",
    at: "content/published-addresses.txt:12",
    what: ({ address }) =>
      `${address} was published, and people and search engines still use it, but no page answers it now.`,
    fix: ({ address }) =>
      `In content/redirects.yaml (Addresses that moved, in the editor) add either "- from: ${address}" with "to:" the page that replaces it, or "gone: true" with a reason; or bring the page back.`,
    example: { address: "/blog/old-name/" },
  }),
  linkRedirected: template<{ target: string; to: string }>({
    mistake: "A link to an address that moved (a warning)",
    at: "content/posts/example.mdx:14",
    what: ({ target }) => `The link to ${target} goes through a redirect: that page moved.`,
    fix: ({ to }) => `Link to its new address, ${to}, so the page does not depend on the redirect.`,
    example: { target: "/blog/old-name/", to: "/blog/new-name/" },
  }),
  notLoadedYet: template<Record<string, never>>({
    mistake: "A post the preview (npm run dev) could not load yet",
    at: "content/posts/example.mdx",
    what: () => "This file could not be loaded yet.",
    fix: () =>
      "Reload in a moment. If it stays, save the file again: a file added while npm run dev was starting can be missed. The terminal running npm run dev shows any other reason.",
    example: {},
  }),
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type MessageArgs<K extends MessageKey> = Parameters<(typeof MESSAGES)[K]["what"]>[0];

/** How the browser editor names what the build names by key and file. */
export interface EditorNames {
  /** A field's label in the editor ("reviewedDate" → "Reviewed on"), or undefined. */
  field(key: string): string | undefined;
  /** A page's title ("content/posts/x.mdx" → its title), or undefined. */
  page(file: string): string | undefined;
}

/** Arguments that hold a field's key, and arguments that hold files. */
const FIELD_ARGS = ["field", "setting", "image", "alt"] as const;
const FILE_ARGS = ["other", "files", "original"] as const;
const quoteName = (name: string) => `“${name}”`;

/**
 * A catalogue message in the editor's words: fields by their label and pages by their title, the
 * keys a schema's rule names ("set reviewedBy and reviewedDate together") included. Same
 * templates as the build, so the two say the same thing; only the names differ.
 */
export function inEditorWords<K extends MessageKey>(
  key: K,
  args: MessageArgs<K>,
  names: EditorNames,
): { what: string; fix: string } {
  const renamed: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  const label = (value: string) => {
    const found = names.field(value);
    return found ? quoteName(found) : value;
  };
  const page = (value: string) => {
    const found = names.page(value);
    return found ? quoteName(found) : value;
  };
  for (const name of FIELD_ARGS) {
    const value = renamed[name];
    if (typeof value === "string") renamed[name] = label(value);
  }
  for (const name of FILE_ARGS) {
    const value = renamed[name];
    if (typeof value === "string") renamed[name] = page(value);
    else if (Array.isArray(value)) renamed[name] = value.map((each) => page(String(each)));
  }
  // A rule's own words name other fields by key, written in camelCase (reviewedBy, heroAlt) or as
  // a path (pressure.from); a word that names no field stays as it is.
  if (typeof renamed["rule"] === "string")
    renamed["rule"] = renamed["rule"].replace(
      /\b[a-z]+(?:[A-Z][a-z]+)*(?:\.[a-z]+(?:[A-Z][a-z]+)*)+\b|\b[a-z]+(?:[A-Z][a-z]+)+\b/g,
      label,
    );
  const message = MESSAGES[key] as {
    what: (a: Record<string, unknown>) => string;
    fix: (a: Record<string, unknown>) => string;
  };
  // A switch the file writes as `key: true` is one the form shows by its label.
  const switches = (text: string) =>
    text
      .replace(/\bset ([a-z][A-Za-z]*): true\b/g, (whole, key: string) => {
        const found = names.field(key);
        return found ? `switch on ${quoteName(found)}` : whole;
      })
      .replace(/\(([a-z][A-Za-z]*): true\)/g, (whole, key: string) => {
        const found = names.field(key);
        return found ? `(${quoteName(found)} switched on)` : whole;
      });
  // A template's own words may name a field by key too ("after this translation (translatedDate …)").
  const keysNamed = (text: string) => text.replace(/\b[a-z]+(?:[A-Z][a-z]+)+\b/g, label);
  // The file's example ("e.g. tags: [lower-back, posture]") is in the file's syntax; the form's box
  // is right there.
  const fix = key === "missingField" ? "Fill it in." : keysNamed(switches(message.fix(renamed)));
  return { what: keysNamed(switches(message.what(renamed))), fix };
}

const mistakes = (count: number) => (count === 1 ? "1 mistake stops" : `${count} mistakes stop`);

/** What a date box that is not a whole date yet means for the entry. */
const unsavedUntil = (kept: string) =>
  `The entry cannot be saved until then (it still holds ${kept === "" ? "no date" : kept}).`;

/**
 * The browser editor's own notices around a refused save (src/admin/editor.ts), worded here beside
 * the mistakes themselves so the editor and the build speak alike.
 */
export const EDITOR_NOTICES = {
  /** The editor's notice (its toast) when the build's check refuses a save. */
  refusedSave: (count: number) =>
    `${mistakes(count)} the save. Each is marked beside its field (the first is on screen) and listed at the top.`,
  /** The heading of the list at the top when the entry itself has mistakes. */
  refusedHeading: (action: "saved" | "deleted", page: string, count: number) =>
    `Not ${action}: ${page} has ${count === 1 ? "1 mistake" : `${count} mistakes`}. Fix each line below and save again.`,
  /** The heading over what a saved change newly makes worth fixing (the build's warnings). */
  worthKnowing: (count: number) =>
    `Saved. ${count === 1 ? "One thing" : `${count} things`} to follow up (the site is published as it is):`,
  /** The heading when the change is fine but would break other pages. */
  breaksOthers: (action: "saved" | "deleted", pages: readonly string[], outside: readonly string[] = []) =>
    `Not ${action}: this would break ${pages.length === 1 ? "1 other page" : `${pages.length} other pages`} (${pages.join(", ")}). ${
      outside.length === 0
        ? "Fix them first, or undo this change."
        : `${outside.join(", ")} cannot be changed in this editor: ask a developer to change ${outside.length === 1 ? "it" : "them"} first (docs/CONTENT.md), or undo this change.`
    }`,
  /** The notice when the break is in other pages. */
  refusedOthers: (pages: readonly string[]) =>
    `It would break ${pages.join(", ")}, listed at the top of the page.`,
  /** A translation of the entry being deleted, in the list of what the delete would break. */
  translationOfDeleted:
    "It translates this entry, and a translation needs its original: delete the translation first, then this entry.",
  /** The entry named in a heading before it has a title. */
  thisEntry: "This entry",
  /** The change would leave published addresses unanswered (content/published-addresses.txt). */
  addressesLost: (action: "saved" | "deleted", addresses: readonly string[]) =>
    `Not ${action}: ${addresses.join(", ")} would no longer open, and people and search engines still use ${addresses.length === 1 ? "it" : "them"}. Add ${addresses.length === 1 ? "it" : "them"} under "Addresses that moved" first (the new address, or gone), then ${action === "deleted" ? "delete" : "save"} again.`,
  /** The notice for the same. */
  addressesLostNotice: (addresses: readonly string[]) =>
    `${addresses.join(", ")} must be listed under "Addresses that moved" first.`,
  /** The editor's own field rules (required, length, pattern) refused the save: `count` fields. */
  fieldsRefused: (count: number) =>
    `Not saved: ${mistakes(count)} the save. Each is marked in red beside its field; the first is on screen.`,
  /** Before the fields are counted (the editor's own toast, replaced as soon as it shows). */
  fieldsRefusedPending: "Not saved: fields marked in red need a change first.",
  /** Beside a text box with a length rule, as the marketer types: "142 / 160". */
  characterCount: (count: number, max: number) =>
    count > max ? `${count} / ${max}: ${count - max} too many` : `${count} / ${max}`,
  /** Beside a field a post needs once it is published (a draft may leave it empty). */
  neededToPublish: "Needed to publish",
  /** Under a brand colour the build accepts: each pair it is judged in, its contrast, and the rule. */
  contrastPasses: (pairs: ReadonlyArray<{ pair: string; ratio: string }>, needed: string) =>
    `Readable: ${pairs.map(({ pair, ratio }) => `${pair} ${ratio}`).join("; ")}. WCAG 2.2 AA needs at least ${needed}.`,
  /** A post dated after today: in the list of posts and beside its publication date. */
  scheduled: (day: string) => `Scheduled for ${day}`,
  /** Under a post's preview: what its page adds that the pane does not draw. */
  previewLeavesOut: "On the page, the topics, a booking button and related articles follow.",
  /** The preview pane over a body the build refuses: the check's own words for its first mistake. */
  previewUnreadable: (mistake?: { line?: number | undefined; what: string; fix: string }) =>
    `The preview cannot show this text yet. ${
      mistake
        ? `${mistake.line === undefined ? "" : `Line ${mistake.line}: `}${mistake.what} ${mistake.fix}`
        : "Saving lists the fix."
    }`,
  /** Under a date box left part-filled or holding a day the calendar lacks (the box reads it as empty). */
  impossibleDate: (kept: string) =>
    `Not a whole date: fill in the month, the day and the year, and check that the day is on the calendar (there is no 30 February or 31 April). ${unsavedUntil(kept)}`,
  /** Under a date box holding a year typed part way ("0002"). */
  unfinishedDate: (kept: string) =>
    `Not a whole date yet: write the year in four digits, e.g. 2026. ${unsavedUntil(kept)}`,
  /** Any other failure to save (the network, the repository): the editor's own words follow. */
  saveFailed: "Not saved: %{details}",
} as const;
