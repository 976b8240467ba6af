import { describe, expect, it } from "vitest";
import type { Loader, LoaderContext } from "astro/loaders";
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
// Astro's own store, to show the race the preview works around (not part of Astro's public API).
import { MutableDataStore } from "../../node_modules/astro/dist/content/mutable-data-store.js";
import {
  forgivingInDev,
  missedFileCatcher,
  moduleListRewriter,
  newWatchRecord,
  settledText,
  settledWatcher,
} from "../../src/lib/content/forgiving-loader.ts";

/**
 * A stand-in for Astro's glob loader: reads each "file" and stores what the schema accepts; like the
 * real one, it keeps the context it was given to reload a file when the file is saved.
 */
function fakeGlob(files: Record<string, Record<string, unknown>>) {
  let given: LoaderContext | undefined;
  const sync = async (context: LoaderContext, id: string, data: Record<string, unknown>) => {
    const parsed = await context.parseData({ id, data, filePath: `/site/content/posts/${id}.mdx` });
    context.store.set({ id, data: parsed });
  };
  const loader: Loader = {
    name: "fake-glob",
    load: async (context) => {
      given = context;
      for (const [id, data] of Object.entries(files)) await sync(context, id, data);
    },
  };
  return { loader, save: (id: string, data: Record<string, unknown>) => sync(given!, id, data) };
}

function context(dev: boolean) {
  const stored = new Map<string, unknown>();
  const warnings: string[] = [];
  const ctx = {
    collection: "posts",
    config: { root: pathToFileURL("/site/") },
    watcher: dev ? {} : undefined,
    logger: { warn: (text: string) => warnings.push(text) },
    store: {
      set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data),
      delete: (id: string) => stored.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      if (typeof data["title"] !== "string") throw new Error("title: Required");
      return data;
    },
  } as unknown as LoaderContext;
  return { ctx, stored, warnings };
}

describe("the content loader while writing (astro dev)", () => {
  const files = { good: { title: "Good" }, broken: { titel: "Typo" } };

  it("starts with the good entries and leaves a broken one out, saying so", async () => {
    const { ctx, stored, warnings } = context(true);
    await forgivingInDev(fakeGlob(files).loader).load(ctx);
    expect([...stored.keys()]).toEqual(["good"]);
    expect(warnings.join()).toMatch(/Left out while broken: broken\. Open the page/);
  });

  it("after the start, a file saved broken fails its own reload (Astro keeps the last good version); fixed, it is back", async () => {
    const { ctx, stored } = context(true);
    const glob = fakeGlob(files);
    await forgivingInDev(glob.loader).load(ctx);
    await expect(glob.save("good", { titel: "x" })).rejects.toThrow(/title/);
    expect(stored.get("good")).toEqual({ title: "Good" });
    await glob.save("broken", { title: "Fixed" });
    expect(stored.get("broken")).toEqual({ title: "Fixed" });
  });

  it("keeps an entry whose image file is missing out, instead of failing every page that lists it", async () => {
    const { ctx, stored } = context(true);
    await forgivingInDev(
      fakeGlob({ pic: { title: "Pic", heroImage: "./images/not-there.jpg" } }).loader,
    ).load(ctx);
    expect(stored.has("pic")).toBe(false);
  });

  it("leaves astro build to Astro: the first broken file fails the load (the pre-check has listed them all)", async () => {
    const { ctx } = context(false);
    await expect(forgivingInDev(fakeGlob(files).loader).load(ctx)).rejects.toThrow(/title: Required/);
  });
});

describe("a file seen half-saved in the preview", () => {
  it("is read again once the save is done: emptied, then written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "settled-"));
    const file = join(dir, "post.mdx");
    writeFileSync(file, "");
    // The save's second half lands after the watcher saw the emptied file.
    setTimeout(() => writeFileSync(file, "---\ntitle: New\n---\n"), 20);
    expect(await settledText(pathToFileURL(file), "")).toBe("---\ntitle: New\n---\n");
    rmSync(dir, { recursive: true });
  });

  it("keeps a whole file as it was read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "settled-"));
    const file = join(dir, "post.mdx");
    writeFileSync(file, "---\ntitle: Same\n---\n");
    expect(await settledText(pathToFileURL(file), "---\ntitle: Same\n---\n")).toBe("---\ntitle: Same\n---\n");
    rmSync(dir, { recursive: true });
  });
});

describe("the watcher the loader is given in the preview", () => {
  it("passes a save on once it is done, each time, when the watcher reports only the emptied file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "settled-"));
    const file = join(dir, "post.mdx");
    writeFileSync(file, "---\ntitle: First\n---\n");
    const chokidar = new EventEmitter();
    const watcher = settledWatcher(chokidar as never);
    const seen: string[] = [];
    // Like Astro's loader: the listener reads the file when it is told of the change.
    watcher.on("change", (path: string) => void seen.push(readFileSync(path, "utf8")));
    for (const title of ["Second", "Third"]) {
      writeFileSync(file, "");
      const told = new Promise((done) => chokidar.once("change", done));
      chokidar.emit("change", file);
      // The save's second half comes within the watcher's 50 ms, so it is not reported.
      await new Promise((done) => setTimeout(done, 20));
      writeFileSync(file, `---\ntitle: ${title}\n---\n`);
      await told;
      await expect.poll(() => seen.at(-1)).toBe(`---\ntitle: ${title}\n---\n`);
    }
    expect(seen).not.toContain("");
    rmSync(dir, { recursive: true });
  });

  it("passes other events and calls through unchanged", () => {
    const chokidar = Object.assign(new EventEmitter(), {
      added: [] as string[],
      add(path: string) {
        this.added.push(path);
      },
    });
    const watcher = settledWatcher(chokidar as never) as unknown as typeof chokidar;
    const removed: string[] = [];
    watcher.on("unlink", (path: string) => removed.push(path));
    chokidar.emit("unlink", "/site/content/posts/gone.mdx");
    watcher.add("/site/content/posts");
    expect(removed).toEqual(["/site/content/posts/gone.mdx"]);
    expect(chokidar.added).toEqual(["/site/content/posts"]);
  });
});

