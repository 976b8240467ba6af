import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const COPIED = ["src", "public", "content", "astro.config.mjs", "tsconfig.json", "package.json"];

export interface FixtureResult {
  ok: boolean;
  output: string;
}

/**
 * Builds a copy of the site with some content files changed, as a marketer's mistake would,
 * and returns whether the build passed and what it printed.
 */
export function buildWithChanges(changes: Record<string, (text: string) => string>): FixtureResult {
  const dir = mkdtempSync(join(tmpdir(), "site-fixture-"));
  try {
    for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    for (const [file, change] of Object.entries(changes)) {
      const path = join(dir, file);
      let before = "";
      try {
        before = readFileSync(path, "utf8");
      } catch {
        // a new file
      }
      writeFileSync(path, change(before));
    }
    const run = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1" },
      timeout: 180_000,
    });
    return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const ARTICLE = "content/posts/six-reasons-to-get-a-massage-for-back-pain.mdx";
