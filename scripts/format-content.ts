// Rewrites posts, massage types and authors in the form the browser editor writes them
// (src/lib/cms/canonical.ts), so a change made in the editor shows in git as the lines it changed.
// The field order comes from the content schemas, which only load inside Astro's Vite setup, so the
// rewrite runs as the check's test with CONTENT_FORMAT=write.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["vitest", "run", "tests/unit/content-format.test.ts"], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, CONTENT_FORMAT: "write" },
});
process.exit(result.status ?? 1);
