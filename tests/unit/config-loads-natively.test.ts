import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// Astro first imports a .mjs config with Node itself and, when that throws, silently loads it again
// through a Vite server of its own, which transforms each of the config's 80 source files one at a
// time: about 0.7 s more on every build, `astro dev` start and `astro check` (docs/performance.md,
// "Ninth round"). Node can load the config only if every relative import in its graph names its
// file (`./rules.ts`, not `./rules`) and uses TypeScript that Node can strip.
const CONFIG = resolve(import.meta.dirname, "../../astro.config.mjs");

describe("astro.config.mjs", () => {
  it("loads with Node's own module loader, as Astro tries first", () => {
    const run = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", `await import(${JSON.stringify(pathToFileURL(CONFIG).href)});`],
      { cwd: resolve(CONFIG, ".."), encoding: "utf8", timeout: 60_000 },
    );
    // On failure Node's own message names the import it could not resolve.
    expect(run.stderr.replace(/^\(node:\d+\) ExperimentalWarning.*\n.*\n?/m, "")).toBe("");
    expect(run.status).toBe(0);
  });
});
