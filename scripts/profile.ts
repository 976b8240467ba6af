// npm run profile: one build of the real content plus PROFILE_POSTS generated posts (default 1,000)
// under `node --cpu-prof`, then the CPU time of the build's main thread by phase and by package.
// The share-image cache starts empty unless PROFILE_OG_CACHE names a folder to keep between runs;
// PROFILE_SRC_REF=<commit> builds that commit's src/ (to profile before and after a change);
// PROFILE_BASELINE=1 profiles the benchmark's plain Astro blog instead (scripts/bench-baseline.ts).
// Usage: PROFILE_POSTS=1000 node scripts/profile.ts
import { execSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { writeGeneratedPosts } from "./generated-posts.ts";
import { buildBaseline } from "./bench-baseline.ts";
import { buildSiteCopy } from "./site-copy.ts";
import { markdownTable as table } from "./table.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which phase a stack frame's file belongs to, checked from the innermost frame outwards. */
const PHASES: Array<[string, RegExp]> = [
  ["share images (Takumi)", /node_modules\/@takumi-rs\/|seo\/og-/],
  ["Pagefind", /node_modules\/(pagefind|astro-pagefind|@pagefind)\//],
  ["sitemap", /node_modules\/@astrojs\/sitemap\//],
  [
    "MDX compile (Vite transform)",
    /node_modules\/(@mdx-js|@astrojs\/mdx|micromark|mdast|hast|estree|acorn|unified|vfile|remark|rehype)/,
  ],
  [
    "content loading (glob loader, data store, zod)",
    /astro\/dist\/content\/|node_modules\/(zod|yaml|js-yaml|devalue)\//,
  ],
  ["Vite and Rollup bundling", /node_modules\/(vite|rollup|@rollup|esbuild|@esbuild|rolldown|@rolldown)\//],
  ["related posts, tags, checks (src/lib)", /\/src\/lib\/|chunks\/(related|tags|checks|posts)/],
  [
    "page rendering (Astro runtime, components)",
    /astro\/dist\/(runtime|core\/render|core\/build)|\.prerender|pages\/|chunks\//,
  ],
];

function phaseOf(stack: string[]): string {
  for (const url of stack) {
    for (const [phase, pattern] of PHASES) if (pattern.test(url)) return phase;
  }
  if (stack.some((url) => url.includes("node_modules/astro/"))) return "other Astro work";
  return stack.length === 0 ? "idle, garbage collection, native" : "other";
}

function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (match) return match[1] ?? url;
  if (url.includes("/dist/")) return "(the site's built code)";
  return url ? "(other)" : "(native, GC or idle)";
}

/** Self time per phase and per package, in milliseconds. */
export function summarise(profile: CpuProfile): {
  phases: Map<string, number>;
  packages: Map<string, number>;
  functions: Map<string, number>;
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = new Map<number, string[]>();
  const stack = (id: number): string[] => {
    const known = stackOf.get(id);
    if (known) return known;
    const urls: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url;
      if (url) urls.push(url);
    }
    stackOf.set(id, urls);
    return urls;
  };
  const phases = new Map<string, number>();
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const name = byId.get(id)?.callFrame.functionName ?? "";
    const urls = stack(id);
    const phase = name === "(idle)" ? "idle (waiting on files, threads)" : phaseOf(urls);
    phases.set(phase, (phases.get(phase) ?? 0) + ms);
    const pkg = packageOf(urls[0] ?? "");
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    const where = `${name || "(anonymous)"} ${(urls[0] ?? "").replace(/^.*node_modules\//, "").replace(/^.*\/dist\//, "dist/")}`;
    functions.set(where, (functions.get(where) ?? 0) + ms);
  });
  return { phases, packages, functions };
}

function rows(totals: Map<string, number>, limit: number): string[][] {
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => [name, (ms / 1000).toFixed(1), `${((ms / sum) * 100).toFixed(0)}%`]);
}

/** Astro's own timings: its phase lines, and the time of each generated route summed by kind of page. */
function astroTimings(output: string): { phases: string[]; routes: string[][] } {
  const lines = output.split("\n");
  const phases = lines
    .filter(
      (line) =>
        !/[├└]─/.test(line) && /(Completed in|built in|Synced|Generated \d|indexed|created at)/i.test(line),
    )
    .map((line) => line.trim());
  const totals = new Map<string, { pages: number; ms: number }>();
  for (const line of lines) {
    const match = /[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/.exec(line);
    if (!match) continue;
    const [, path = "", amount = "0", unit] = match;
    const kind = `/${path.split("/")[1] ?? ""}/${path.includes("generated-post") ? " (generated posts)" : ""}`;
    const total = totals.get(kind) ?? { pages: 0, ms: 0 };
    total.pages += 1;
    total.ms += Number(amount) * (unit === "s" ? 1000 : 1);
    totals.set(kind, total);
  }
  const routes = [...totals.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([kind, { pages, ms }]) => [kind, String(pages), (ms / 1000).toFixed(1), (ms / pages).toFixed(1)]);
  return { phases, routes };
}

if (import.meta.main) {
  const posts = Number(process.env["PROFILE_POSTS"] ?? 1000);
  const profileDir = mkdtempSync(join(tmpdir(), "cpu-profile-"));
  const ogCache = process.env["PROFILE_OG_CACHE"] || mkdtempSync(join(tmpdir(), "profile-og-cache-"));
  const started = performance.now();
  const copy = process.env["PROFILE_BASELINE"]
    ? { ok: true, remove: () => {}, ...buildBaseline(posts, ["--cpu-prof", "--cpu-prof-dir", profileDir]) }
    : buildSiteCopy({
        env: { OG_CACHE_DIR: resolve(ogCache) },
        nodeArgs: ["--cpu-prof", "--cpu-prof-dir", profileDir],
        prepare: (dir) => {
          const ref = process.env["PROFILE_SRC_REF"];
          if (ref) {
            rmSync(join(dir, "src"), { recursive: true, force: true });
            execSync(`git archive ${ref} src | tar -x -C "${dir}"`, {
              cwd: resolve(import.meta.dirname, ".."),
            });
          }
          writeGeneratedPosts(join(dir, "content/posts"), posts);
        },
      });
  const seconds = (performance.now() - started) / 1000;
  copy.remove();
  if (!copy.ok) throw new Error(`the profiled build failed:\n${copy.output.slice(-3000)}`);
  console.log(`Build of the real content + ${posts} generated posts: ${seconds.toFixed(1)} s wall clock\n`);
  const timings = astroTimings(copy.output);
  console.log("Astro's own timings:\n");
  for (const line of timings.phases) console.log(`  ${line}`);
  console.log("\nRoutes, by the time Astro reports for each:\n");
  console.log(table(["Route", "Files", "Seconds", "ms / file"], timings.routes));
  for (const file of readdirSync(profileDir).filter((name) => name.endsWith(".cpuprofile"))) {
    const { phases, packages, functions } = summarise(
      JSON.parse(readFileSync(join(profileDir, file), "utf8")) as CpuProfile,
    );
    console.log(`\nCPU profile ${file} (self time):\n`);
    console.log(table(["Phase", "Seconds", "Share"], rows(phases, 20)));
    console.log();
    console.log(table(["Package", "Seconds", "Share"], rows(packages, 15)));
    console.log();
    console.log(table(["Function", "Seconds", "Share"], rows(functions, 15)));
  }
  rmSync(profileDir, { recursive: true, force: true });
  if (!process.env["PROFILE_OG_CACHE"]) rmSync(ogCache, { recursive: true, force: true });
}
