// npm run lighthouse: Lighthouse (mobile) against the built site for the key pages; prints the four
// category scores with LCP, CLS and total bytes. Uses a system Chromium (CHROME_PATH, CHROMIUM_PATH
// or /usr/bin/chromium) when Lighthouse's own lookup would find none.
// With --assert (as in `npm test`), it fails when accessibility, best practices or SEO falls below
// 100, and measures only those three: performance depends on timing and is never asserted, so
// `npm test` does not spend a page load's worth of tracing on it (`npm run lighthouse` prints it).
// Every page is measured in one browser, started once; Lighthouse opens a new tab for each run.
// With --photos, it builds a copy of the site with a camera-sized, detailed photo in every photo slot
// (scripts/photo-site.ts) and measures the pages that show them instead.
// Each row also prints what a phone downloads for the page, by kind: HTML, CSS, JS, images, fonts.
// With --runs=N, each page is measured N times and the median run is printed (Lighthouse's own
// computeMedianRun), with the lowest and highest LCP beside it: one run's timings move by about a
// tenth of a second on a shared machine, which is as much as the margin the photo pages are held to.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.ts";
import { buildPhotoSite, PHOTO_PAGES } from "./photo-site.ts";
import { ROOT } from "./site-copy.ts";
import { markdownTable } from "./table.ts";

// LIGHTHOUSE_PORT (or E2E_PORT + 2, tests/e2e/servers.ts) lets two checkouts run Lighthouse side by side.
const PORT = Number(
  process.env["LIGHTHOUSE_PORT"] ?? (process.env["E2E_PORT"] ? Number(process.env["E2E_PORT"]) + 2 : 4323),
);
const ASSERTED = ["accessibility", "best-practices", "seo"];
const SITE_PAGES: Array<[string, string]> = [
  ["Home", "/"],
  ["Six-reasons article", "/blog/six-reasons-to-get-a-massage-for-back-pain/"],
  ["Quiz", "/quiz/"],
  ["Massage type", "/massage/swedish/"],
  ["Blog index", "/blog/"],
  ["Visit", "/visit/"],
  ["Prices", "/prices/"],
  // The Spanish site's key pages (issue #31): the same budgets in both languages.
  ["Home (es)", "/es/"],
  ["Quiz (es)", "/es/quiz/"],
  ["Six-reasons article (es)", "/es/blog/seis-razones-para-recibir-un-masaje-para-el-dolor-de-espalda/"],
];

/** A port no one listens on, for the browser's DevTools endpoint that Lighthouse drives. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

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
  // Not run when only the asserted categories are measured.
  if (!report.audits["network-requests"]) return KINDS.map(() => "–");
  const items = report.audits["network-requests"]?.details?.items ?? [];
  return KINDS.map(([, type]) => {
    const bytes = items
      .filter((item) => item.resourceType === type)
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
    return `${(bytes / 1024).toFixed(1)}`;
  });
}

/**
 * Waits for the preview to answer. On two cores busy with the browser tests beside it, its start
 * took over 30 s once (CI, 2026-12-08): it gets two minutes, and a server that exits is said at
 * once, with what it printed.
 */
async function waitForServer(url: string, server: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null)
      throw new Error(`the preview server stopped (exit ${server.exitCode}):\n${output().slice(-2000)}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`the preview server did not start at ${url} in two minutes:\n${output().slice(-2000)}`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const score = (report: LighthouseReport, category: string) =>
  String(Math.round((report.categories[category]?.score ?? 0) * 100));

/** A row's value for a figure only the performance category measures: empty when it was not run. */
const measured = (performance: boolean, value: () => string) => (performance ? value() : "–");

async function main() {
  const photos = process.argv.includes("--photos");
  const assert = process.argv.includes("--assert");
  const performance = !assert;
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
    { cwd: siteDir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let printed = "";
  for (const stream of [preview.stdout, preview.stderr])
    stream.on("data", (chunk) => (printed += String(chunk)));
  const chrome = systemChromium();
  const debuggingPort = await freePort();
  const browser = await chromium.launch({
    ...(chrome ? { executablePath: chrome } : {}),
    args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${debuggingPort}`],
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`, preview, () => printed);
    const rows: string[][] = [];
    for (const [name, path] of PAGES) {
      const reports: LighthouseReport[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
          port: debuggingPort,
          output: "json",
          logLevel: "error",
          ...(performance ? {} : { onlyCategories: ASSERTED, disableFullPageScreenshot: true }),
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
        reports.push(result.lhr as unknown as LighthouseReport);
      }
      // LighthouseReport names only the fields read here; the median only reads FCP and TTI.
      type LighthouseResult = Parameters<typeof computeMedianRun>[0][number];
      const report = performance
        ? (computeMedianRun(reports as unknown as LighthouseResult[]) as unknown as LighthouseReport)
        : reports[0]!;
      const lcps = reports.map((each) => each.audits["largest-contentful-paint"]?.numericValue ?? 0);
      rows.push([
        name,
        measured(performance, () => score(report, "performance")),
        score(report, "accessibility"),
        score(report, "best-practices"),
        score(report, "seo"),
        measured(performance, () => seconds(report.audits["largest-contentful-paint"]?.numericValue ?? 0)),
        ...(runs > 1 ? [`${seconds(Math.min(...lcps))}–${seconds(Math.max(...lcps))}`] : []),
        measured(performance, () => report.audits["cumulative-layout-shift"]?.displayValue ?? ""),
        measured(
          performance,
          () => `${((report.audits["total-byte-weight"]?.numericValue ?? 0) / 1024).toFixed(1)} KB`,
        ),
        ...bytesByKind(report),
      ]);
      console.log(
        `  ${rows
          .at(-1)
          ?.filter((value) => value !== "–")
          .join(" · ")}`,
      );
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
      `\nLighthouse, mobile emulation, against the built site${assert ? " (accessibility, best practices and SEO only)" : ""}${photos ? " with a photo in every slot" : ""}${runs > 1 ? `, the median of ${runs} runs per page` : ""}:\n`,
    );
    // Without performance, only the page and the asserted scores were measured.
    const shown = (row: string[]) => (performance ? row : [row[0]!, ...row.slice(2, 5)]);
    console.log(markdownTable(shown(headers), rows.map(shown)));
    if (assert) {
      const failing = rows.filter((row) => row.slice(2, 5).some((value) => value !== "100"));
      if (failing.length > 0) {
        console.error(
          `\nBelow 100 in accessibility, best practices or SEO: ${failing.map((row) => row[0]).join(", ")}`,
        );
        process.exitCode = 1;
      }
    }
  } finally {
    await browser.close();
    preview.kill();
  }
}

await main();
