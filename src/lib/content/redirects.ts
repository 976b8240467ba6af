import { z } from "astro/zod";
import type { ContentFile } from "./checks.ts";
import { normaliseRoute } from "./checks.ts";
import { listOfLaterPage } from "./posts.ts";
import { problem, type ContentProblem } from "./problems.ts";

/**
 * Addresses that moved or were removed (content/redirects.yaml) and the record of every address the
 * site has published (content/published-addresses.txt): the rules the build, the preview and the
 * editor check them by, and what the build writes for the hosts. Pure: no Node imports, so the
 * browser editor runs the same checks (docs/decisions/redirects.md).
 */

export const REDIRECTS_FILE = "content/redirects.yaml";
export const ADDRESS_RECORD_FILE = "content/published-addresses.txt";

// A page address as the site writes them: lowercase words, digits and dashes in folders, ending in
// "/". Nothing else can reach the hosts' rules file (a space or a line break would start a rule of
// its own) or a folder of the built site (no "..", no "//").
const ADDRESS = /^\/(?:[a-z0-9][a-z0-9._~-]*\/)*$/;
const ADDRESS_RULE = "write the address as it appears after the site's name, starting and ending with /";

const address = (example: string) =>
  z
    .string()
    .trim()
    .refine((value) => ADDRESS.test(value) && !value.split("/").some((part) => /^\.+$/.test(part)), {
      error: `${ADDRESS_RULE}, in lowercase, e.g. ${example}`,
    });

export const redirectEntrySchema = z
  .strictObject({
    from: address("/blog/old-post-name/").meta({
      title: "Old address",
      description: "The address people and search engines still use, e.g. /blog/old-post-name/.",
    }),
    to: address("/blog/new-post-name/").optional().meta({
      title: "New address",
      description:
        "The page that replaces it on this site, e.g. /blog/new-post-name/. Leave empty when the page is gone.",
    }),
    gone: z.boolean().optional().meta({
      title: "Gone for good (no page replaces it)",
      description: "Visitors get a page that says so, with links to the articles and the search.",
    }),
    reason: z.string().trim().min(3).optional().meta({
      title: "Why (a note for the team, not shown)",
      description: "Required for a gone address, e.g. Retired: the clinic no longer offers chair massage.",
    }),
  })
  .superRefine((entry, context) => {
    if (entry.to === undefined && entry.gone !== true)
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: "write the new address, or set gone: true when no page replaces it",
      });
    if (entry.to !== undefined && entry.gone === true)
      context.addIssue({
        code: "custom",
        path: ["gone"],
        message: "an address either moved (to:) or is gone: remove one of the two",
      });
    if (entry.gone === true && entry.reason === undefined)
      context.addIssue({
        code: "custom",
        path: ["reason"],
        message: "say in a few words why the page is gone, e.g. reason: Retired, the offer ended",
      });
  });

/** content/redirects.yaml: a list under `redirects:`, so the browser editor shows it as one list. */
export const redirectsSchema = z.strictObject({
  redirects: z.array(redirectEntrySchema).default([]).meta({ title: "Moved and removed addresses" }),
});

export type RedirectEntry = z.infer<typeof redirectEntrySchema>;

/** An entry with the line it starts on, for messages. */
export interface PlacedEntry {
  entry: RedirectEntry;
  index: number;
  line?: number | undefined;
}

/** What the build publishes for an entry: a 301 to `to`, or a "gone" page. */
export type Retired =
  { from: string; to: string; gone?: undefined } | { from: string; to?: undefined; gone: true };

export interface RedirectCheck {
  problems: ContentProblem[];
  /** Mistakes the build lets through, with their fix (an entry waiting for its page to go). */
  warnings: ContentProblem[];
  /** The entries the build publishes: checked, each `from` no longer a page. */
  retired: Retired[];
}

// Folders the build itself writes: an entry for one would take the editor, the search or the
// pictures away.
const RESERVED = ["/admin/", "/_astro/", "/pagefind/", "/og/"];

// The pages run from Astro's prerender bundle, a second copy of every module: the old addresses the
// build's check worked out (src/integrations/redirects.ts notes them) reach them on a global.
const RETIRED = Symbol.for("back-pain-massage-site.retired-addresses");
const registry = globalThis as typeof globalThis & { [RETIRED]?: readonly Retired[] };

/** Notes the old addresses the build's content check passed, for the pages of this build. */
export function noteRetired(retired: readonly Retired[]): void {
  registry[RETIRED] = retired;
}

