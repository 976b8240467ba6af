// What the build's pre-check read from each MDX body, kept between builds by the text it was read
// from and the rules it was read with. Parsing a body is the pre-check's largest cost (the MDX
// compiler parses it again); an unchanged post then costs a lookup. Kept where a host keeps
// Astro's own cache between builds (node_modules/.astro), so a fresh clone starts empty.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ContentFile } from "../lib/content/checks.ts";
import { recallBody, rememberBody, type BodyFacts } from "../lib/content/body-rules.ts";
import { mdxBodies, type SiteFiles } from "../lib/content/site-check.ts";
import { checkCodeVersion } from "./check-code-version.ts";

const CACHE_FILE = "node_modules/.astro/content-check/body-facts.json";

interface Stored {
  /** The check's code the bodies were read with (checkCodeVersion): another reads every body again. */
  rules: string;
  facts: Record<string, BodyFacts>;
}

const digest = (text: string) => createHash("sha256").update(text).digest("base64url");
const keyOf = ({ file, text }: ContentFile) => digest(`${file}\n${text}`);

/**
 * Puts what the last build read of the site's bodies, if the text and the rules are the same, in
 * memory: for the build's pre-check, and for the pages, which Astro bundles apart from it (their
 * copy of the rules starts with nothing read).
 */
export function loadBodyFacts(root: string, site: SiteFiles): void {
  const path = join(root, CACHE_FILE);
  if (!existsSync(path)) return;
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(path, "utf8")) as Stored;
  } catch {
    return; // a cache cut short by a stopped build is read afresh
  }
  if (stored.rules !== checkCodeVersion(root)) return;
  for (const { file: body } of mdxBodies(site)) {
    const facts = stored.facts[keyOf(body)];
    if (facts) rememberBody(body, facts);
  }
}

/** Keeps what this build read of the site's bodies, for its pages and the next build. */
export function saveBodyFacts(root: string, site: SiteFiles): void {
  const facts: Record<string, BodyFacts> = {};
  for (const { file: body } of mdxBodies(site)) {
    const read = recallBody(body);
    if (read) facts[keyOf(body)] = read;
  }
  const path = join(root, CACHE_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ rules: checkCodeVersion(root), facts } satisfies Stored));
}
