// Builds a throwaway copy of the site: for tests of content mistakes, for a build under a base
// path, and for the benchmark's generated posts. The real working tree is never touched.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

export const ROOT = resolve(import.meta.dirname, "..");
export const COPIED = ["src", "public", "content", "astro.config.mjs", "tsconfig.json", "package.json"];
// Inside the project, so the copy resolves packages from the project's node_modules by walking up
// (a symlinked node_modules makes Vite see two paths for one package file).
export const COPIES_DIR = join(ROOT, ".cache", "site-copies");

export interface SiteCopyOptions {
  /** File (relative to the site) → how to change its text; a missing file starts empty. */
  changes?: Record<string, (text: string) => string>;
  /** Extra environment variables for the build, e.g. BASE_PATH. */
  env?: Record<string, string>;
  /** Runs on the copy's folder before the build, e.g. to add many files. */
  prepare?: (dir: string) => void;
  /** Extra Node.js flags for the build process. */
  nodeArgs?: string[];
  /**
   * A fixed folder under .cache/site-copies, emptied first, instead of a new one: for builds that
   * reuse the previous one's cache, which holds absolute paths, as a host builds in one folder.
   */
  folder?: string;
}

/**
 * A throwaway copy of the site and the result of building it. (The site's words are "copy" too,
 * `src/lib/site/copy.ts`: this type keeps another name so that each name has one meaning.)
 */
export interface BuiltSite {
  ok: boolean;
  output: string;
  /** Wall-clock seconds of the `astro build` process alone (not the copying). */
  buildSeconds: number;
  /** The copy's folder; its build is in `dist/`. */
  dir: string;
  remove: () => void;
}

/** Another build of an existing copy: `changes` apply to its files, `args` go to `astro build`. */
export interface RebuildOptions {
  changes?: Record<string, (text: string) => string>;
  env?: Record<string, string>;
  args?: string[];
}

// Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test, ...) into process.env; a build
// started from a test must not inherit them, or it would ignore the base path it is given.
const TEST_RUNNER_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|TINYPOOL.*)$/;

export function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_VARIABLES.test(key)));
}

/** Astro's command line, run with `process.execPath` on a copy of the site. */
export const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");

/** The environment for an Astro process on a copy: no test runner's variables, plain output, no telemetry. */
export function astroEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...cleanEnvironment(), FORCE_COLOR: "0", NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1", ...extra };
}

/**
 * Leaves out the dev-overlay test's throwaway posts: it writes one into content/ for a moment, and a
 * copy taken meanwhile must not inherit it.
 */
export const withoutThrowaways = (source: string) => !basename(source).startsWith("e2e-throwaway-");

export function buildSiteCopy({ env = {}, nodeArgs = [], ...copy }: SiteCopyOptions = {}): BuiltSite {
  const { dir, remove } = copySite(copy);
  return { ...runBuild(dir, env, nodeArgs, []), dir, remove };
}

/** A copy of the site's sources with `changes` applied, not built: for `astro dev` on a copy. */
export function copySite({
  changes = {},
  prepare,
  folder,
}: Pick<SiteCopyOptions, "changes" | "prepare" | "folder"> = {}) {
  const dir = siteFolder(folder);
  for (const name of COPIED)
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: withoutThrowaways });
  applyChanges(dir, changes);
  prepare?.(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new folder for a copy under .cache/site-copies, or the empty fixed folder `folder`. */
export function siteFolder(folder?: string): string {
  mkdirSync(COPIES_DIR, { recursive: true });
  if (folder === undefined) return mkdtempSync(join(COPIES_DIR, "copy-"));
  const dir = join(COPIES_DIR, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Builds a copy again in its folder, after changing some of its files. The copy keeps its
 * node_modules/.astro between builds, as a host keeps its build cache.
 */
export function rebuildSiteCopy(
  copy: BuiltSite,
  { changes = {}, env = {}, args = [] }: RebuildOptions = {},
): BuiltSite {
  applyChanges(copy.dir, changes);
  return { ...copy, ...runBuild(copy.dir, env, [], args) };
}

/** Applies `changes` (file → how to change its text; a missing file starts empty) below `dir`. */
export function applyChanges(dir: string, changes: Record<string, (text: string) => string>): void {
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file);
    let before = "";
    try {
      before = readFileSync(path, "utf8");
    } catch {
      // the change adds a new file
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, change(before));
  }
}

function runBuild(dir: string, env: Record<string, string>, nodeArgs: string[], args: string[]) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [...nodeArgs, ASTRO, "build", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: astroEnvironment(env),
    timeout: 900_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const buildSeconds = (performance.now() - started) / 1000;
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`, buildSeconds };
}

/** Builds a changed copy and removes it again: for builds that are expected to fail. */
export function buildWithChanges(changes: Record<string, (text: string) => string>): {
  ok: boolean;
  output: string;
} {
  const copy = buildSiteCopy({ changes });
  copy.remove();
  return { ok: copy.ok, output: copy.output };
}

export const ARTICLE = "content/posts/six-reasons-to-get-a-massage-for-back-pain.mdx";
