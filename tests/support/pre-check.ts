// The content pre-check of `astro build`, run in this process: the content guard's own hook
// (src/integrations/content-guard.ts) on a copy of the site's content with some files changed,
// without starting Astro. It prints what the build prints before it stops, so a test of a content
// mistake costs a file copy instead of a build. tests/build/content-mistakes.test.ts keeps one
// spawned build that proves the build really stops with this list (tests/README.md).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { contentGuard } from "../../src/integrations/content-guard.ts";
import { applyChanges, COPIES_DIR, ROOT, withoutThrowaways } from "../../scripts/site-copy.ts";

export interface PreCheckOptions {
  /** Files to add or replace (relative to the site), e.g. pictures. */
  files?: Record<string, Buffer | string>;
  /** The build's environment; BUILD_DATE is the only variable the pre-check reads. */
  env?: { BUILD_DATE?: string };
}

export interface PreCheckResult {
  /** False when the build would stop. */
  ok: boolean;
  /** What the build prints before it stops: the list of mistakes. */
  output: string;
}

/** Stands in for process.exit, which the guard calls to stop the build after printing the list. */
class BuildStopped extends Error {}

type ConfigSetup = NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>;

/** What `astro build` would print and whether it would go on, for the site with `changes`. */
export async function preCheck(
  changes: Record<string, (text: string) => string>,
  { files = {}, env = {} }: PreCheckOptions = {},
): Promise<PreCheckResult> {
  mkdirSync(COPIES_DIR, { recursive: true });
  const dir = mkdtempSync(join(COPIES_DIR, "pre-check-"));
  // What the guard reads: content/ and the page files (the site's own addresses).
  for (const name of ["content", "src/pages"])
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: withoutThrowaways });
  applyChanges(dir, changes);
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), bytes);
  }
  const printed: string[] = [];
  const print = (message: string) => printed.push(message);
  const exit = process.exit;
  const buildDate = process.env["BUILD_DATE"];
  if (env.BUILD_DATE === undefined) delete process.env["BUILD_DATE"];
  else process.env["BUILD_DATE"] = env.BUILD_DATE;
  process.exit = (() => {
    throw new BuildStopped();
  }) as typeof process.exit;
  let ok = true;
  try {
    const setup = contentGuard().hooks["astro:config:setup"] as ConfigSetup;
    await setup({
      command: "build",
      config: { root: pathToFileURL(`${dir}/`) },
      updateConfig: () => ({}),
      logger: { error: print, warn: print, info: print, debug: () => {} },
    } as unknown as Parameters<ConfigSetup>[0]);
  } catch (error) {
    if (!(error instanceof BuildStopped)) throw error;
    ok = false;
  } finally {
    process.exit = exit;
    if (buildDate === undefined) delete process.env["BUILD_DATE"];
    else process.env["BUILD_DATE"] = buildDate;
    rmSync(dir, { recursive: true, force: true });
  }
  return { ok, output: printed.join("\n") };
}
