import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const COPIED = ["src", "public", "content", "astro.config.mjs", "tsconfig.json", "package.json"];

export interface SiteCopy {
  ok: boolean;
  output: string;
  /** The copy's folder; its build is in `dist/`. Remove it with `remove()`. */
  dir: string;
  remove: () => void;
}

/**
 * Builds a copy of the site, with some files changed as a marketer's mistake would change them,
 * or with other environment variables (a base path), and reports what the build printed.
 */
export function buildSiteCopy(
  changes: Record<string, (text: string) => string> = {},
  env: Record<string, string> = {},
): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), "site-copy-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file);
    let before = "";
    try {
      before = readFileSync(path, "utf8");
    } catch {
      // the change adds a new file
    }
    writeFileSync(path, change(before));
  }
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1", ...env },
    timeout: 240_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`, dir, remove };
}

/** Builds a changed copy and removes it again: for builds that are expected to fail. */
export function buildWithChanges(changes: Record<string, (text: string) => string>): { ok: boolean; output: string } {
  const copy = buildSiteCopy(changes);
  copy.remove();
  return { ok: copy.ok, output: copy.output };
}

export const ARTICLE = "content/posts/six-reasons-to-get-a-massage-for-back-pain.mdx";