describe("a new file the watcher never reports", () => {
  it("is passed on as added, once; a file the loader knows, or one already passed on, is not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "missed-"));
    const chokidar = Object.assign(new EventEmitter(), { add() {} });
    const seen = newWatchRecord();
    const watcher = settledWatcher(chokidar as never, 5, () => {}, seen);
    const added: string[] = [];
    // Like Astro's glob loader: it watches its folder and listens for files added and removed.
    watcher.on("add", (path: string) => void added.push(path));
    watcher.on("unlink", () => {});
    watcher.add(dir);
    writeFileSync(join(dir, "known.mdx"), "---\ntitle: Known\n---\n");
    writeFileSync(join(dir, "photo.jpg"), "not a content file");
    writeFileSync(join(dir, "reported.mdx"), "---\ntitle: Reported\n---\n");
    chokidar.emit("add", join(dir, "reported.mdx"));
    await expect.poll(() => added).toEqual([join(dir, "reported.mdx")]);
    // Created while the watcher re-read the folder: no event comes.
    writeFileSync(join(dir, "missed.mdx"), "---\ntitle: Missed\n---\n");
    const stop = missedFileCatcher(seen, () => new Set([join(dir, "known.mdx")]), [".mdx"], 20);
    await expect.poll(() => added).toEqual([join(dir, "reported.mdx"), join(dir, "missed.mdx")]);
    await new Promise((done) => setTimeout(done, 100));
    expect(added).toHaveLength(2);
    // A file passed on that did not load (not in the collection) is passed on again once it changes.
    writeFileSync(join(dir, "missed.mdx"), "---\ntitle: Missed, saved again\n---\n");
    utimesSync(join(dir, "missed.mdx"), new Date(), new Date(Date.now() + 5_000));
    await expect.poll(() => added).toHaveLength(3);
    // Removed (reported), then written again as it was, unreported: passed on again.
    chokidar.emit("unlink", join(dir, "missed.mdx"));
    await expect.poll(() => added).toHaveLength(4);
    stop();
    rmSync(dir, { recursive: true });
  });
});

describe("Astro's list of MDX modules in the preview", () => {
  const ROOT = mkdtempSync(join(tmpdir(), "module-list-"));
  const FILE = pathToFileURL(join(ROOT, "content-modules.mjs"));
  const listed = () => readFileSync(FILE, "utf8").match(/content\/posts\/\w+\.mdx/g) ?? [];
  const entry = (id: string) => ({
    id,
    data: {},
    filePath: `content/posts/${id}.mdx`,
    digest: id,
    deferredRender: true,
  });

  it("a post lost from the list by two writes at once is written into it again", async () => {
    const store = await MutableDataStore.fromMap(new Map());
    const posts = store.scopedStore("posts");
    posts.set(entry("first"));
    await store.writeModuleImports(FILE);
    // Astro's own race: the second write, asked for while the first is under way, writes the first
    // one's list. When Astro fixes it this line fails, and moduleListRewriter can go.
    posts.set(entry("second"));
    const under = store.writeModuleImports(FILE);
    posts.set(entry("third"));
    await Promise.all([under, store.writeModuleImports(FILE)]);
    await new Promise((done) => setTimeout(done, 700));
    expect(listed()).toEqual(["content/posts/first.mdx", "content/posts/second.mdx"]);

    moduleListRewriter(posts, ROOT, 10)(join(ROOT, "content/posts/third.mdx"));
    await expect.poll(listed, { timeout: 5_000 }).toContain("content/posts/third.mdx");
  });

  it("is asked for once the loader has read the saved file, and only for MDX and Markdown", async () => {
    const dir = mkdtempSync(join(tmpdir(), "settled-"));
    const order: string[] = [];
    const chokidar = new EventEmitter();
    const watcher = settledWatcher(chokidar as never, 5, (path) => order.push(`rewrite ${path}`));
    watcher.on("add", async (path: string) => {
      await new Promise((done) => setTimeout(done, 20));
      order.push(`read ${path}`);
    });
    const file = join(dir, "post.mdx");
    writeFileSync(file, "---\ntitle: New\n---\n");
    chokidar.emit("add", file);
    await expect.poll(() => order).toEqual([`read ${file}`, `rewrite ${file}`]);

    const asked: string[] = [];
    const rewrite = moduleListRewriter({ addModuleImport: (path) => void asked.push(path) }, dir, 1);
    rewrite(join(dir, "content", "posts", "new.mdx"));
    rewrite(join(dir, "content", "settings.yaml"));
    await expect.poll(() => asked).toEqual(["content/posts/new.mdx"]);
    rmSync(dir, { recursive: true });
  });
});
