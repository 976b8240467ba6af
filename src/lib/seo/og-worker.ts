// Draws share images on a thread of its own (see drawOgImagesInWorker in og-image-worker.ts), so
// the build's main thread keeps rendering pages while the images are drawn on another core.
// Node runs this file directly, not through Vite, hence the explicit ".ts" in the import.
import { parentPort, workerData } from "node:worker_threads";
import { drawOgImagesAhead, type OgImageInput } from "./og-image.ts";

export interface OgWorkerData {
  inputs: OgImageInput[];
  cacheDir: string;
  concurrency: number;
}

/** One message per image, in any order: its index in `inputs`, and the error if drawing failed. */
export interface OgWorkerResult {
  index: number;
  error?: string;
}

const { inputs, cacheDir, concurrency } = workerData as OgWorkerData;
const ahead = drawOgImagesAhead(inputs, { cacheDir, concurrency });
inputs.forEach((input, index) => {
  ahead.ready(input).then(
    () => parentPort?.postMessage({ index } satisfies OgWorkerResult),
    (error: unknown) => parentPort?.postMessage({ index, error: String(error) } satisfies OgWorkerResult),
  );
});
