// npm run bench: page weight per page type, then build time, peak memory and milliseconds per
// page for the real content and for 1,000 and 5,000 generated posts (BENCH_SIZES=0,1000 to change).
// It prints figures; nothing here asserts a time.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
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

const TAGS = [
  "back-pain",
  "lower-back",
  "upper-back",
  "neck-pain",
  "posture",
  "stress",
  "sleep",
  "exercise",
  "self-care",
];

/** A plausible post of about 600 words with links and components, like a marketer's. */
function generatedPost(index: number): string {
  const tags = [TAGS[index % TAGS.length], TAGS[(index * 7 + 3) % TAGS.length], "research"];
  const paragraph =
    "Back pain is common and usually settles with time, movement and patience. A massage therapist listens first, " +
    "asks where it hurts and how long it has, and adjusts the pressure to what feels right. Read " +
    "[what research says](/blog/what-research-says-about-massage-for-back-pain/) before you book.";
  const sections = Array.from(
    { length: 5 },
    (_, section) => `## Section ${section + 1}\n\n${paragraph}\n\n${paragraph}\n`,
  );
  const day = String((index % 28) + 1).padStart(2, "0");
  return `---
title: "Generated post number ${index} about back pain"
description: "A generated post used by the benchmark to measure how the build grows with the number of posts."
pubDate: 2025-${String((index % 12) + 1).padStart(2, "0")}-${day}
author: clinical-team
tags: [${[...new Set(tags)].join(", ")}]
---

${sections.join("\n")}
<Callout kind="note">This post was generated for the benchmark.</Callout>

<QuizCallout />
`;
}

interface BuildFigures {
  posts: number;
  pages: number;
  seconds: number;
  peakMb: number;
}

function measureBuild(generated: number, ogCacheDir: string): BuildFigures {
  const started = performance.now();
  const copy = buildSiteCopy({
    env: { OG_CACHE_DIR: ogCacheDir },
    nodeArgs: ["--import", resolve(import.meta.dirname, "report-rss.mjs")],
    prepare: (dir) => {
      if (generated === 0) return;
      const folder = join(dir, "content/posts/generated");
      mkdirSync(folder, { recursive: true });
      for (let index = 1; index <= generated; index += 1) {
        writeFileSync(join(folder, `generated-post-${index}.mdx`), generatedPost(index));
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  try {
    if (!copy.ok) throw new Error(`the benchmark build failed:\n${copy.output.slice(-3000)}`);
    const pages = readdirSync(join(copy.dir, "dist"), { recursive: true, encoding: "utf8" }).filter((name) =>
      name.endsWith(".html"),
    ).length;
    const rss = /BENCH_MAX_RSS_KB=(\d+)/.exec(copy.output)?.[1];
    const posts = readdirSync(join(copy.dir, "content/posts"), { recursive: true, encoding: "utf8" }).filter(
      (name) => name.endsWith(".mdx"),
    ).length;
    return { posts, pages, seconds, peakMb: Number(rss ?? 0) / 1024 };
  } finally {
    copy.remove();
  }
}

function printBuildFigures() {
  const sizes = (process.env["BENCH_SIZES"] ?? "0,1000,5000").split(",").map(Number);
  console.log("\nBuild cost (each size built twice: the second build finds its share images cached):\n");
  const rows: string[][] = [];
  for (const size of sizes) {
    const ogCacheDir = mkdtempSync(join(tmpdir(), "bench-og-cache-"));
    for (const run of ["first", "warm cache"]) {
      const figures = measureBuild(size, ogCacheDir);
      rows.push([
        size === 0 ? "real content" : `real + ${size} generated`,
        run,
        String(figures.posts),
        String(figures.pages),
        figures.seconds.toFixed(1),
        figures.peakMb.toFixed(0),
        ((figures.seconds * 1000) / figures.pages).toFixed(2),
      ]);
      console.log(`  measured: ${rows.at(-1)?.join(", ")}`);
    }
    rmSync(ogCacheDir, { recursive: true, force: true });
  }
  console.log();
  console.log(table(["Content", "Build", "Posts", "Pages", "Seconds", "Peak MB", "ms / page"], rows));
}

printPageWeights(resolve("dist"));
printBuildFigures();