/** The old addresses the build's content check passed, once `astro build` has started. */
export function notedRetired(): readonly Retired[] | undefined {
  return registry[RETIRED];
}

/**
 * The checks on the redirects file that need the rest of the site: each target is a page this build
 * publishes, no target is itself an old address (a chain, or a loop), one entry per old address, and
 * an old address that is still a page waits (the page wins) until the page is removed.
 */
export function checkRedirects(
  entries: readonly PlacedEntry[],
  /**
   * The pages the build publishes; undefined while they are not known (the settings file has a
   * mistake), when only the rules among the entries themselves are checked.
   */
  routes: ReadonlySet<string> | undefined,
  file = REDIRECTS_FILE,
): RedirectCheck {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const where = (placed: PlacedEntry, field: string) => ({
    file,
    line: placed.line,
    field: `redirects.${placed.index}.${field}`,
  });
  const firstFrom = new Map<string, PlacedEntry>();
  const candidates: PlacedEntry[] = [];
  for (const placed of entries) {
    const { from } = placed.entry;
    const earlier = firstFrom.get(from);
    if (earlier) {
      problems.push(problem("redirectTwice", { from, line: earlier.line }, where(placed, "from")));
      continue;
    }
    firstFrom.set(from, placed);
    if (RESERVED.some((folder) => from.startsWith(folder)) || from === "/") {
      problems.push(problem("redirectReserved", { from }, where(placed, "from")));
      continue;
    }
    if (routes?.has(from)) {
      warnings.push(problem("redirectWaits", { from }, where(placed, "from")));
      continue;
    }
    candidates.push(placed);
  }
  const active = new Map(candidates.map((placed) => [placed.entry.from, placed]));
  const retired: Retired[] = [];
  for (const placed of candidates) {
    const { from, to } = placed.entry;
    if (to === undefined) {
      retired.push({ from, gone: true });
      continue;
    }
    // Follow the chain to its end: the fix is the last address, or the loop is named.
    const path = [from];
    let next: string | undefined = normaliseRoute(to);
    while (next !== undefined && active.has(next) && !path.includes(next)) {
      path.push(next);
      next = active.get(next)?.entry.to;
    }
    if (next !== undefined && path.includes(next)) {
      problems.push(problem("redirectLoop", { from, loop: [...path, next] }, where(placed, "to")));
      continue;
    }
    if (path.length > 1) {
      const end = active.get(path.at(-1)!)?.entry;
      problems.push(
        problem(
          "redirectChain",
          { from, to, end: end?.to ?? "", gone: end?.gone === true },
          where(placed, "to"),
        ),
      );
      continue;
    }
    if (routes && !routes.has(normaliseRoute(to))) {
      problems.push(problem("redirectTargetMissing", { from, to }, where(placed, "to")));
      continue;
    }
    retired.push({ from, to: normaliseRoute(to) });
  }
  return { problems, warnings, retired };
}

/** Links in content to an address that now redirects: a warning with the new address. */
export function redirectedLinkWarnings(
  file: string,
  links: readonly { target: string; line?: number | undefined }[],
  retired: readonly Retired[],
): ContentProblem[] {
  const moved = new Map(retired.flatMap((entry) => (entry.to ? [[entry.from, entry.to] as const] : [])));
  return links.flatMap(({ target, line }) => {
    if (!target.startsWith("/") || target.startsWith("//")) return [];
    const to = moved.get(normaliseRoute(target));
    return to ? [problem("linkRedirected", { target, to }, { file, line, field: "link" })] : [];
  });
}

/** The addresses of the record file, each with its line; `#` lines and blank lines are notes. */
export function readAddressRecord(text: string): Array<{ address: string; line: number }> {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const value = raw.trim();
    if (value === "" || value.startsWith("#")) return [];
    return [{ address: value, line: index + 1 }];
  });
}

/**
 * The site's public page addresses among the routes the check knows: pages, not files (the feed,
 * robots.txt, the icon) and not the 404 page or the editor.
 */
export function publicAddresses(routes: Iterable<string>): string[] {
  return [...new Set(routes)]
    .filter((route) => route.endsWith("/") && route !== "/404/" && !RESERVED.some((f) => route.startsWith(f)))
    .sort();
}

const RECORD_HEADING = `# Every address this site has published, one a line. The build adds new ones; nobody needs to edit
# this file. An address may leave it only through content/redirects.yaml: a new address (to:) or
# gone: true. A build that would drop an address listed here stops and says which (docs/CONTENT.md,
# "Renaming, moving and removing pages").
`;

