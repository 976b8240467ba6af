import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import sirv from "sirv";

/**
 * The Pagefind search index. Pagefind reads and indexes the pages in its own process, so it starts
 * as soon as Astro has written the pages (`astro:build:generated`) and works on another core while
 * finishedPages() makes its pass and the sitemap and share images are written; astro-pagefind
 * started only after all of those. Its `build:done` waits for the index, so it comes last. Any indexing error stops the build: a site whose search is
 * broken is not published. In `astro dev`, /pagefind/ is served from the last build, as
 * astro-pagefind did.
 */
export function searchIndex(): AstroIntegration {
  let outDir = "";
  let indexing: Promise<number> | undefined;
  return {
    name: "search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
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
        })();
        // Reported when build:done awaits it, not as an unhandled rejection meanwhile.
        indexing.catch(() => {});
      },
      "astro:build:done": async ({ logger }) => {
        if (!indexing) return;
        try {
          logger.info(`Pagefind indexed ${await indexing} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
