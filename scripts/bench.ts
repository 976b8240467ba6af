// npm run bench: page weight per page type, then the build's cost against a plain Astro blog of the
// same generated posts, built in the same run (scripts/bench-baseline.ts): time as a ratio to that
// baseline with a cold and a warm share-image cache, milliseconds per page, peak memory, and how
// many share images a one-post edit redraws. BENCH_SIZES=1000 (default 1000,5000) picks the sizes,
// BENCH_ROUNDS (default 3) the number of warm builds, each paired with a baseline build.
// It prints figures; nothing here asserts a time.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildBaseline } from "./bench-baseline.ts";
import { generatedPost, generatedPostFile, generatedTitle, writeGeneratedPosts } from "./generated-posts.ts";
import { pageWeight } from "./page-weight.ts";
import { buildSiteCopy } from "./site-copy.ts";
import { markdownTable as table } from "./table.ts";

const PAGE_TYPES: Array<[string, string]> = [
  ["Home", "index.html"],
  ["Article (six reasons, with quiz)", "blog/six-reasons-to-get-a-massage-for-back-pain/index.html"],
  ["Article (no quiz)", "blog/what-research-says-about-massage-for-back-pain/index.html"],
  ["Blog index", "blog/index.html"],
  ["Quiz", "quiz/index.html"],
  ["Massage types index", "massage/index.html"],
  ["Massage type", "massage/swedish/index.html"],
  ["Tag page", "tags/back-pain/index.html"],
  ["Search", "search/index.html"],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printPageWeights(distDir: string) {
  const rows = PAGE_TYPES.map(([name, page]) => {
    const weight = pageWeight(distDir, page);
    return [
      name,
      `${kb(weight.html.raw)} / ${kb(weight.html.gzip)}`,
      `${kb(weight.css.raw)} / ${kb(weight.css.gzip)}`,
      `${kb(weight.js.raw)} / ${kb(weight.js.gzip)}`,
      String(weight.requests),
    ];
  });
  console.log("\nPage weight (raw / gzip), from the build in dist/:\n");
  console.log(table(["Page type", "HTML", "CSS", "JavaScript", "Requests"], rows));
}

interface BuildFigures {
  seconds: number;
  /** CPU seconds of the build process, all threads: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  pages: number;
  peakMb: number;
  /** Share images drawn (not found in the cache), from the build's log. */
  drawn?: number;
}

/**
 * What a host keeps between builds: the site's `node_modules/.astro` (Astro's content data store,
 * and our share images in `og-images/`). Restored into the copy before a build and saved after it;
 * neither copy is timed. An empty folder is a fresh clone's build.
 */
function withKeptCache(cacheDir: string) {
  const inCopy = (dir: string) => join(dir, "node_modules/.astro");
  return {
    restore: (dir: string) => {
      if (existsSync(cacheDir)) cpSync(cacheDir, inCopy(dir), { recursive: true });
    },
    save: (dir: string) => {
      rmSync(cacheDir, { recursive: true, force: true });
      if (existsSync(inCopy(dir))) cpSync(inCopy(dir), cacheDir, { recursive: true });
    },
  };
}

/**
 * Our site with `generated` extra posts. `edit` changes one post's title first; `renderAll` builds
 * without Astro's page cache (the manifest in node_modules/.astro), so every page is rendered while
 * content data and share images still come from the kept cache: this site's work on a full render.
 */
function buildOurs(
  generated: number,
  cacheDir: string,
  { edit = false, renderAll = false } = {},
): BuildFigures {
  const cache = withKeptCache(cacheDir);
  const copy = buildSiteCopy({
    folder: "bench-ours",
    nodeArgs: ["--import", resolve(import.meta.dirname, "report-rss.mjs")],
    prepare: (dir) => {
      const postsDir = join(dir, "content/posts");
      writeGeneratedPosts(postsDir, generated);
      if (edit) {
        const text = generatedPost(1).replace(generatedTitle(1), `${generatedTitle(1)}, edited`);
        writeFileSync(join(postsDir, generatedPostFile(1)), text);
      }
      cache.restore(dir);
      if (renderAll) rmSync(join(dir, "node_modules/.astro/incremental-build.json"), { force: true });
    },
  });
  try {
    if (!copy.ok) throw new Error(`the benchmark build failed:\n${copy.output.slice(-3000)}`);
    cache.save(copy.dir);
    return figuresOf(copy.dir, copy.output, copy.buildSeconds);
  } finally {
    copy.remove();
  }
}

function figuresOf(dir: string, output: string, seconds: number): BuildFigures {
  const pages = readdirSync(join(dir, "dist"), { recursive: true, encoding: "utf8" }).filter((name) =>
    name.endsWith(".html"),
  ).length;
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(output)?.[1] ?? 0);
  const drawn = /share images: (\d+) to draw/.exec(output)?.[1];
  const cpu = Number(/BENCH_CPU_MS=(\d+)/.exec(output)?.[1] ?? 0);
  return {
    seconds,
    cpuSeconds: cpu / 1000,
    pages,
    peakMb: rss / 1024,
    drawn: drawn === undefined ? undefined : Number(drawn),
  };
}

