// npm run lighthouse: Lighthouse (mobile) against the built site for the key pages; prints the four
// category scores with LCP, CLS and total bytes. Uses a system Chromium (CHROME_PATH, CHROMIUM_PATH
// or /usr/bin/chromium) when Lighthouse's own lookup would find none.
// With --assert (as in `npm test`), it fails when accessibility, best practices or SEO falls below
// 100; performance is printed but never asserted, because it depends on timing.
// With --photos, it builds a copy of the site with a camera-sized, detailed photo in every photo slot
// (scripts/photo-site.ts) and measures the pages that show them instead.
// Each row also prints what a phone downloads for the page, by kind: HTML, CSS, JS, images, fonts.
// With --runs=N, each page is measured N times and the median run is printed (Lighthouse's own
// computeMedianRun), with the lowest and highest LCP beside it: one run's timings move by about a
// tenth of a second on a shared machine, which is as much as the margin the photo pages are held to.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.ts";
import { buildPhotoSite, PHOTO_PAGES } from "./photo-site.ts";
import { ROOT } from "./site-copy.ts";
import { markdownTable } from "./table.ts";

// LIGHTHOUSE_PORT lets two checkouts run Lighthouse side by side.
const PORT = Number(process.env["LIGHTHOUSE_PORT"] ?? 4323);
const SITE_PAGES: Array<[string, string]> = [
  ["Home", "/"],
  ["Six-reasons article", "/blog/six-reasons-to-get-a-massage-for-back-pain/"],
  ["Quiz", "/quiz/"],
  ["Massage type", "/massage/swedish/"],
  ["Blog index", "/blog/"],
  ["Visit", "/visit/"],
  ["Prices", "/prices/"],
];
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      displayValue?: string;
      details?: { items?: Array<{ resourceType?: string; transferSize?: number }> };
    }
  >;
}

const KINDS: Array<[string, string]> = [
  ["HTML", "Document"],
  ["CSS", "Stylesheet"],
  ["JS", "Script"],
  ["Images", "Image"],
  ["Fonts", "Font"],
];

/** Kilobytes transferred for each kind of file the page loaded. */
function bytesByKind(report: LighthouseReport): string[] {
  const items = report.audits["network-requests"]?.details?.items ?? [];
  return KINDS.map(([, type]) => {
    const bytes = items
      .filter((item) => item.resourceType === type)
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
    return `${(bytes / 1024).toFixed(1)}`;
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const score = (report: LighthouseReport, category: string) =>
  String(Math.round((report.categories[category]?.score ?? 0) * 100));

async function main() {
  const photos = process.argv.includes("--photos");
  const runs = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.slice("--runs=".length) ?? 1);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error("--runs= takes a whole number of runs, e.g. --runs=5");
  let siteDir = ROOT;
  if (photos) {
    console.log("Building a copy of the site with a 4000x3000 photo in every photo slot…");
    const copy = await buildPhotoSite({ folder: "photos-lighthouse" });
    if (!copy.ok) throw new Error(`the copy with photos did not build:\n${copy.output.slice(-3000)}`);
    siteDir = copy.dir;
  }
  const PAGES = photos ? PHOTO_PAGES : SITE_PAGES;
  const preview = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/astro/bin/astro.mjs"),
      "preview",
      "--host",
      "127.0.0.1",
      "--port",
      String(PORT),
    ],
    { cwd: siteDir, stdio: "ignore" },
  );
  const outDir = mkdtempSync(join(tmpdir(), "lighthouse-"));
  const chrome = systemChromium();
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const rows: string[][] = [];
    for (const [name, path] of PAGES) {
      const reports: LighthouseReport[] = [];
      for (let run = 0; run < runs; run += 1) {
        const output = join(outDir, `${rows.length}-${run}.json`);
        const lighthouse = spawnSync(
          process.execPath,
          [
            join(ROOT, "node_modules/lighthouse/cli/index.js"),
            `http://127.0.0.1:${PORT}${path}`,
            `--chrome-flags=${CHROME_FLAGS}`,
            "--output=json",
            `--output-path=${output}`,
            "--quiet",
          ],
          {
            encoding: "utf8",
            env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
            timeout: 180_000,
          },
        );
        if (lighthouse.status !== 0 || !existsSync(output))
          throw new Error(`Lighthouse failed on ${path}:\n${lighthouse.stderr}`);
        reports.push(JSON.parse(readFileSync(output, "utf8")) as LighthouseReport);
      }
      // LighthouseReport names only the fields read here; the median only reads FCP and TTI.
      type LighthouseResult = Parameters<typeof computeMedianRun>[0][number];
      const report = computeMedianRun(
        reports as unknown as LighthouseResult[],
      ) as unknown as LighthouseReport;
      const lcps = reports.map((each) => each.audits["largest-contentful-paint"]?.numericValue ?? 0);
      rows.push([
        name,
        score(report, "performance"),
        score(report, "accessibility"),
        score(report, "best-practices"),
        score(report, "seo"),
        seconds(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
        ...(runs > 1 ? [`${seconds(Math.min(...lcps))}–${seconds(Math.max(...lcps))}`] : []),
        report.audits["cumulative-layout-shift"]?.displayValue ?? "",
        `${((report.audits["total-byte-weight"]?.numericValue ?? 0) / 1024).toFixed(1)} KB`,
        ...bytesByKind(report),
      ]);
      console.log(`  ${rows.at(-1)?.join(" · ")}`);
    }
    const headers = [
      "Page",
      "Performance",
      "Accessibility",
      "Best practices",
      "SEO",
      "LCP",
      ...(runs > 1 ? [`LCP in ${runs} runs`] : []),
      "CLS",
      "Total bytes",
      ...KINDS.map(([kind]) => `${kind} KB`),
    ];
    console.log(
      `\nLighthouse, mobile emulation, against the built site${photos ? " with a photo in every slot" : ""}${runs > 1 ? `, the median of ${runs} runs per page` : ""}:\n`,
    );
    console.log(markdownTable(headers, rows));
    if (process.argv.includes("--assert")) {
      const failing = rows.filter((row) => row.slice(2, 5).some((value) => value !== "100"));
      if (failing.length > 0) {
        console.error(
          `\nBelow 100 in accessibility, best practices or SEO: ${failing.map((row) => row[0]).join(", ")}`,
        );
        process.exitCode = 1;
      }
    }
  } finally {
    preview.kill();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
