import { readFileSync, renameSync, rmdirSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { moveIslandStyleToHead } from "../lib/html/island-style.ts";
import { builtPageFor } from "../lib/html/built-file.ts";
import { hreflangLinks, keptOutOfSearch } from "../lib/html/hreflang.ts";

/** A file a route adds to the build without Astro rendering it: `write` puts it at the path given. */
export interface OutputFile {
  /** Inside the output folder, e.g. "og/blog/a.png" (no base path). */
  file: string;
  write: (path: string) => Promise<void>;
}

// Routes run inside Astro's prerender bundle and the integrations run from the config: two copies
// of this module in one process. They meet on a global registry, not a module variable.
const FILES = Symbol.for("back-pain-massage-site.output-files");
interface OutputFiles {
  outDir: string;
  folders: Map<string, Promise<unknown>>;
  writes: Array<Promise<void>>;
}
const registry = globalThis as typeof globalThis & { [FILES]?: OutputFiles };

/** True while `astro build` collects output files (see outputFiles()); false in `astro dev`. */
export function collectingOutputFiles(): boolean {
  return registry[FILES] !== undefined;
}

/** Adds a file to the build's output: written at once, alongside the pages (see outputFiles()). */
export function addOutputFile({ file, write }: OutputFile): void {
  const files = registry[FILES];
  if (!files) throw new Error(`${file}: output files are only collected while astro build runs`);
  const path = join(files.outDir, file);
  const folder = dirname(path);
  let created = files.folders.get(folder);
  if (!created) {
    created = mkdir(folder, { recursive: true });
    files.folders.set(folder, created);
  }
  const writing = created.then(() => write(path));
  // A failure is reported once, when the build awaits every write, not as an unhandled rejection.
  writing.catch(() => {});
  files.writes.push(writing);
}

/**
 * Writes the files routes add with addOutputFile() while Astro renders the pages, and waits for
 * them before the build ends. Share images come from a cache kept between builds: a hard link costs
 * far less than passing each image through Astro as a page.
 */
export function outputFiles(): AstroIntegration {
  let outDir = "";
  return {
    name: "output-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": () => {
        registry[FILES] = { outDir, folders: new Map(), writes: [] };
      },
      "astro:build:done": async ({ logger }) => {
        const writes = registry[FILES]?.writes ?? [];
        delete registry[FILES];
        await Promise.all(writes);
        if (writes.length > 0) logger.info(`${writes.length} files written besides the pages`);
      },
    },
  };
}

// What the pages note about themselves while they render, for the steps after them.
const NOTES = Symbol.for("back-pain-massage-site.page-notes");
interface PageNotes {
  base: string;
  /** Built files (e.g. "quiz/index.html") that hold an island. */
  islands: Set<string>;
  /** Built file → the page's last change, as an ISO date, for the sitemap. */
  lastModified: Map<string, string>;
  /** Built files ("es/404/index.html") of a 404 page below the root, which hosts look up as "es/404.html". */
  statusPages: Set<string>;
}
const notes = globalThis as typeof globalThis & { [NOTES]?: PageNotes };

const builtFileOf = (pathname: string, page: PageNotes) =>
  builtPageFor(new URL(pathname, "http://localhost").href, page.base);

/**
 * Notes, while `astro build` renders, that the page at `pathname` (Astro.url.pathname) holds an
 * island, whose style finishedPages() then moves into <head>. Does nothing in `astro dev`.
 */
export function notePageWithIsland(pathname: string): void {
  const page = notes[NOTES];
  const file = page && builtFileOf(pathname, page);
  if (file) page.islands.add(file);
}

/** Notes a page's last change (a post's updatedDate, else its pubDate) for the sitemap's lastmod. */
export function notePageModified(pathname: string, date: Date): void {
  const page = notes[NOTES];
  const file = page && builtFileOf(pathname, page);
  if (file) page.lastModified.set(file, date.toISOString());
}

/**
 * Notes that the page at `pathname` is a language's 404 page: Astro writes only the root one as
 * 404.html, and a host serves the 404.html nearest to a missing address, so finishedPages() moves
 * "es/404/index.html" to "es/404.html". Does nothing in `astro dev`.
 */
export function noteStatusPage(pathname: string): void {
  const page = notes[NOTES];
  const file = page && builtFileOf(pathname, page);
  if (file) page.statusPages.add(file);
}

/**
 * What the build does with the finished pages: moves Astro's island style into <head> on the pages
 * that noted an island (Astro writes a <style> into <body> before the first island, which is
 * invalid HTML; html-validate in `npm test` would catch a page that forgot to note one), and gives
 * the sitemap each post's date (`lastmod`), so the config never parses content. Only the few pages
 * with an island are read again, and a changed page is written beside it and renamed over it; the
 * search index waits for this pass (`finished`), so it reads and digests the pages as published.
 */
export function finishedPages(): AstroIntegration & {
  lastmod: (url: string) => string | undefined;
  /** What the sitemap needs from a finished page's <head>: its translations, and whether it is kept out of search. */
  head: (url: string) => { alternates: Array<{ lang: string; url: string }>; indexed: boolean };
  /** Settles when every page is in its final form (after `astro:build:generated`'s pass). */
  finished: () => Promise<void>;
} {
  let outDir = "";
  let page: PageNotes = { base: "/", islands: new Set(), lastModified: new Map(), statusPages: new Set() };
  let pass: Promise<void> | undefined;
  return {
    name: "finished-pages",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        page = { base: config.base, islands: new Set(), lastModified: new Map(), statusPages: new Set() };
      },
      "astro:build:start": () => {
        notes[NOTES] = page;
      },
      // Started when Astro has written the pages, alongside the search index (search-index.ts).
      "astro:build:generated": () => {
        // At once, before the search index reads the folder.
        for (const file of page.statusPages) {
          const path = join(outDir, file);
          renameSync(path, join(dirname(path), "..", "404.html"));
          rmdirSync(dirname(path));
        }
        pass = Promise.all(
          [...page.islands].map(async (file) => {
            const path = join(outDir, file);
            const html = await readFile(path, "utf8");
            const moved = moveIslandStyleToHead(html);
            if (moved === html) return;
            await writeFile(`${path}.tmp`, moved);
            await rename(`${path}.tmp`, path);
          }),
        ).then(() => {});
        pass.catch(() => {});
      },
      "astro:build:done": async () => {
        delete notes[NOTES];
        await pass;
      },
    },
    finished: () => pass ?? Promise.resolve(),
    lastmod(url) {
      const file = builtPageFor(url, page.base);
      return file === undefined ? undefined : page.lastModified.get(file);
    },
    // The sitemap pairs a page with exactly the translations its <head> names (hreflang), read
    // from the finished file, so a page restored from the last build is paired as well; a page its
    // head keeps out of search (the search page, whose results are drawn in the browser) is left out.
    head(url) {
      const file = builtPageFor(url, page.base);
      if (file === undefined) return { alternates: [], indexed: true };
      try {
        const html = readFileSync(join(outDir, file), "utf8");
        return { alternates: hreflangLinks(html), indexed: !keptOutOfSearch(html) };
      } catch {
        // No page at that address (a language's 404 page, moved to es/404.html): nothing to list.
        return { alternates: [], indexed: false };
      }
    },
  };
}
