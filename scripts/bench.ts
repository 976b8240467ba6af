// npm run bench: page weight per page type, then the build's cost against a plain Astro blog of the
// same generated posts, built in the same run (scripts/bench-baseline.ts): time as a ratio to that
// baseline with a cold and a warm share-image cache, milliseconds per page, peak memory, and how
// many share images a one-post edit redraws. BENCH_SIZES=1000 (default 1000,5000) picks the sizes.
// It prints figures; nothing here asserts a time.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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

/** Our site with `generated` extra posts; `edit` changes one post's title first. */
function buildOurs(generated: number, ogCacheDir: string, edit = false): BuildFigures {
  const copy = buildSiteCopy({
    env: { OG_CACHE_DIR: ogCacheDir },
    nodeArgs: ["--import", resolve(import.meta.dirname, "report-rss.mjs")],
    prepare: (dir) => {
      const postsDir = join(dir, "content/posts");
      writeGeneratedPosts(postsDir, generated);
      if (edit) {
        const text = generatedPost(1).replace(generatedTitle(1), `${generatedTitle(1)}, edited`);
        writeFileSync(join(postsDir, generatedPostFile(1)), text);
      }
    },
  });
  try {
    if (!copy.ok) throw new Error(`the benchmark build failed:\n${copy.output.slice(-3000)}`);
    const pages = readdirSync(join(copy.dir, "dist"), { recursive: true, encoding: "utf8" }).filter((name) =>
      name.endsWith(".html"),
    ).length;
    const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(copy.output)?.[1] ?? 0);
    const drawn = /share images: (\d+) to draw/.exec(copy.output)?.[1];
    const cpu = Number(/BENCH_CPU_MS=(\d+)/.exec(copy.output)?.[1] ?? 0);
    return {
      seconds: copy.buildSeconds,
      cpuSeconds: cpu / 1000,
      pages,
      peakMb: rss / 1024,
      drawn: drawn === undefined ? undefined : Number(drawn),
    };
  } finally {
    copy.remove();
  }
}

interface SizeFigures {
  size: number;
  baseline: BuildFigures;
  cold: BuildFigures;
  warm: BuildFigures;
  edit: BuildFigures;
}

/** Baseline before and after our three builds, averaged, so drift on a shared machine evens out. */
function measureSize(size: number): SizeFigures {
  const log = (what: string, figures: BuildFigures) =>
    console.log(
      `  ${size} posts, ${what}: ${figures.seconds.toFixed(1)} s (${figures.cpuSeconds.toFixed(1)} s CPU), ${figures.pages} pages, ${figures.peakMb.toFixed(0)} MB` +
        (figures.drawn === undefined ? "" : `, ${figures.drawn} share images drawn`),
    );
  const before = buildBaseline(size);
  log("baseline", before);
  const ogCacheDir = mkdtempSync(join(tmpdir(), "bench-og-cache-"));
  try {
    const cold = buildOurs(size, ogCacheDir);
    log("cold share-image cache", cold);
    const warm = buildOurs(size, ogCacheDir);
    log("warm share-image cache", warm);
    const edit = buildOurs(size, ogCacheDir, true);
    log("one post's title edited, previous cache", edit);
    const after = buildBaseline(size);
    log("baseline again", after);
    const baseline = {
      seconds: (before.seconds + after.seconds) / 2,
      cpuSeconds: (before.cpuSeconds + after.cpuSeconds) / 2,
      pages: before.pages,
      peakMb: Math.max(before.peakMb, after.peakMb),
    };
    return { size, baseline, cold, warm, edit };
  } finally {
    rmSync(ogCacheDir, { recursive: true, force: true });
  }
}

const msPerPage = (figures: BuildFigures) => (figures.seconds * 1000) / figures.pages;

function printFigures(results: SizeFigures[]) {
  const rows: string[][] = [];
  for (const { size, baseline, cold, warm, edit } of results) {
    const row = (name: string, figures: BuildFigures) => [
      String(size),
      name,
      figures.seconds.toFixed(1),
      figures === baseline ? "1.00" : (figures.seconds / baseline.seconds).toFixed(2),
      figures.cpuSeconds.toFixed(1),
      figures === baseline ? "1.00" : (figures.cpuSeconds / baseline.cpuSeconds).toFixed(2),
      String(figures.pages),
      msPerPage(figures).toFixed(2),
      figures.peakMb.toFixed(0),
      figures.drawn === undefined ? "" : String(figures.drawn),
    ];
    rows.push(
      row("plain Astro baseline (mean of 2)", baseline),
      row("ours, cold share-image cache", cold),
      row("ours, warm share-image cache", warm),
      row("ours, one title edited", edit),
    );
  }
  console.log();
  console.log(
    table(
      ["Posts", "Build", "Seconds", "Ratio", "Pages", "ms / page", "Peak MB", "Share images drawn"],
      rows,
    ),
  );
  console.log("\nGoals (issue 11):");
  const check = (ok: boolean, text: string) => console.log(`  ${ok ? "met    " : "NOT MET"}  ${text}`);
  for (const { size, baseline, cold, warm, edit } of results) {
    const warmRatio = warm.seconds / baseline.seconds;
    const coldRatio = cold.seconds / baseline.seconds;
    check(warmRatio <= 1.3, `${size} posts: warm within 1.3x of the baseline (${warmRatio.toFixed(2)}x)`);
    check(coldRatio <= 3, `${size} posts: cold within 3x of the baseline (${coldRatio.toFixed(2)}x)`);
    check(cold.peakMb < 2048, `${size} posts: peak memory under 2 GB (${cold.peakMb.toFixed(0)} MB cold)`);
    check(edit.drawn === 1, `${size} posts: a one-title edit redraws one share image (${edit.drawn ?? "?"})`);
  }
  const small = results.find(({ size }) => size === 1000);
  const large = results.find(({ size }) => size === 5000);
  if (small && large) {
    for (const run of ["cold", "warm"] as const) {
      const growth = msPerPage(large[run]) / msPerPage(small[run]);
      check(growth <= 1.2, `ms/page at 5,000 within 1.2x of 1,000, ${run} (${growth.toFixed(2)}x)`);
    }
  }
}

if (existsSync(resolve("dist/index.html"))) printPageWeights(resolve("dist"));
const sizes = (process.env["BENCH_SIZES"] ?? "1000,5000").split(",").map(Number);
console.log(`\nBuild cost for ${sizes.join(" and ")} generated posts (on top of the real content):\n`);
const results: SizeFigures[] = [];
for (const size of sizes) results.push(measureSize(size));
printFigures(results);
