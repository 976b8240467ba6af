import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lintWorkflow, lintWorkflowFolder } from "../../scripts/lint-workflows.ts";

const DAILY = ".github/workflows/daily-build.yml";
const daily = () => readFileSync(DAILY, "utf8");
const lineOf = (source: string, text: string) =>
  source.split("\n").findIndex((line) => line.includes(text)) + 1;

describe("workflow lint (npm run lint:workflows)", () => {
  it("passes the project's own workflows", () => {
    expect(lintWorkflowFolder(".github/workflows")).toEqual([]);
  });

  it("names a misspelt job key, on its line", () => {
    const source = daily().replace(
      "    runs-on: ubuntu-latest\n    steps:",
      "    runs-onn: ubuntu-latest\n    steps:",
    );
    const problems = lintWorkflow(source);
    expect(problems).toContainEqual({
      line: lineOf(source, "runs-onn:"),
      where: "jobs.build-hook",
      message: "Additional property 'runs-onn' is not allowed",
    });
  });

  it("names a misspelt step key and a misspelt trigger", () => {
    const step = lintWorkflow(
      daily().replace("      - uses: actions/checkout@v4", "      - usess: actions/checkout@v4"),
    );
    expect(step.map((problem) => problem.message)).toContain("Additional property 'usess' is not allowed");
    const trigger = lintWorkflow(daily().replace("  workflow_dispatch:", "  workflow_dispatc:"));
    expect(trigger).toEqual([
      expect.objectContaining({
        where: "on",
        message: "Additional property 'workflow_dispatc' is not allowed",
      }),
    ]);
  });

  it("the npm script fails, printing file and line, when a workflow has a mistake", () => {
    const folder = mkdtempSync(join(tmpdir(), "workflows-"));
    writeFileSync(join(folder, "daily-build.yml"), daily().replace("  schedule:", "  schedul:"));
    const run = spawnSync(process.execPath, ["scripts/lint-workflows.ts", folder], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(folder, "daily-build.yml")}:${lineOf(daily(), "  schedule:")}  on:`);
    expect(run.stderr).toContain("'schedul' is not allowed");
  });

  it("is part of npm test, right after ESLint", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
      .scripts;
    // One line of steps side by side (scripts/run-together.ts): ESLint, then the workflow lint.
    expect(scripts["test"]).toMatch(/node scripts\/run-together\.ts \S*\blint\+lint:workflows\b/);
    expect(execFileSync(process.execPath, ["scripts/lint-workflows.ts"], { encoding: "utf8" })).toContain(
      "every workflow matches",
    );
  });
});

describe("the daily build", () => {
  const workflow = () =>
    parse(daily()) as {
      on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
      jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
    };

  it("runs after midnight in every contiguous-US time zone, winter and summer", () => {
    const [minute, hour] = workflow().on.schedule[0]!.cron.split(" ").map(Number);
    const utcMinutes = hour! * 60 + minute!;
    // Pacific is UTC-8 in winter; Eastern is UTC-4 in summer. Before 06:00 local in the east.
    for (const offsetHours of [-8, -7, -6, -5, -4]) {
      const local = (utcMinutes + offsetHours * 60 + 24 * 60) % (24 * 60);
      expect(local, `UTC${offsetHours}`).toBeLessThan(6 * 60);
    }
    expect("workflow_dispatch" in workflow().on).toBe(true);
  });

  it("installs with npm ci and restores the incremental-build cache after it", () => {
    const steps = workflow().jobs["github-pages"]!.steps;
    const install = steps.findIndex((step) => step.run?.startsWith("npm ci"));
    const cache = steps.findIndex((step) => step.uses?.startsWith("actions/cache@"));
    const build = steps.findIndex((step) => step.run === "npm run build");
    expect(install).toBeGreaterThanOrEqual(0);
    expect(cache).toBeGreaterThan(install);
    expect(build).toBeGreaterThan(cache);
    expect(steps[cache]!.with?.["path"]).toBe("node_modules/.astro");
  });
});
