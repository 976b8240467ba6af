import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ContentProblem } from "../lib/content/problems.ts";
import type { CheckOptions, PublishedContent, SiteFiles } from "../lib/content/site-check.ts";
import { headDigest, verdictKey } from "../lib/content/verdict-key.ts";
import { checkCodeVersion } from "./check-code-version.ts";

// A passed content check, kept for the next build: when nothing the check read has changed (every
// content file, the list of files, the pages' addresses, the pictures' first bytes it looked at,
// the date, and the check's own code and packages), the next build takes its verdict instead of
// checking again (0.5 s at 1,000 posts). A check that found a mistake is never kept. Kept where a
// host keeps Astro's own cache (node_modules/.astro), so a fresh clone checks everything.

const CACHE_FILE = "node_modules/.astro/content-check/verdict.json";

interface Kept {
  key: string;
  /** Each picture whose first bytes the check read, with their digest (null: it was missing). */
  heads: Record<string, string | null>;
  warnings: ContentProblem[];
  published: PublishedContent;
}

export type CheckInputs = Pick<CheckOptions, "today" | "includeDrafts">;

/**
 * The site as the check should get it, noting each picture whose first bytes it reads, for
 * keepVerdict().
 */
export function recordingHeads(site: SiteFiles): { site: SiteFiles; heads: Map<string, string | null> } {
  const heads = new Map<string, string | null>();
  const { readHead } = site;
  if (!readHead) return { site, heads };
  return {
    heads,
    site: {
      ...site,
      readHead: (file) => {
        const head = readHead(file);
        heads.set(file, headDigest(head));
        return head;
      },
    },
  };
}

/** The key of the check of `site` with `inputs` by this project's code (verdictKey). */
export const checkKey = (root: string, site: SiteFiles, inputs: CheckInputs): string =>
  verdictKey(site, inputs, checkCodeVersion(root));

/** The last build's passed verdict, if it was reached under `key` and the pictures it read are the same. */
export function keptVerdict(
  root: string,
  key: string,
  site: SiteFiles,
): { warnings: ContentProblem[]; published: PublishedContent } | undefined {
  const path = join(root, CACHE_FILE);
  if (!existsSync(path)) return undefined;
  let kept: Kept;
  try {
    kept = JSON.parse(readFileSync(path, "utf8")) as Kept;
  } catch {
    return undefined; // cut short by a stopped build: checked afresh
  }
  if (kept.key !== key) return undefined;
  for (const [file, digest] of Object.entries(kept.heads))
    if (headDigest(site.readHead?.(file)) !== digest) return undefined;
  return { warnings: kept.warnings, published: kept.published };
}

/** Keeps a verdict reached under `key` with no mistake for the next build (see keptVerdict). */
export function keepVerdict(
  root: string,
  key: string,
  heads: ReadonlyMap<string, string | null>,
  { warnings, published }: { warnings: ContentProblem[]; published: PublishedContent },
): void {
  const kept: Kept = { key, heads: Object.fromEntries(heads), warnings, published };
  const path = join(root, CACHE_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(kept));
}
