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

export const MESSAGES = {
  yamlTab: template<{ field?: string }>({
    mistake: "A tab in the frontmatter",
    at: "content/posts/example.mdx:5",
    what: () => "This line is indented with a tab.",
    fix: () => 'Indent with spaces only, two per level, e.g. "  - lower-back".',
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
      value === undefined || typeof value === "object"
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
      "Check the spelling and the folder. The path is relative to the post, e.g. ./images/desk.jpg for content/posts/images/desk.jpg.",
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
    what: () => "This testimonial has no consent: true.",
    fix: () =>
      "Publish a client's words only with their permission to show them and the name they chose. Once you have it, add consent: true.",
    example: {},
  }),
  heroAltMissing: template<Record<string, never>>({
    mistake: "A hero image without heroAlt",
    at: "content/posts/example.mdx",
    what: () => "heroImage has no heroAlt.",
    fix: () =>
      'Describe the image for people who cannot see it, e.g. heroAlt: "A therapist working on a lower back".',
    example: {},
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
  brokenLink: template<{ target: string }>({
    mistake: "A link to a page that does not exist",
    at: "content/posts/example.mdx:20",
    what: ({ target }) => `The link to ${target} goes to a page that does not exist (or is a draft).`,
    fix: () =>
      "Check the spelling; a post's address is /blog/ and its file name without .mdx and with a final /, e.g. /blog/sciatica-and-massage/.",
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
    example: { target: "blog/sciatica-and-massage/", suggestion: "/blog/sciatica-and-massage/" },
  }),
  linkScheme: template<{ target: string }>({
    mistake: "A link the site does not allow (javascript:, data:, ftp:, //…)",
    at: "content/posts/example.mdx:24",
    what: ({ target }) =>
      `The link to ${target} is not allowed: a link may only open a page of this site, a #section of the page, an https:// address, mailto: or tel:.`,
    fix: () =>
      "Replace it with one of those, e.g. /blog/sciatica-and-massage/, https://www.nih.gov/ or mailto:hello@example.com, or remove the link.",
    example: { target: "javascript:alert(1)" },
  }),
  duplicateTitle: template<{ other: string }>({
    mistake: "Two posts with one title",
    at: "content/posts/example.mdx",
    what: ({ other }) => `title is the same as in ${other}.`,
    fix: () => "Give each post its own title.",
    example: { other: "content/posts/massage-stress-and-sleep.mdx" },
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
  badFileName: template<{ name: string }>({
    mistake: "A file name that makes no address",
    at: "content/posts/!!!.mdx",
    what: ({ name }) => `The file name ${quoted(name)} has no letters or digits to make an address from.`,
    fix: () => "Name the file after its title in lowercase with dashes, e.g. how-to-sit-well.mdx.",
    example: { name: "!!!.mdx" },
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
      value: "./brand/logo.svg",
      path: "content/brand/logo.svg",
      ending: ".svg",
      found: "a web page (HTML)",
    },
  }),
  notLoadedYet: template<Record<string, never>>({
    mistake: "A post the preview (npm run dev) could not load yet",
    at: "content/posts/example.mdx",
    what: () => "This file could not be loaded yet.",
    fix: () => "Reload in a moment; if this stays, the terminal running npm run dev shows why.",
    example: {},
  }),
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type MessageArgs<K extends MessageKey> = Parameters<(typeof MESSAGES)[K]["what"]>[0];

const mistakes = (count: number) => (count === 1 ? "1 mistake stops" : `${count} mistakes stop`);

/**
 * The browser editor's own notices around a refused save (src/admin/editor.ts), worded here beside
 * the mistakes themselves so the editor and the build speak alike.
 */
export const EDITOR_NOTICES = {
  /** The editor's notice (its toast) when the build's check refuses a save. */
  refusedSave: (count: number) =>
    `${mistakes(count)} the save. Each is marked beside its field (the first is on screen) and listed at the top.`,
  /** The heading of the list at the top when the entry itself has mistakes. */
  refusedHeading: (action: "saved" | "deleted", file: string, count: number) =>
    `Not ${action}: ${file} has ${count === 1 ? "1 mistake" : `${count} mistakes`}. Fix each line below and save again.`,
  /** The heading when the change is fine but would break other files. */
  breaksOthers: (action: "saved" | "deleted", files: readonly string[]) =>
    `Not ${action}: this would break ${files.length === 1 ? "1 other file" : `${files.length} other files`} (${files.join(", ")}). Fix them first, or undo this change.`,
  /** The notice when the break is in other files. */
  refusedOthers: (files: readonly string[]) =>
    `It would break ${files.join(", ")}, listed at the top of the page.`,
  /** The editor's own field rules (required, length, pattern) refused the save: `count` fields. */
  fieldsRefused: (count: number) =>
    `Not saved: ${mistakes(count)} the save. Each is marked in red beside its field; the first is on screen.`,
  /** Before the fields are counted (the editor's own toast, replaced as soon as it shows). */
  fieldsRefusedPending: "Not saved: fields marked in red need a change first.",
  /** Under a brand colour the build accepts: each pair it is judged in, its contrast, and the rule. */
  contrastPasses: (pairs: ReadonlyArray<{ pair: string; ratio: string }>, needed: string) =>
    `Readable: ${pairs.map(({ pair, ratio }) => `${pair} ${ratio}`).join("; ")}. WCAG 2.2 AA needs at least ${needed}.`,
  /** A post dated after today: in the list of posts and beside its publication date. */
  scheduled: (day: string) => `Scheduled for ${day}`,
  /** Any other failure to save (the network, the repository): the editor's own words follow. */
  saveFailed: "Not saved: %{details}",
} as const;
