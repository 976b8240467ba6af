import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// npm test runs its independent steps side by side (scripts/run-together.ts): a failure in one
// line must still fail the whole command, name the step, and leave the other line to finish.
describe("npm test's side-by-side runner", () => {
  const run = (...lines: string[]) =>
    spawnSync(process.execPath, ["scripts/run-together.ts", ...lines], { encoding: "utf8" });

  it("fails when one line fails, after the other line has finished, naming the failed step", () => {
    const result = run("no-such-script+check:lockfile", "lint:workflows");
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("[no-such-script] failed (exit 1)");
    expect(result.stdout).toContain("[no-such-script+check:lockfile] stopped: npm run no-such-script failed");
    // The step after the failure never runs; the other line runs to its end.
    expect(result.stdout).not.toContain("[check:lockfile]");
    expect(result.stdout).toMatch(/\[lint:workflows\] \.github\/workflows: every workflow matches/);
    expect(result.stdout).toContain("[lint:workflows] done in");
  }, 60_000);

  it("passes when every line passes, each line's output under its step's name", () => {
    const result = run("check:lockfile", "lint:workflows");
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\[check:lockfile\] package-lock\.json: every platform's binaries resolve/);
    expect(result.stdout).toContain("[lint:workflows] done in");
  }, 60_000);

  it("refuses to run without a step", () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: node scripts/run-together.ts");
  });
});
