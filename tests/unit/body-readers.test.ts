import { Worker } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import type { ContentFile } from "../../src/lib/content/checks.ts";

// The pre-check reads bodies on every core before it checks the site (src/data/body-readers.ts):
// what a worker read must be what this thread would have read, mistakes and all.
const BODIES = [
  "Plain words with a [link](/quiz/) and an ![x-ray](./x-ray.jpg).",
  '<script>alert("hi")</script>',
  '<Callout kind="note">Ask your doctor first.</Callout>',
  "A [link](javascript:alert(1)) and {1 + 1}.",
  "## A heading\n\n- a list\n- [another link](/massage/swedish/)",
];
// About a real post's length, so that this thread is still reading when the worker has started.
const post = (index: number): ContentFile => ({
  file: `content/posts/generated-${index}.mdx`,
  text: `---\ntitle: Post ${index}\n---\n\n${Array.from({ length: 12 }, () => BODIES[index % BODIES.length]).join("\n\n")}\n`,
});

/** The rules and the readers in a module instance of their own, so nothing is remembered yet. */
async function freshModules() {
  vi.resetModules();
  const rules = await import("../../src/lib/content/body-rules.ts");
  const readers = await import("../../src/data/body-readers.ts");
  return { rules, readers };
}

describe("reading bodies on every core", () => {
  const files = Array.from({ length: 200 }, (_, index) => post(index));

  it("a worker reads each body as this thread does, mistakes and all", async () => {
    const { rules } = await freshModules();
    const expected = files.map((file) => rules.readBody(file));
    expect(expected.some((facts) => facts.problems.length > 0)).toBe(true);
    // The worker alone takes every body from the counter.
    const worker = new Worker(new URL("../../src/data/body-reader-worker.ts", import.meta.url), {
      workerData: { bodies: files, next: new Int32Array(new SharedArrayBuffer(4)) },
    });
    const read = await new Promise<Array<[number, unknown]>>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    expect(read.map(([index]) => index)).toEqual(files.map((_, index) => index));
    expect(read.map(([, facts]) => facts)).toEqual(expected);
  });

  it("leaves every body read for the check, whichever thread read it", async () => {
    const alone = await freshModules();
    const expected = files.map((file) => alone.rules.readBody(file));
    const { rules, readers } = await freshModules();
    const { inWorkers } = await readers.readBodiesOnEveryCore(files, 2);
    expect(inWorkers).toBeLessThanOrEqual(files.length);
    expect(files.map((file) => rules.recallBody(file))).toEqual(expected);
  });

  it("forgets what it read once the build's check is done with it", async () => {
    const { rules, readers } = await freshModules();
    await readers.readBodiesOnEveryCore(files, 2);
    rules.forgetBodies();
    expect(files.map((file) => rules.recallBody(file))).toEqual(files.map(() => undefined));
  });

  it("starts no worker for a few bodies: the check reads them itself", async () => {
    const few = files.slice(0, 20);
    const { rules, readers } = await freshModules();
    expect(await readers.readBodiesOnEveryCore(few, 2)).toEqual({ inWorkers: 0 });
    expect(few.map((file) => rules.recallBody(file))).toEqual(few.map(() => undefined));
  });
});
