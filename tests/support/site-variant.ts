// One build per site variant: a copy of the site with some files changed, built once and shared by
// every test that asks for the same variant, in this test run and the next (tests/README.md).
// A variant's folder is named by a hash of what it is built from: the site's sources as they are
// now, the changed files' resulting text, the added files' bytes and the build's environment. Test
// files run in parallel workers, so the first worker to ask builds and the others wait for it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildSiteCopy, COPIED, COPIES_DIR, ROOT, withoutThrowaways } from "../../scripts/site-copy.ts";

export interface SiteVariantSpec {
  /** File (relative to the site) → how to change its text; a missing file starts empty. */
  changes?: Record<string, (text: string) => string>;
  /** Files to add or replace (relative to the site), e.g. pictures. */
  files?: Record<string, Buffer | string>;
  /** Environment variables for the build, e.g. BUILD_DATE. */
  env?: Record<string, string>;
}

export interface BuiltVariant {
  ok: boolean;
  output: string;
  /** The variant's folder; its build is in `dist/`. Shared: read it, never change it. */
  dir: string;
  /** True when this call found the variant already built (by an earlier test or run). */
  reused: boolean;
}

const PREFIX = "variant-";
// A build of the whole site takes one to three minutes on two busy cores; a lock older than this
// was left by a run that was stopped.
const STALE_LOCK_MS = 15 * 60_000;

function filesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesBelow(join(path, name)));
}

let sourceDigest: string | undefined;
/** A hash of everything a copy is made of (scripts/site-copy.ts COPIED) and the installed versions. */
export function siteSourceDigest(): string {
  if (sourceDigest) return sourceDigest;
  const hash = createHash("sha256");
  for (const name of [...COPIED, "package-lock.json"])
    for (const file of filesBelow(join(ROOT, name)).filter(withoutThrowaways)) {
      hash.update(`${file.slice(ROOT.length)}\0`);
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  sourceDigest = hash.digest("hex").slice(0, 10);
  return sourceDigest;
}

function resultingFiles({ changes = {}, files = {} }: SiteVariantSpec): Array<[string, Buffer]> {
  const changed = Object.entries(changes).map(([file, change]): [string, Buffer] => {
    const path = join(ROOT, file);
    const before = existsSync(path) ? readFileSync(path, "utf8") : "";
    return [file, Buffer.from(change(before))];
  });
  const added = Object.entries(files).map(([file, bytes]): [string, Buffer] => [file, Buffer.from(bytes)]);
  return [...changed, ...added].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The variant's name: the source digest, then a hash of its changes and environment. */
export function variantName(spec: SiteVariantSpec): string {
  const hash = createHash("sha256");
  for (const [file, bytes] of resultingFiles(spec)) hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  hash.update(JSON.stringify(Object.entries(spec.env ?? {}).sort()));
  return `${PREFIX}${siteSourceDigest()}-${hash.digest("hex").slice(0, 12)}`;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Variants built from older sources: no test can ask for them again. */
function removeOutdated(): void {
  const current = `${PREFIX}${siteSourceDigest()}-`;
  for (const name of existsSync(COPIES_DIR) ? readdirSync(COPIES_DIR) : [])
    if (name.startsWith(PREFIX) && !name.startsWith(current))
      rmSync(join(COPIES_DIR, name), { recursive: true, force: true });
}

/**
 * The built variant: from an earlier build when one exists, else built now (or waited for while
 * another worker builds it). The folder stays for the next test and the next run.
 */
export function builtVariant(spec: SiteVariantSpec): BuiltVariant {
  const name = variantName(spec);
  const dir = join(COPIES_DIR, name);
  const result = join(COPIES_DIR, `${name}.json`);
  const lock = join(COPIES_DIR, `${name}.lock`);
  mkdirSync(COPIES_DIR, { recursive: true });
  for (;;) {
    if (existsSync(result)) {
      const { ok, output } = JSON.parse(readFileSync(result, "utf8")) as { ok: boolean; output: string };
      return { ok, output, dir, reused: true };
    }
    try {
      mkdirSync(lock);
      break;
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else sleep(1000);
    }
  }
  try {
    removeOutdated();
    const files = resultingFiles(spec);
    const copy = buildSiteCopy({
      folder: name,
      env: spec.env ?? {},
      prepare: (copyDir) => {
        for (const [file, bytes] of files) {
          mkdirSync(dirname(join(copyDir, file)), { recursive: true });
          writeFileSync(join(copyDir, file), bytes);
        }
      },
    });
    writeFileSync(result, JSON.stringify({ ok: copy.ok, output: copy.output }));
    return { ok: copy.ok, output: copy.output, dir, reused: false };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
