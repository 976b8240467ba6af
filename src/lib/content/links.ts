import { inlineParts } from "../site/template.ts";
import { problem, type ContentProblem, type Where } from "./problems.ts";
import { readYaml } from "./yaml-source.ts";

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
  /** Relative to the project, e.g. content/faq.yaml. */
  file: string;
  /** The whole file, so line numbers match the editor. */
  text: string;
}

/** A link target as a message shows it: long data: addresses are cut. */
function shown(target: string): string {
  const flat = target.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/** The catalogue line for a target linkRefusal refuses (a refused scheme when it allows it). */
export function linkProblem(target: string, where: Where): ContentProblem {
  const refusal = linkRefusal(target) ?? { kind: "scheme" as const };
  const link = shown(target);
  return refusal.kind === "http"
    ? problem("linkHttp", { target: link, suggestion: shown(refusal.suggestion) }, where)
    : refusal.kind === "relative"
      ? problem("linkRelative", { target: link, suggestion: shown(refusal.suggestion) }, where)
      : problem("linkScheme", { target: link }, where);
}

/** A link in a YAML content file, as the page renders it: after YAML has decoded the text. */
export interface YamlLink {
  target: string;
  line?: number | undefined;
  /** The field's path, e.g. questions.2.answer. */
  field: string;
}

/**
 * Every link target in a copy or FAQ file, read from the decoded YAML (escapes such as \x28 are
 * already what they stand for): the `[words](target)` links inside sentences, read with the same
 * reader the pages render them with (inlineParts), and every `path:` field (a card's address).
 */
export function yamlLinks({ file, text }: LinkSource): YamlLink[] {
  const source = readYaml(text, file);
  if (!source.syntaxOk) return [];
  const found: YamlLink[] = [];
  const visit = (value: unknown, path: Array<string | number>) => {
    if (typeof value === "string") {
      const field = path.join(".");
      const line = source.lineOf(path);
      if (path.at(-1) === "path") found.push({ target: value, line, field });
      for (const part of inlineParts(value))
        if (part.kind === "link") found.push({ target: part.path, line, field });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === "object")
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(source.data, []);
  return found;
}

/** Every link in a copy or FAQ file whose target the site does not allow, with its line and the fix. */
export function checkLinkTargets(content: LinkSource): ContentProblem[] {
  return yamlLinks(content).flatMap(({ target, line, field }) =>
    linkRefusal(target) ? [linkProblem(target, { file: content.file, line, field })] : [],
  );
}