interface SizeFigures {
  size: number;
  /** Every baseline build of the run, in order (one before the cold build, one before each warm). */
  baselines: BuildFigures[];
  cold: BuildFigures;
  /** Warm builds, each right after its own baseline build. */
  warms: BuildFigures[];
  /** A warm build rendering every page (no page reused from the last build), after its own baseline. */
  renderAll: BuildFigures;
  edit: BuildFigures;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Builds in pairs, baseline then ours, so each ratio compares two builds minutes apart: a shared
 * machine's speed drifts by a factor of two over a run, far more than the gap being measured.
 * BENCH_ROUNDS (default 3) is the number of warm pairs; the quoted warm ratio is their median.
 */
function measureSize(size: number, rounds: number): SizeFigures {
  const log = (what: string, figures: BuildFigures) =>
    console.log(
      `  ${size} posts, ${what}: ${figures.seconds.toFixed(1)} s (${figures.cpuSeconds.toFixed(1)} s CPU), ${figures.pages} pages, ${figures.peakMb.toFixed(0)} MB` +
        (figures.drawn === undefined ? "" : `, ${figures.drawn} share images drawn`),
    );
  const caches = mkdtempSync(join(tmpdir(), "bench-caches-"));
  const ourCache = join(caches, "ours");
  const baselineCache = join(caches, "baseline");
  const baselines: BuildFigures[] = [];
  const baseline = () => {
    const cache = withKeptCache(baselineCache);
    const figures = buildBaseline(size, [], { before: cache.restore, after: cache.save });
    log(baselines.length === 0 ? "baseline, no cache" : "baseline, kept cache", figures);
    baselines.push(figures);
  };
  try {
    baseline();
    const cold = buildOurs(size, ourCache);
    log("no cache (a fresh clone)", cold);
    const warms: BuildFigures[] = [];
    for (let round = 0; round < rounds; round += 1) {
      baseline();
      const warm = buildOurs(size, ourCache);
      log("kept cache", warm);
      warms.push(warm);
    }
    baseline();
    const renderAll = buildOurs(size, ourCache, { renderAll: true });
    log("kept cache, every page rendered", renderAll);
    const edit = buildOurs(size, ourCache, { edit: true });
    log("one post's title edited, kept cache", edit);
    return { size, baselines, cold, warms, renderAll, edit };
  } finally {
    rmSync(caches, { recursive: true, force: true });
  }
}

const msPerPage = (figures: BuildFigures) => (figures.seconds * 1000) / figures.pages;

/** The ratios the goals are about, each against the baseline build(s) next to it. */
function ratiosOf({ baselines, cold, warms, renderAll, edit }: SizeFigures) {
  const before = (index: number) => baselines[index] as BuildFigures;
  const last = baselines.length - 1;
  return {
    cold: cold.seconds / before(0).seconds,
    coldCpu: cold.cpuSeconds / before(0).cpuSeconds,
    warm: median(warms.map((warm, index) => warm.seconds / before(index + 1).seconds)),
    warmCpu: median(warms.map((warm, index) => warm.cpuSeconds / before(index + 1).cpuSeconds)),
    renderAll: renderAll.seconds / before(last).seconds,
    renderAllCpu: renderAll.cpuSeconds / before(last).cpuSeconds,
    edit: edit.seconds / before(last).seconds,
    editCpu: edit.cpuSeconds / before(last).cpuSeconds,
  };
}

/** The median build of a list, by wall-clock time. */
const medianBuild = (builds: BuildFigures[]): BuildFigures =>
  [...builds].sort((a, b) => a.seconds - b.seconds)[Math.floor((builds.length - 1) / 2)] as BuildFigures;

function printFigures(results: SizeFigures[]) {
  const rows: string[][] = [];
  for (const result of results) {
    const { size, baselines, cold, warms, renderAll, edit } = result;
    const ratios = ratiosOf(result);
    const row = (name: string, figures: BuildFigures, ratio?: number, cpuRatio?: number) => [
      String(size),
      name,
      figures.seconds.toFixed(1),
      ratio === undefined ? "1.00" : ratio.toFixed(2),
      figures.cpuSeconds.toFixed(1),
      cpuRatio === undefined ? "1.00" : cpuRatio.toFixed(2),
      String(figures.pages),
      msPerPage(figures).toFixed(2),
      figures.peakMb.toFixed(0),
      figures.drawn === undefined ? "" : String(figures.drawn),
    ];
    rows.push(
      row(`plain Astro baseline, no cache`, baselines[0] as BuildFigures),
      row(
        `plain Astro baseline, kept cache (median of ${baselines.length - 1})`,
        medianBuild(baselines.slice(1)),
      ),
      row("ours, no cache (fresh clone)", cold, ratios.cold, ratios.coldCpu),
      row(`ours, kept cache (median of ${warms.length})`, medianBuild(warms), ratios.warm, ratios.warmCpu),
      row("ours, kept cache, every page rendered", renderAll, ratios.renderAll, ratios.renderAllCpu),
      row("ours, one title edited, kept cache", edit, ratios.edit, ratios.editCpu),
    );
  }
  console.log();
  console.log(
    table(
      [
        "Posts",
        "Build",
        "Seconds",
        "Ratio",
        "CPU s",
        "CPU ratio",
        "Pages",
        "ms / page",
        "Peak MB",
        "Share images drawn",
      ],
      rows,
    ),
  );
  console.log(
    "\nEach of our builds is paired with the baseline built just before it, in the same state: no cache for the cold pair, each site's kept node_modules/.astro for the others. The warm ratio is the median of the warm pairs. A warm build reuses the pages whose data and code did not change (Astro's incremental build); 'every page rendered' drops that page cache and keeps the rest.",
  );
  console.log("\nGoals (issue 11):");
  const check = (ok: boolean, text: string) => console.log(`  ${ok ? "met    " : "NOT MET"}  ${text}`);
  for (const result of results) {
    const { size, cold, warms, renderAll, edit } = result;
    const ratios = ratiosOf(result);
    const keptCachePeak = Math.max(...warms.map((warm) => warm.peakMb), renderAll.peakMb, edit.peakMb);
    check(ratios.warm <= 1.3, `${size} posts: warm within 1.3x of the baseline (${ratios.warm.toFixed(2)}x)`);
    check(ratios.cold <= 3, `${size} posts: cold within 3x of the baseline (${ratios.cold.toFixed(2)}x)`);
    check(
      keptCachePeak < 2048,
      `${size} posts: peak memory under 2 GB with kept cache (${keptCachePeak.toFixed(0)} MB, highest of those builds)`,
    );
    check(
      cold.peakMb < 2048,
      `${size} posts: peak memory under 2 GB from a fresh clone (${cold.peakMb.toFixed(0)} MB)`,
    );
    check(edit.drawn === 1, `${size} posts: a one-title edit redraws one share image (${edit.drawn ?? "?"})`);
  }
  const small = results.find(({ size }) => size === 1000);
  const large = results.find(({ size }) => size === 5000);
  if (small && large) {
    const growth = (pick: (result: SizeFigures) => BuildFigures) =>
      msPerPage(pick(large)) / msPerPage(pick(small));
    const cold = growth((result) => result.cold);
    const warm = growth((result) => medianBuild(result.warms));
    check(cold <= 1.2, `ms/page at 5,000 within 1.2x of 1,000, cold (${cold.toFixed(2)}x)`);
    check(warm <= 1.2, `ms/page at 5,000 within 1.2x of 1,000, warm (${warm.toFixed(2)}x)`);
  }
  // Issue 29 asks for a build as fast as the plain starter: the same figures, the stricter limits.
  console.log("\nGoals (issue 29):");
  for (const result of results) {
    const ratios = ratiosOf(result);
    check(
      ratios.warm <= 1,
      `${result.size} posts: warm at or under 1.0x the baseline (${ratios.warm.toFixed(2)}x)`,
    );
    check(
      ratios.cold <= 1.2,
      `${result.size} posts: cold at or under 1.2x the baseline (${ratios.cold.toFixed(2)}x)`,
    );
  }
}

if (existsSync(resolve("dist/index.html"))) printPageWeights(resolve("dist"));
const sizes = (process.env["BENCH_SIZES"] ?? "1000,5000").split(",").map(Number);
const rounds = Math.max(1, Number(process.env["BENCH_ROUNDS"] ?? 3));
console.log(`\nBuild cost for ${sizes.join(" and ")} generated posts (on top of the real content):\n`);
const results: SizeFigures[] = [];
for (const size of sizes) results.push(measureSize(size, rounds));
printFigures(results);
