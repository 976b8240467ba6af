import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import sirv from "sirv";
import { publishCachedFolder } from "../data/kept-files.ts";
import { pageDigest, searchIndexKey } from "../lib/html/search-index-key.ts";

/** The installed Pagefind's name and version: a new Pagefind may write another index. */
function indexerOf(root: string): string {
  const folder = createRequire(join(root, "package.json"))
    .resolve.paths("pagefind")
    ?.find((candidate) => existsSync(join(candidate, "pagefind/package.json")));
  const version = folder
    ? (JSON.parse(readFileSync(join(folder, "pagefind/package.json"), "utf8")) as { version: string }).version
    : `unknown ${Date.now()}`;
  return `pagefind ${version}`;
}

/**
 * Every built page (.html below the output folder), by its path there. Folders whose name starts
 * with a dot are skipped: Astro is still removing its own (.prerender) when the pages are done.
 */
async function builtPages(outDir: string, folder = ""): Promise<string[]> {
  const entries = await readdir(join(outDir, folder), { withFileTypes: true });
  const found = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.name.startsWith(".") || path === "pagefind") return [];
      if (entry.isDirectory()) return builtPages(outDir, path);
      return entry.isFile() && entry.name.endsWith(".html") ? [path] : [];
    }),
  );
  return found.flat();
}

/** Each built page's digest, read a few at a time: 5,000 pages are over 200 MB. */
async function pageDigests(outDir: string): Promise<Array<[string, string]>> {
  const pages = await builtPages(outDir);
  const digests: Array<[string, string]> = [];
  let next = 0;
  const reader = async () => {
    while (next < pages.length) {
      const path = pages[next++]!;
      digests.push([path, pageDigest(await readFile(join(outDir, path)))]);
    }
  };
  await Promise.all(Array.from({ length: 8 }, reader));
  return digests;
}

async function buildIndex(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) {
    throw new Error(`Pagefind could not index every page:\n${added.errors.join("\n")}`);
  }
  const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
  if (written.errors.length > 0) {
    throw new Error(`Pagefind could not write the search index: ${written.errors.join("; ")}`);
  }
  return added.page_count;
}

/**
 * The Pagefind search index. Pagefind reads and indexes the pages in its own process, so it starts
 * as soon as Astro has written the pages (`astro:build:generated`) and finishedPages() has moved
 * the island styles of the few pages with one, and works on another core while the sitemap and the
 * share images are written; astro-pagefind started only after all of those. Its `build:done`
 * waits for the index, so it comes last. Any indexing error stops the build: a site whose search
 * is broken is not published. In `astro dev`, /pagefind/ is served from the last build, as
 * astro-pagefind did.
 *
 * The index is kept in node_modules/.astro/search-index under a digest of every page and of
 * Pagefind's version (searchIndexKey): a build whose pages are all the same as the last one's (a
 * scheduled rebuild, a change that shows on no page) publishes the kept index, 1,190 pages'
 * worth in a fraction of Pagefind's time. Only the last index is kept.
 */
export function searchIndex({
  pagesFinished = () => Promise.resolve(),
}: {
  /** Settles when the pages are final (finishedPages().finished): their digests must be of what is published. */
  pagesFinished?: () => Promise<void>;
} = {}): AstroIntegration {
  let outDir = "";
  let keptDir = "";
  let indexer = "";
  let indexing: Promise<{ pages: number; kept: boolean }> | undefined;
  return {
    name: "search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        const root = fileURLToPath(config.root);
        keptDir = join(root, "node_modules/.astro/search-index");
        indexer = indexerOf(root);
      },
      "astro:server:setup": ({ server }) => {
        const serve = sirv(outDir, { dev: true, etag: true });
        server.middlewares.use((request, response, next) => {
          if (request.url?.startsWith("/pagefind/")) serve(request, response, next);
          else next();
        });
      },
      "astro:build:generated": () => {
        indexing = (async () => {
          await pagesFinished();
          const key = searchIndexKey(await pageDigests(outDir), indexer);
          const kept = join(keptDir, key);
          const published = join(outDir, "pagefind");
          // Removed first: the kept files are linked into the output, and nothing may write into them.
          await rm(published, { recursive: true, force: true });
          if (existsSync(join(kept, "pages"))) {
            await publishCachedFolder(join(kept, "pagefind"), published);
            return { pages: Number(await readFile(join(kept, "pages"), "utf8")), kept: true };
          }
          const pages = await buildIndex(outDir);
          // Kept for the next build; a folder that cannot be written only costs that build time.
          const temporary = `${kept}.${process.pid}.tmp`;
          try {
            await rm(keptDir, { recursive: true, force: true });
            await mkdir(temporary, { recursive: true });
            await publishCachedFolder(published, join(temporary, "pagefind"));
            await writeFile(join(temporary, "pages"), String(pages));
            await rename(temporary, kept);
          } catch (error) {
            await rm(temporary, { recursive: true, force: true });
            console.warn(`search-index: could not keep the index for the next build: ${String(error)}`);
          }
          return { pages, kept: false };
        })();
        // Reported when build:done awaits it, not as an unhandled rejection meanwhile.
        indexing.catch(() => {});
      },
      "astro:build:done": async ({ logger }) => {
        if (!indexing) return;
        try {
          const { pages, kept } = await indexing;
          logger.info(
            kept
              ? `Pagefind index of ${pages} pages reused: no page changed since the last build`
              : `Pagefind indexed ${pages} pages`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
