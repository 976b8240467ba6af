import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
import { bodyOf, type ContentFile } from "./checks.ts";
import { problem, type ContentProblem } from "./problems.ts";

/**
 * The MDX grammar (with GFM, as the site's MDX compiler reads it): micromark's parse of a body, and
 * each syntax mistake that would otherwise stop the build with a parser error and a stack trace as
 * a line saying what is wrong and how to fix it. What the parsed tree may hold is body-rules.ts's.
 *
 * Pure and free of Node's modules, so the browser editor can run the same rules before a save.
 * Where the compiler runs, the rules walk its own reading and this names the mistakes of a body
 * it cannot read.
 */

/** The parser's error, as micromark and mdast-util-mdx-jsx throw it (a VFileMessage). */
interface ParseError {
  reason: string;
  ruleId?: string | undefined;
  source?: string | undefined;
  place?: { offset?: number; line: number; column: number } | { start: { offset?: number } } | undefined;
}

const CURLY_QUOTES = "“”„‟‘’‚‛«»″";

function isParseError(error: unknown): error is ParseError {
  return typeof error === "object" && error !== null && "reason" in error && "ruleId" in error;
}

/** Offsets of the start of each line, to turn line:column into an index. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1))
    starts.push(index + 1);
  return starts;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** The same length of text with every character but line breaks turned into spaces. */
const blank = (text: string) => text.replace(/[^\n]/g, " ");

function replaceRange(text: string, from: number, to: number, by: string): string {
  return text.slice(0, from) + by + text.slice(to);
}

/** The index of the `{` that opens the expression around `at` (escaped braces do not count). */
function openingBrace(text: string, at: number): number {
  let depth = 0;
  for (let index = Math.min(at, text.length - 1); index >= 0; index--) {
    const char = text[index];
    if (text[index - 1] === "\\") continue;
    if (char === "}" && index !== at) depth++;
    else if (char === "{") {
      if (depth === 0) return index;
      depth--;
    }
  }
  return -1;
}

/** The index just after the `}` that closes the brace at `open`, or -1 when none does. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text[index];
    if (text[index - 1] === "\\") continue;
    if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return index + 1;
  }
  return -1;
}

const short = (snippet: string) => {
  const line = snippet.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

interface Diagnosis {
  problem?: ContentProblem;
  /** The body with this mistake taken out (same lines), so the rest of the file can be read. */
  repaired?: string;
}