/** The record's text with `addresses` added (sorted, each once), or undefined when nothing is new. */
export function recordWith(text: string | undefined, addresses: Iterable<string>): string | undefined {
  const known = new Set(readAddressRecord(text ?? "").map((entry) => entry.address));
  const added = [...new Set(addresses)].filter((value) => !known.has(value));
  if (added.length === 0 && text !== undefined) return undefined;
  const all = [...known, ...added].sort();
  return `${RECORD_HEADING}\n${all.join("\n")}\n`;
}

/**
 * Recorded addresses this build would no longer answer: not a page, not moved, not gone. One problem
 * each, on the record's line. `switchedOff` are pages a setting hides on purpose (prices).
 */
export function droppedAddresses(
  record: readonly { address: string; line?: number | undefined }[],
  routes: ReadonlySet<string>,
  retired: readonly Retired[],
  switchedOff: ReadonlySet<string> = new Set(),
  file = ADDRESS_RECORD_FILE,
): ContentProblem[] {
  const covered = new Set(retired.map((entry) => entry.from));
  const recorded = new Set(record.map((entry) => entry.address));
  // A later page of a list that is itself dropped follows the list's entry once there is one
  // (listPagesLeft): only the list's address is asked for.
  const followsItsList = (address: string) => {
    const list = listOfLaterPage(address);
    return list !== undefined && recorded.has(list);
  };
  return record
    .filter(
      ({ address }) =>
        !routes.has(address) &&
        !covered.has(address) &&
        !switchedOff.has(address) &&
        !followsItsList(address),
    )
    .map(({ address, line }) => problem("addressDropped", { address }, { file, line, field: address }));
}

/**
 * The recorded later pages of a list that the list no longer reaches (eleven articles made /blog/2/,
 * then one went): each is sent to its list, or where the list itself went (its entry in `retired`).
 * Nobody writes an entry for these pages; one whose list has neither a page nor an entry is left for
 * droppedAddresses, which asks for the list's address.
 */
export function listPagesLeft(
  record: readonly { address: string }[],
  routes: ReadonlySet<string>,
  retired: readonly Retired[],
): Retired[] {
  const entries = new Map(retired.map((entry) => [entry.from, entry]));
  return record.flatMap(({ address }): Retired[] => {
    const list = listOfLaterPage(address);
    if (list === undefined || routes.has(address) || entries.has(address)) return [];
    if (routes.has(list)) return [{ from: address, to: list }];
    const entry = entries.get(list);
    if (entry === undefined) return [];
    return [entry.to === undefined ? { from: address, gone: true } : { from: address, to: entry.to }];
  });
}

/**
 * dist/_redirects for Netlify and Cloudflare Pages: one 301 per moved address, with and without its
 * final slash (Cloudflare matches the path as written). `base` is the deploy's base path ("/clinic/").
 * The build also writes a page at every old address, for hosts without rules. Cloudflare applies a
 * rule before a file; Netlify serves an existing file first unless the rule is forced ("301!"), a
 * status Cloudflare refuses, so `forced` is set only in a Netlify build (its NETLIFY variable).
 * Netlify also shows its root 404.html for every missing address; in its build each other language
 * (`languages`, their folders) sends its own missing addresses to its own 404 page. Cloudflare
 * serves the nearest 404.html by itself, and refuses a rule with status 404.
 */
export function hostRules(
  retired: readonly Retired[],
  base = "/",
  forced = false,
  languages: readonly string[] = [],
): string {
  const prefix = base.replace(/\/+$/, "");
  const status = forced ? "301!" : "301";
  const lines = retired.flatMap((entry) => {
    if (!entry.to) return [];
    const from = `${prefix}${entry.from}`;
    const to = `${prefix}${entry.to}`;
    return [`${from} ${to} ${status}`, `${from.replace(/\/$/, "")} ${to} ${status}`];
  });
  // After the redirects: Netlify takes the first rule that matches.
  if (forced)
    lines.push(...languages.map((language) => `${prefix}/${language}/* ${prefix}/${language}/404.html 404`));
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/** The redirects file's entries with their lines, from the parsed file and its line finder. */
export function placeEntries(
  data: { redirects: readonly RedirectEntry[] } | undefined,
  lineOf: ((path: Array<string | number>) => number | undefined) | undefined,
): PlacedEntry[] {
  return (data?.redirects ?? []).map((entry, index) => ({
    entry: { ...entry, from: normaliseRoute(entry.from) },
    index,
    line: lineOf?.(["redirects", index]),
  }));
}

export type { ContentFile };
