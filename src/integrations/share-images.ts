import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import type { PublishedContent } from "../lib/content/site-check";
import {
  drawOgImagesAhead,
  noteOgImageInFlight,
  OG_CACHE_DIR,
  ogCacheFile,
  ogImageConcurrency,
  type OgImageInput,
} from "../lib/seo/og-image";
import type { OgWorkerData, OgWorkerResult } from "../lib/seo/og-worker";
import { shareImages } from "../lib/seo/og-paths";
import { COPY_DIR, parseCopy, siteCopySchema } from "../lib/site/copy";
import { parseSettings, SETTINGS_FILE } from "../lib/site/settings";

/** The share images the build will publish (shareImages()), from the content check's findings. */
export function shareImageInputs(root: string, published: PublishedContent): OgImageInput[] {
  const settings = parseSettings(readFileSync(join(root, SETTINGS_FILE), "utf8"));
  const siteFile = `${COPY_DIR}/site.yaml`;
  const labels = parseCopy(siteCopySchema, readFileSync(join(root, siteFile), "utf8"), siteFile).shareImage;
  return shareImages(settings, labels, published.posts, published.massageTypes).map(({ input }) => input);
}

/**
 * Draws the images missing from the cache on a worker thread, so the main thread, which renders
 * every page, never waits for satori. Each image is noted as in flight until the worker reports it
 * cached. If the worker cannot run, the images are drawn on this thread instead.
 */
function drawOnWorker(missing: OgImageInput[], cacheDir: string, logger: AstroIntegrationLogger): void {
  const settle = missing.map(() => ({ resolve: () => {}, reject: (_error: Error) => {} }));
  missing.forEach((input, index) => {
    const drawing = new Promise<void>((resolve, reject) => {
      settle[index] = { resolve, reject };
    });
    drawing.catch(() => {}); // reported by whoever awaits the image
    noteOgImageInFlight(ogCacheFile(input, cacheDir), drawing);
  });
  const done = new Set<number>();
  const workerData: OgWorkerData = { inputs: missing, cacheDir, concurrency: ogImageConcurrency() };
  const worker = new Worker(new URL("../lib/seo/og-worker.ts", import.meta.url), { workerData });
  worker.on("message", ({ index, error }: OgWorkerResult) => {
    done.add(index);
    if (error) settle[index]?.reject(new Error(error));
    else settle[index]?.resolve();
  });
  worker.on("error", (error) => {
    const left = missing.filter((_, index) => !done.has(index));
    logger.warn(
      `share images: drawing on a worker thread failed (${error.message}); drawing ${left.length} here`,
    );
    const ahead = drawOgImagesAhead(left, { cacheDir });
    missing.forEach((input, index) => {
      if (!done.has(index)) ahead.ready(input).then(settle[index]?.resolve, settle[index]?.reject);
    });
  });
}

/**
 * Starts drawing the share images missing from the cache as soon as the content check has passed:
 * Astro then loads the content and bundles the site for a third of the build, and renders pages on
 * one core for another third; the images are drawn on the other. The route joins these drawings
 * when Astro reaches it. OG_IMAGE_CONCURRENCY=0 leaves every image to the route, one at a time.
 */
export function shareImagesAhead(published: () => PublishedContent | undefined): AstroIntegration {
  let root = "";
  return {
    name: "share-images-ahead",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:start": ({ logger }) => {
        const content = published();
        if (!content) return;
        const inputs = shareImageInputs(root, content);
        const missing = inputs.filter((input) => !existsSync(ogCacheFile(input, OG_CACHE_DIR)));
        logger.info(
          `share images: ${missing.length} to draw, ${inputs.length - missing.length} cached in ${OG_CACHE_DIR}`,
        );
        if (missing.length > 0 && ogImageConcurrency() > 0) drawOnWorker(missing, OG_CACHE_DIR, logger);
      },
    },
  };
}
