// The counting module as the page carries it, only when content/settings.yaml turns `counting` on.
// It is bundled here rather than as a component's <script>: Astro hashes every bundled script into
// every page's Content-Security-Policy, so a component script would change the policy of a site
// with counting off. Bundled on demand, a site with counting off carries no trace of it.
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { buildSync } from "esbuild";
import { siteBookingUrl } from "../lib/booking/booking-url.ts";
import { counterConnectDirective, countList, type CountKind } from "../lib/counting/counting.ts";
import { visitCopy } from "./copy.ts";
import { getMassageTypes, sessionsOf } from "./massage-types.ts";
import { getQuizProps } from "./quiz.ts";
import { settings } from "./settings.ts";

export interface CountingOnPage {
  /** The counter's address, read by the module from the page's body (data-counting). */
  endpoint: string;
  /** The page's policy gains this directive: the counter's origin in connect-src. */
  connectDirective: `connect-src ${string}`;
  /** The module, minified, for an inline <script>; allowed by its hash. */
  script: string;
  scriptHash: `sha256-${string}`;
}

function bundleCounting(): string {
  const result = buildSync({
    stdin: {
      contents:
        'import { startCounting } from "./client.ts";\nstartCounting(document.body.dataset["counting"], window);\n',
      // The project's folder, where astro runs (this module's own address is a build chunk's).
      resolveDir: resolve(process.cwd(), "src/lib/counting"),
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const script = result.outputFiles[0]?.text.trim();
  if (!script)
    throw new Error(`The counting module did not bundle: ${result.errors.map((e) => e.text).join("; ")}`);
  return script;
}

function countingOnPage(endpoint: string): CountingOnPage {
  const script = bundleCounting();
  return {
    endpoint,
    connectDirective: counterConnectDirective(endpoint),
    script,
    scriptHash: `sha256-${createHash("sha256").update(script).digest("base64")}`,
  };
}

export const counting: CountingOnPage | undefined = settings.counting
  ? countingOnPage(settings.counting.endpoint)
  : undefined;

export interface ListedCount {
  kind: CountKind;
  /** What this kind of count means, from content/copy/visit.yaml (counting.counts). */
  words: string;
  /** Every name it is sent as. */
  names: string[];
}

/** Every booking button outside the quiz that the site prints, one address per distinct count. */
async function siteBookingLinks(): Promise<string[]> {
  const types = await getMassageTypes();
  return [
    // The header, the home page, the visit page, the call-to-action boxes: no service named.
    siteBookingUrl(settings, "header"),
    ...types.flatMap((type) => [
      siteBookingUrl(settings, "article-button", type.data.bookingService),
      ...sessionsOf(type).map((session) =>
        siteBookingUrl(settings, "massage-type", session.service, `${type.id}-${session.minutes}`),
      ),
    ]),
  ];
}

/**
 * What a page says is sent while counting is on: for the quiz page, what that page can send (its
 * view, the quiz, the header's booking button); for the privacy page, everything any page can send.
 * The names come from the module's own table (src/lib/counting/counting.ts: countList).
 */
export async function listedCounts(scope: "quiz" | "site", path: string): Promise<ListedCount[]> {
  const { definition, types } = await getQuizProps();
  const quiz = {
    steps: definition.steps.length,
    sessions: Object.entries(types).flatMap(([type, { sessions }]) =>
      sessions.map(({ minutes }) => ({ type, minutes })),
    ),
  };
  const bookingLinks = scope === "quiz" ? [siteBookingUrl(settings, "header")] : await siteBookingLinks();
  return countList({ path, quiz, bookingLinks }).map(({ kind, names }) => ({
    kind,
    words: visitCopy.counting.counts[kind],
    names,
  }));
}
