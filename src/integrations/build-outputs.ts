import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { moveIslandStyleToHead } from "../lib/html/island-style";
import { builtPageFor, lastModifiedFromHtml } from "../lib/seo/sitemap-lastmod";

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
 * them before the build ends. Share images come from a cache kept between builds: a file copy costs
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

/**
 * One pass over the built pages, right after Astro renders them: moves Astro's island style into
 * <head> (a <style> in <body> is invalid HTML) and notes each post's date for the sitemap
 * (`lastmod`, read from the page's `article:modified_time` or `article:published_time`, so the
 * config never parses content). The search index reads the same files meanwhile: a changed page is
 * written beside it and renamed over it, so a reader sees either whole version, and both index
 * alike (only a <style> moves).
 */
export function finishedPages(): AstroIntegration & { lastmod: (url: string) => string | undefined } {
  const dates = new Map<string, string>();
  let outDir = "";
  let base = "/";
  let pass: Promise<void> | undefined;
  return {
    name: "finished-pages",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      // Started when Astro has written the pages, alongside the search index (search-index.ts), and
      // awaited before the sitemap, which comes after this integration and needs the dates.
      "astro:build:generated": () => {
        pass = (async () => {
          const files = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith(".html"));
          await Promise.all(
            files.map(async (name) => {
              const path = join(outDir, name);
              const html = await readFile(path, "utf8");
              const date = lastModifiedFromHtml(html);
              if (date) dates.set(name.split(sep).join("/"), date.toISOString());
              const moved = moveIslandStyleToHead(html);
              if (moved !== html) {
                await writeFile(`${path}.tmp`, moved);
                await rename(`${path}.tmp`, path);
              }
            }),
          );
        })();
        pass.catch(() => {});
      },
      "astro:build:done": async () => {
        await pass;
      },
    },
    lastmod(url) {
      const file = builtPageFor(url, base);
      return file === undefined ? undefined : dates.get(file);
    },
  };
}
