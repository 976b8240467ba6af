import { MESSAGES, type MessageArgs, type MessageKey } from "./messages.ts";

/** One mistake in a content file, worded for the marketer who has to fix it. */
export interface ContentProblem {
  /** Relative to the project, e.g. content/posts/x.mdx. */
  file: string;
  line?: number | undefined;
  /** The field or snippet, for sorting and tests; the text already names it. */
  field?: string | undefined;
  /** What is wrong, naming the field or snippet and the value. */
  what: string;
  /** How to fix it, with an example. */
  fix: string;
}

export interface Where {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
}

/** The catalogue entry and arguments each problem was worded from, kept apart from its data. */
const ORIGINS = new WeakMap<ContentProblem, { key: MessageKey; args: object }>();

/** A problem worded from the catalogue in messages.ts: one source for the build and the guide. */
export function problem<K extends MessageKey>(key: K, args: MessageArgs<K>, where: Where): ContentProblem {
  const message = MESSAGES[key] as {
    what: (a: MessageArgs<K>) => string;
    fix: (a: MessageArgs<K>) => string;
  };
  const found = { ...where, what: message.what(args), fix: message.fix(args) };
  ORIGINS.set(found, { key, args });
  return found;
}

/**
 * The catalogue entry and arguments a problem was worded from (undefined for one worded
 * elsewhere), so the browser editor can word it again with labels and titles (messages.ts,
 * inEditorWords) while the build keeps file names and keys.
 */
export function originOf(found: ContentProblem): { key: MessageKey; args: object } | undefined {
  return ORIGINS.get(found);
}

/** The same problem placed elsewhere (another file or line), keeping where its words came from. */
export function movedProblem(found: ContentProblem, where: Partial<Where>): ContentProblem {
  const moved = { ...found, ...where };
  const origin = ORIGINS.get(found);
  if (origin) ORIGINS.set(moved, origin);
  return moved;
}

/** `content/posts/x.mdx:4  pubDate "2026-13-45" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-03-14.` */
export function formatProblem({ file, line, what, fix }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ""}  ${what} ${fix}`;
}

/** Files in order, and lines in order within a file; the same problem reported twice shows once. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    .filter((p) => {
      const key = formatProblem(p);
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

/** Every problem, one line each, under one heading that says nothing is published until they are fixed. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = sortProblems(problems);
  const count = sorted.length === 1 ? "1 mistake" : `${sorted.length} mistakes`;
  const them = sorted.length === 1 ? "it is" : "they are";
  return `The content has ${count}; nothing is published until ${them} fixed. Fix each line below and save:\n\n${sorted
    .map(formatProblem)
    .join("\n")}\n`;
}

/** An error whose message is meant for the person editing `content/`, not for a developer. */
export class ContentError extends Error {
  override name = "ContentError";
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[] | string) {
    super(typeof problems === "string" ? problems : formatProblems(problems));
    this.problems = typeof problems === "string" ? [] : problems;
    // The message is the whole story: no stack trace of the site's code in front of the marketer.
    // Empty, not the message again: Astro's terminal log prints a "Stack trace:" heading for any
    // non-empty stack, and the browser's overlay would show the message twice.
    this.stack = "";
  }
}

/** Throws one ContentError listing every problem, if there are any. */
export function assertNoProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