/** One parser error as a catalogue message, and the body without that mistake. */
function diagnose(error: ParseError, body: string, file: string): Diagnosis {
  const starts = lineStarts(body);
  const fromPoint = (point: { offset?: number; line: number; column: number }) =>
    point.offset ?? (starts[point.line - 1] ?? 0) + point.column - 1;
  const place = error.place;
  let at = place === undefined ? -1 : "start" in place ? (place.start.offset ?? -1) : fromPoint(place);
  const where = (offset: number, field: string) => ({ file, line: lineAt(body, offset), field });
  const { ruleId = "", source = "", reason } = error;

  // The ESM extension reads a line starting with import/export as code that did not parse.
  if (source.endsWith("mdxjs-esm")) {
    const start = body.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
    const end = body.indexOf("\n", start);
    const line = body.slice(start, end === -1 ? undefined : end).trim();
    return {
      problem: problem(
        "codeLine",
        { snippet: line.length > 60 ? `${line.slice(0, 59)}…` : line },
        where(start, /^export/.test(line) ? "export" : "import"),
      ),
      repaired: replaceRange(
        body,
        start,
        end === -1 ? body.length : end,
        blank(body.slice(start, end === -1 ? undefined : end)),
      ),
    };
  }

  if (source === "mdast-util-mdx-jsx" && ruleId === "end-tag-mismatch") {
    // "Expected a closing tag for `<Callout>` (3:1-3:22)": the open tag's place is in the reason.
    const unclosed = /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)-(\d+):(\d+)\)/.exec(reason);
    if (unclosed) {
      const [, tag = "", , , endLine = "1", endColumn = "1"] = unclosed;
      const openAt = fromPoint({ line: Number(unclosed[2]), column: Number(unclosed[3]) });
      const closeAt = fromPoint({ line: Number(endLine), column: Number(endColumn) }) - 1;
      return {
        problem: problem("mdxUnclosed", { tag }, where(openAt, `<${tag}>`)),
        // Closed at once (<Callout … />), so what follows is read as it stands.
        repaired: body[closeAt] === ">" ? replaceRange(body, closeAt, closeAt, "/") : undefined,
      };
    }
    const mismatch =
      /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>`/.exec(
        reason,
      );
    if (mismatch && at >= 0) {
      const [, tag = "", open = ""] = mismatch;
      const end = body.indexOf(">", at) + 1;
      return {
        problem: problem("mdxStrayClosingTag", { tag, open }, where(at, `</${tag}>`)),
        repaired: replaceRange(body, at, end, `</${open}>`.padEnd(end - at)),
      };
    }
  }
  if (source === "mdast-util-mdx-jsx" && ruleId === "unexpected-closing-slash" && at >= 0) {
    const start = body.lastIndexOf("<", at);
    const end = body.indexOf(">", at) + 1 || body.length;
    const tag = /^<\/\s*([^\s>]*)/.exec(body.slice(start, end))?.[1] ?? "";
    return {
      problem: problem("mdxStrayClosingTag", { tag }, where(start, `</${tag}>`)),
      repaired: replaceRange(body, start, end, blank(body.slice(start, end))),
    };
  }

  if (source === "micromark-extension-mdx-expression" || ruleId === "acorn" || /expression/.test(reason)) {
    // Braces in a sentence: {like this}, or a { that never closes.
    if (at < 0) at = body.length - 1;
    const open = openingBrace(body, Math.min(at, body.length - 1));
    if (open >= 0) {
      const close = closingBrace(body, open);
      const snippet = close === -1 ? "{" : short(body.slice(open, close));
      const repaired =
        close === -1
          ? replaceRange(body, open, open + 1, " ")
          : replaceRange(replaceRange(body, close - 1, close, " "), open, open + 1, " ");
      return { problem: problem("mdxStrayBrace", { snippet }, where(open, snippet)), repaired };
    }
  }

  if (source === "micromark-extension-mdx-jsx" && at >= 0) {
    const char = body[at] ?? "";
    const tagStart = body.lastIndexOf("<", at);
    if (char === "!" && body[at - 1] === "<") {
      const end = body.indexOf("-->", at);
      const stop =
        end === -1 ? (body.indexOf("\n", at) === -1 ? body.length : body.indexOf("\n", at)) : end + 3;
      return {
        problem: problem("mdxHtmlComment", {}, where(at - 1, "<!--")),
        repaired: replaceRange(body, at - 1, stop, blank(body.slice(at - 1, stop))),
      };
    }
    if (CURLY_QUOTES.includes(char) && tagStart >= 0) {
      const tag = /^<\s*([^\s/>]*)/.exec(body.slice(tagStart))?.[1] ?? "";
      const attribute = /([\w:-]+)\s*=\s*$/.exec(body.slice(tagStart, at))?.[1] ?? "";
      let close = at + 1;
      while (close < body.length && !CURLY_QUOTES.includes(body[close]!) && !'">\n'.includes(body[close]!))
        close++;
      const quoted = CURLY_QUOTES.includes(body[close] ?? "");
      const snippet = `${attribute}=${body.slice(at, quoted ? close + 1 : close)}`;
      const value = body.slice(at + 1, close);
      let repaired = replaceRange(body, at, at + 1, '"');
      if (quoted) repaired = replaceRange(repaired, close, close + 1, '"');
      return {
        problem: problem(
          "mdxCurlyQuotes",
          { snippet, tag, attribute, value },
          where(at, `<${tag}> ${attribute}`),
        ),
        repaired,
      };
    }
    if (body[at - 1] === "<" && /^[\d\p{P}\p{S}]$/u.test(char) && char !== "/" && char !== ">") {
      return {
        problem: problem("mdxLessThan", { snippet: `<${char}` }, where(at, "<")),
        repaired: replaceRange(body, at - 1, at, " "),
      };
    }
  }

  // Anything else: one plain line, and the rest of the file read without this line.
  const offset = at >= 0 ? Math.min(at, body.length) : body.length;
  const start = body.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  const end = body.indexOf("\n", offset) === -1 ? body.length : body.indexOf("\n", offset);
  return {
    problem: problem("mdxSyntax", {}, where(start, "mdx")),
    repaired: replaceRange(body, start, end, blank(body.slice(start, end))),
  };
}

/** A node of the parsed body: mdast with MDX and GFM, read loosely. */
export type MdxNode = {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  identifier?: string;
  attributes?: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>;
  children?: MdxNode[];
  position?: { start: { line: number; offset?: number } };
  data?: { estree?: { body: unknown[]; comments?: unknown[] } | null | undefined };
};

/** Parses an MDX body as the compiler does; throws the parser's first error. */
function parse(body: string): MdxNode {
  return fromMarkdown(body, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  }) as MdxNode;
}

/**
 * A body's tree, with line numbers of the whole file (frontmatter included), and every syntax
 * mistake as a catalogue line. The parser stops at the first syntax error; each one found is taken
 * out of the text and the rest read again, so one check lists them all and the rules still see
 * the rest of the file.
 */
export function parseMdxBody({ file, text }: ContentFile): { tree?: MdxNode; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  let body = bodyOf(text);
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return { tree: parse(body), problems };
    } catch (error) {
      if (!isParseError(error)) throw error;
      const { problem: found, repaired } = diagnose(error, body, file);
      if (found) problems.push(found);
      if (repaired === undefined || repaired === body) break;
      body = repaired;
    }
  }
  return { problems };
}
