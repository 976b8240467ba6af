import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { ogCacheFile, storeAtomically, type GetOgImageOptions } from "./og-cache.ts";
import { loadOgFonts } from "./og-fonts.ts";
import type { OgImageInput } from "./og-layout.ts";
import { renderOgImage } from "./og-render.ts";

// Drawing the share images a build needs ahead of the route that publishes them, a few at a time,
// and once per process however many callers ask.

/**
 * How many share images are drawn at once: one per core keeps every core busy while leaving
 * libuv's other threads free for the build's file writes. OG_IMAGE_CONCURRENCY overrides it;
 * 0 turns drawing ahead off (each image is then drawn when Astro asks for it, one at a time).
 */
export function ogImageConcurrency(env: Record<string, string | undefined> = process.env): number {
  const configured = env["OG_IMAGE_CONCURRENCY"];
  if (configured !== undefined && configured !== "" && Number.isInteger(Number(configured))) {
    return Math.max(0, Number(configured));
  }
  return availableParallelism();
}

export interface OgImagesAhead {
  /** How many images were missing from the cache and not being drawn yet: this call draws them. */
  drawing: number;
  /** How many were already being drawn by an earlier call in this process (see below). */
  joined: number;
  /** How many were found in the cache. */
  cached: number;
  /** Resolves when this input's image is in the cache; rejects if drawing it failed. */
  ready: (input: OgImageInput) => Promise<void>;
}

// Images being drawn in this process, by cache file. The build starts drawing before Astro loads
// content (src/integrations/share-images.ts) and the share-image route, called much later, joins
// those drawings instead of drawing the same images again. The two callers hold two copies of
// this module (the config's and the build's bundle), so the list lives on a global.
const IN_FLIGHT = Symbol.for("back-pain-massage-site.og-images-in-flight");
function imagesInFlight(): Map<string, Promise<void>> {
  const registry = globalThis as typeof globalThis & { [IN_FLIGHT]?: Map<string, Promise<void>> };
  return (registry[IN_FLIGHT] ??= new Map());
}

/** Notes that `file` is being drawn until `drawing` settles, so a later call joins that drawing. */
function noteOgImageInFlight(file: string, drawing: Promise<void>): void {
  const inFlight = imagesInFlight();
  inFlight.set(file, drawing);
  drawing.then(
    () => inFlight.delete(file),
    () => inFlight.delete(file),
  );
}

/**
 * Starts drawing every share image that is neither cached nor already being drawn,
 * `concurrency` at a time, in the background, so the thread pool works while the build does
 * other things. Callers await `ready(input)` and then read the cache, so the PNG bytes are the same
 * whether they were drawn ahead or not.
 */
export function drawOgImagesAhead(
  inputs: OgImageInput[],
  {
    cacheDir,
    fonts = loadOgFonts(),
    render = renderOgImage,
    concurrency = ogImageConcurrency(),
  }: GetOgImageOptions & {
    concurrency?: number;
  },
): OgImagesAhead {
  const inFlight = imagesInFlight();
  const pending = new Map<string, OgImageInput>();
  const joined = new Map<string, Promise<void>>();
  let cached = 0;
  for (const input of inputs) {
    const file = ogCacheFile(input, cacheDir, fonts);
    const drawing = inFlight.get(file);
    if (drawing) joined.set(file, drawing);
    else if (existsSync(file)) cached += 1;
    else pending.set(file, input);
  }
  const jobs = new Map<string, Promise<void>>();
  const queue = [...pending.entries()];
  const draw = async ([file, input]: [string, OgImageInput]) => {
    await storeAtomically(file, await render(input, fonts));
  };
  // A fixed number of lanes, each taking the next image when it finishes one.
  const waiting = new Map<string, { resolve: () => void; reject: (error: unknown) => void }>();
  if (concurrency > 0) {
    for (const [file] of queue) {
      const job = new Promise<void>((resolve, reject) => {
        waiting.set(file, { resolve, reject });
      });
      jobs.set(file, job);
      // Once settled the file is in the cache (or drawing it failed, which its caller reports).
      noteOgImageInFlight(file, job);
    }
  }
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < queue.length) {
      const job = queue[next];
      next += 1;
      if (!job) continue;
      const settle = waiting.get(job[0]);
      try {
        await draw(job);
        settle?.resolve();
      } catch (error) {
        settle?.reject(error);
      }
    }
  };
  if (concurrency > 0) {
    for (let index = 0; index < Math.min(concurrency, queue.length); index += 1) void lane();
  }
  return {
    drawing: queue.length,
    joined: joined.size,
    cached,
    ready: (input) => {
      const file = ogCacheFile(input, cacheDir, fonts);
      return jobs.get(file) ?? joined.get(file) ?? Promise.resolve();
    },
  };
}
