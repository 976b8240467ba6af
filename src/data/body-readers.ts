import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { readBody, recallBody, rememberBody, type BodyFacts } from "../lib/content/body-rules.ts";
import type { ContentFile } from "../lib/content/checks.ts";

// Reading MDX bodies is the pre-check's largest cost on a build with nothing kept (about 2.5 ms a
// body; the rest of the check reads frontmatter). It runs before anything else of the build, with
// every other core idle, so the bodies are shared out: this thread and one worker per other core
// each take the next unread body from one shared counter until none is left.

/** Below this many unread bodies a worker's start (about 0.2 s) costs more than it saves. */
const FEWEST_FOR_WORKERS = 100;

/** What the worker is given: the bodies and the counter they are taken by. */
export interface BodyReaderTask {
  bodies: ContentFile[];
  next: Int32Array;
}

/** What the worker sends back: each body it read, by its place in `bodies`. */
export type BodiesRead = Array<[index: number, facts: BodyFacts]>;

/** Takes the next body from `next` and reads it, until every body is taken; returns what it read. */
export function readSharedBodies({ bodies, next }: BodyReaderTask): BodiesRead {
  const read: BodiesRead = [];
  for (let index = Atomics.add(next, 0, 1); index < bodies.length; index = Atomics.add(next, 0, 1)) {
    const body = bodies[index];
    if (body) read.push([index, readBody(body)]);
  }
  return read;
}

/**
 * Reads every body not read yet (see recallBody) on every core, so the check that follows finds
 * them all read. A worker that fails leaves its bodies unread, and the check reads them itself:
 * the outcome is the same, only slower. Returns how many bodies the workers read.
 */
export async function readBodiesOnEveryCore(
  files: readonly ContentFile[],
  cores = availableParallelism(),
): Promise<{ inWorkers: number }> {
  const bodies = files.filter((file) => !recallBody(file));
  const workers = Math.min(cores - 1, Math.floor(bodies.length / FEWEST_FOR_WORKERS));
  if (workers < 1) return { inWorkers: 0 };
  const task: BodyReaderTask = { bodies, next: new Int32Array(new SharedArrayBuffer(4)) };
  const fromWorkers = Array.from(
    { length: workers },
    () =>
      new Promise<BodiesRead>((resolve) => {
        const worker = new Worker(new URL("./body-reader-worker.ts", import.meta.url), { workerData: task });
        let read: BodiesRead = [];
        worker.once("message", (message: BodiesRead) => (read = message));
        // Once the worker has exited, its memory is given back before Vite bundles the site.
        worker.once("exit", () => resolve(read));
      }),
  );
  // This thread reads too, while the workers start; their results arrive once it has no body left.
  readSharedBodies(task);
  let inWorkers = 0;
  for (const read of await Promise.all(fromWorkers)) {
    for (const [index, facts] of read) {
      const body = bodies[index];
      if (body) rememberBody(body, facts);
    }
    inWorkers += read.length;
  }
  return { inWorkers };
}
