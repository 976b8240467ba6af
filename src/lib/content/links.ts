import { problem, type ContentProblem } from "./problems";

// Which link targets content may publish. Pure and free of node: imports, so the browser editor can
// bundle the same rule as the build.
//
// Allowed: a page of this site (/blog/…), a #section of the page, an https:// address, mailto: and
// tel:. Anything else (javascript:, data:, http:, ftp:, //other-host, a relative foo/bar) is refused.

export type LinkRefusal =
  { kind: "http"; suggestion: string } | { kind: "relative"; suggestion: string } | { kind: "scheme" };

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ":",
  sol: "/",
  tab: "\t",
  newline: "\n",
  num: "#",
  period: ".",
  amp: "&",
  lpar: "(",
  rpar: ")",
};

// The URL parser drops leading C0 control characters and spaces.
// eslint-disable-next-line no-control-regex
const LEADING_CONTROL = /^[\u0000-\u0020]+/;

/**
 * The target as a browser reads it: character references decoded (`&#58;` and `&colon;` are a
 * colon in Markdown and in MDX attributes), Markdown's backslash escapes removed, tabs and line
 * breaks dropped and leading spaces or control characters trimmed, as the URL parser does.
 */
function asBrowserReads(target: string): string {
  return target
    .replace(/&#(\d+);?/g, (_, code: string) => String.fromCodePoint(Number(code) % 0x110000))
    .replace(/&#x([0-9a-f]+);?/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16) % 0x110000))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? whole)
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/[\t\n\r]/g, "")
    .replace(LEADING_CONTROL, "");
}

/** Why a link target may not be published, or undefined when it is allowed. */
export function linkRefusal(target: string): LinkRefusal | undefined {
  const url = asBrowserReads(target.trim().replace(/^<(.*)>$/, "$1"));
  if (url.startsWith("#")) return undefined;
  // A site path; "//host" and "/\host" lead to another website.
  if (url.startsWith("/")) return /^\/[/\\]/.test(url) ? { kind: "scheme" } : undefined;
  if (/^https:\/\/[^/\\]/i.test(url)) return undefined;
  if (/^(mailto|tel):./i.test(url)) return undefined;
  if (/^http:\/\/[^/\\]/i.test(url)) return { kind: "http", suggestion: `https://${url.slice(7)}` };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (scheme || url === "") return { kind: "scheme" };
  // A bare host such as www.example.com reads as a path below the page, not as that website.
  if (/^(www\.|[a-z0-9-]+\.(com|org|net|gov|edu)\b)/i.test(url))
    return { kind: "relative", suggestion: `https://${url}` };
  return { kind: "relative", suggestion: `/${url.replace(/^(\.{1,2}\/)+/, "")}` };
}

export interface LinkSource {
  /** Relative to the project, e.g. content/posts/x.mdx. */
  file: string;
  /** The whole file, so line numbers match the editor. */
  text: string;
}

/** A link target as a message shows it: long data: addresses are cut. */
function shown(target: string): string {
  const flat = target.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) line += 1;
  return line;
}

/** Blanks what is not text a visitor sees as links: the frontmatter of an MDX file, YAML comments. */
function blanked(text: string, kind: "mdx" | "yaml"): string {
  const blank = (part: string) => part.replace(/[^\n]/g, " ");
  if (kind === "yaml") return text.replace(/^[ \t]*#.*$/gm, blank);
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(text);
  return frontmatter ? blank(frontmatter[0]) + text.slice(frontmatter[0].length) : text;
}

// A destination may hold one level of balanced brackets, e.g. (https://en.wikipedia.org/wiki/Back_(anatomy)).
const DESTINATION = String.raw`(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)`;
const MDX_PATTERNS: readonly RegExp[] = [
  // [words](target): Markdown links (images are checked with the pictures, checks.ts).
  new RegExp(String.raw`(?<!!)\[(?:[^\]\\\n]|\\.)*\]\(\s*${DESTINATION}`, "g"),
  // [name]: target, the definition of a reference-style link.
  new RegExp(String.raw`^ {0,3}\[[^\]\n]+\]:[ \t]*${DESTINATION}`, "gm"),
  // <https://…>: an autolink.
  /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi,
  // href="…" on a component or an <a>, in any quotes or as a {"string"} expression.
  /\b(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*\}|(\{[^}]*\}))/g,
  // http://… written out in the text: Markdown turns it into a link.
  /(?<![\w("'<=/[])(http:\/\/[^\s<>)\]"']+)/gi,
];
const COPY_PATTERNS: readonly RegExp[] = [
  // The copy files' link syntax (src/lib/site/template.ts): [words](target).
  /\[[^\]]+\]\(([^)\s]+)\)/g,
];

/**
 * Every link in a content file whose target the site does not allow, with its line and the fix.
 * `mdx`: posts, pages and massage types (Markdown links, reference links, autolinks, href
 * attributes); `yaml`: the copy and FAQ files' [words](target) links.
 */
export function checkLinkTargets({ file, text }: LinkSource, kind: "mdx" | "yaml"): ContentProblem[] {
  const body = blanked(text, kind);
  const problems: ContentProblem[] = [];
  for (const pattern of kind === "mdx" ? MDX_PATTERNS : COPY_PATTERNS) {
    for (const match of body.matchAll(pattern)) {
      const target = match.slice(1).find((group) => group !== undefined) ?? "";
      // href={expression}: only a written-out address can be checked, so nothing else is allowed.
      const refusal = target.startsWith("{") ? { kind: "scheme" as const } : linkRefusal(target);
      if (refusal === undefined) continue;
      const where = { file, line: lineAt(body, match.index), field: "link" };
      const link = shown(target);
      problems.push(
        refusal.kind === "http"
          ? problem("linkHttp", { target: link, suggestion: shown(refusal.suggestion) }, where)
          : refusal.kind === "relative"
            ? problem("linkRelative", { target: link, suggestion: shown(refusal.suggestion) }, where)
            : problem("linkScheme", { target: link }, where),
      );
    }
  }
  return problems;
}
