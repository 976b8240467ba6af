import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";

const LOCAL_IMAGE = /^\.{1,2}\/.+\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** Relative image paths in an entry's data that point at no file (heroImage, a photo, …). */
function missingImages(data: Record<string, unknown>, filePath: string | undefined): string[] {
  if (!filePath) return [];
  return Object.values(data).filter(
    (value): value is string =>
      typeof value === "string" && LOCAL_IMAGE.test(value) && !existsSync(resolve(dirname(filePath), value)),
  );
}

/**
 * Longer than the file watcher's quiet time for one file (chokidar passes on one "change" per file
 * in 50 ms and drops the rest).
 */
const SETTLE_MS = 60;

/**
 * The file's text once it stops changing. A save that empties the file and then writes it (Node's
 * writeFile, as the editor's local proxy saves) can be seen between the two. `read` is the text
 * when the change was seen.
 */
export async function settledText(file: URL, read: string, wait = SETTLE_MS): Promise<string> {
  let last = read;
  for (let attempt = 0; attempt < 20; attempt++) {
    await sleep(wait);
    const now = await readFile(file, "utf8").catch(() => last);
    if (now === last) return now;
    last = now;
  }
  return last;
}

type Watcher = NonNullable<LoaderContext["watcher"]>;
type Listener = (path: string, ...rest: unknown[]) => unknown;

/**
 * The watcher as the loader should see it: a file's "change" or "add" is passed on once the file
 * has stopped changing. Passed on at once, Astro's loader read a half-saved (empty) file, stored
 * its digest, and the watcher dropped the change that finished the save (one per file in 50 ms);
 * the next half-saved save then had the same digest as the stored one and was skipped, so the
 * preview kept an old title until a later save.
 */
export function settledWatcher(
  watcher: Watcher,
  wait = SETTLE_MS,
  afterEach: (path: string) => void = () => {},
  seen: WatchRecord = newWatchRecord(),
): Watcher {
  const settled =
    (listener: Listener): Listener =>
    async (path, ...rest) => {
      // Being settled: the catcher leaves it to this call.
      seen.pending.add(path);
      try {
        const read = await readFile(path, "utf8").catch(() => "");
        await settledText(pathToFileURL(path), read, wait);
        const handled = await stat(path).catch(() => undefined);
        if (handled) seen.handled.set(path, handled.mtimeMs);
      } finally {
        seen.pending.delete(path);
      }
      try {
        return await listener(path, ...rest);
      } finally {
        afterEach(path);
      }
    };
  return new Proxy(watcher, {
    get(target, property) {
      if (property === "on" || property === "addListener") {
        return (event: string, listener: Listener) => {
          if (event === "change" || event === "add") {
            const passed = settled(listener);
            if (event === "add") seen.addListeners.push(passed);
            target.on(event, passed);
          } else if (event === "unlink") {
            target.on(event, (path: string, ...rest: unknown[]) => {
              seen.handled.delete(path);
              return listener(path, ...rest);
            });
          } else target.on(event, listener);
          return target;
        };
      }
      if (property === "add") {
        return (paths: string | readonly string[]) => {
          for (const path of typeof paths === "string" ? [paths] : paths) seen.folders.add(resolve(path));
          return target.add(paths as string[]);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** What the loader asked of the watcher: the folders to watch, its "add" listeners; and the files passed on. */
export interface WatchRecord {
  folders: Set<string>;
  addListeners: Listener[];
  /** Each file passed on to the loader (added or changed, not removed since), with its time of change then. */
  handled: Map<string, number>;
  /** The files being passed on now (waiting for the save to settle). */
  pending: Set<string>;
}

export const newWatchRecord = (): WatchRecord => ({
  folders: new Set(),
  addListeners: [],
  handled: new Map(),
  pending: new Set(),
});

/** How often the preview looks for a content file that is not in its collection and was never passed on. */
const MISSED_FILE_CHECK_MS = 2_000;

/**
 * The files in the watched folders (with one of `extensions`) that are not in `known` (the
 * collection's files), are not being passed on now, and were never passed on to the loader as they
 * are now (a file that failed to load, at the start or later, is passed on again once it changes).
 */
export async function filesNotLoaded(
  seen: WatchRecord,
  known: ReadonlySet<string>,
  extensions: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  for (const folder of seen.folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || !extensions.some((extension) => entry.name.endsWith(extension))) continue;
      const path = join(entry.parentPath, entry.name);
      if (known.has(path) || seen.pending.has(path)) continue;
      const changed = await stat(path).then(
        (stats) => stats.mtimeMs,
        () => undefined,
      );
      if (changed !== undefined && seen.handled.get(path) !== changed) found.push(path);
    }
  }
  return found;
}

/**
 * Passes on, as added, each content file on disk that is not in the collection and that the loader
 * was never given as it is now. A new post could stay out of the preview until it was saved again:
 * its page said "could not be loaded yet" for a minute (seen once in CI, a new post with a video).
 * The file watcher can miss a new file: chokidar 3, which Vite uses, re-reads a folder at most once a
 * second and loses a change that comes meanwhile when the re-read outlasts that second.
 * The loader's own "add" listener checks the file is one of its collection's. Returns the function
 * that stops it.
 */
export function missedFileCatcher(
  seen: WatchRecord,
  known: () => Set<string>,
  extensions: readonly string[],
  every = MISSED_FILE_CHECK_MS,
  onError: (error: unknown) => void = () => {},
): () => void {
  let checking = false;
  const timer = setInterval(async () => {
    if (checking || seen.addListeners.length === 0) return;
    checking = true;
    try {
      for (const path of await filesNotLoaded(seen, known(), extensions)) {
        await Promise.all(seen.addListeners.map((listener) => listener(path)));
      }
    } catch (error) {
      // Never an unhandled rejection, which would stop the preview: the next round looks again.
      onError(error);
    } finally {
      checking = false;
    }
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The catcher of each collection's loader, stopped when the collection is loaded again (a full
 * sync). Kept on globalThis, in case a changed content config loads a new copy of this module.
 */
const catchers: Map<string, () => void> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("forgiving-loader.catchers")
] ??= new Map<string, () => void>()) as Map<string, () => void>;

/** Longer than Astro's store waits before it writes its files (500 ms) and the write itself. */
const MODULE_LIST_CHECK_MS = 1_000;

/**
 * Asks Astro's store, a moment after the loader has read a saved file, to write its list of MDX
 * modules (.astro/content-modules.mjs) once more. Astro writes that list after each change, but a
 * write asked for while another is under way writes the first one's list again, and the store then
 * takes its own list as written: a new post's module could be missing from the file until another
 * save, and its page failed in the preview with Astro's "Unexpected error while rendering" (seen in
 * about half the runs of a dev test that adds a post with a video). The store rebuilds the list from
 * its entries when it writes, and writes nothing when the file already holds it.
 */
export function moduleListRewriter(
  store: Pick<LoaderContext["store"], "addModuleImport">,
  root: string,
  wait = MODULE_LIST_CHECK_MS,
): (path: string) => void {
  return (path) => {
    if (!/\.mdx?$/.test(path)) return;
    setTimeout(() => store.addModuleImport(relative(root, path).split(sep).join("/")), wait).unref();
  };
}

interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<unknown> | unknown;
}

/**
 * Lets `astro dev` start while a content file is broken. Astro's glob loader stops the whole
 * content sync at the first broken file, so one typo would keep the preview from starting. In dev,
 * during the first sync only, a file that cannot be read or does not match its schema is left out
 * of the collection (the page for it shows the content check's message instead, see
 * src/data/content-checks.ts); once the preview runs, Astro reloads each saved file itself, so
 * fixing the file brings it back without a restart. `astro build` is unchanged: the content
 * pre-check (src/integrations/content-guard.ts) has stopped it with every mistake listed before
 * this loader runs.
 *
 * While the preview runs, a saved file is read once the save is done (settledWatcher), and a file
 * the watcher never reported is loaded within a few seconds all the same (missedFileCatcher).
 *
 * In dev it also keeps an entry whose image file is missing out of the collection (or at its last
 * good version): Astro would otherwise fail every page that lists the collection, not only that
 * entry's page.
 */
export function forgivingInDev(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      if (!context.watcher) return loader.load(context);
      const broken = new Set<string>();
      const seen = newWatchRecord();
      const root = fileURLToPath(context.config.root);
      let firstSync = true;
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const forgivingTypes = entryTypes
        ? new Map(
            [...entryTypes].map(([extension, type]) => [
              extension,
              {
                ...type,
                getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
                  try {
                    return await type.getEntryInfo(params);
                  } catch (error) {
                    if (!firstSync) throw error;
                    return { data: { __unreadable: true }, body: "", slug: "", rawData: "" };
                  }
                },
              },
            ]),
          )
        : undefined;
      const forgivingContext: LoaderContext = {
        ...context,
        watcher: settledWatcher(context.watcher, SETTLE_MS, moduleListRewriter(context.store, root), seen),
        ...(forgivingTypes ? { entryTypes: forgivingTypes } : {}),
        parseData: async (props) => {
          try {
            const data = props.data as Record<string, unknown>;
            if (data["__unreadable"]) throw new Error("unreadable");
            // A missing image would otherwise fail every page that lists the collection, not just
            // this entry's page: keep the entry out (or at its last good version) until it is fixed.
            const missing = missingImages(data, props.filePath);
            if (missing.length > 0) throw new Error(`no image file at ${missing.join(", ")}`);
            return await context.parseData(props);
          } catch (error) {
            if (!firstSync) throw error;
            broken.add(props.id);
            // Passed on as it is now: the catcher gives it to the loader again once it changes.
            if (props.filePath) {
              const file = resolve(root, props.filePath);
              const changed = await stat(file).catch(() => undefined);
              if (changed) seen.handled.set(file, changed.mtimeMs);
            }
            return props.data;
          }
        },
      };
      await loader.load(forgivingContext);
      firstSync = false;
      for (const id of broken) context.store.delete(id);
      catchers.get(context.collection)?.();
      catchers.set(
        context.collection,
        missedFileCatcher(
          seen,
          () =>
            new Set(
              [...context.store.values()].flatMap((entry) =>
                entry.filePath ? [resolve(root, entry.filePath)] : [],
              ),
            ),
          entryTypes ? [...entryTypes.keys()] : [".md", ".mdx", ".json", ".yaml", ".yml"],
          undefined,
          (error) => context.logger.warn(`Looking for new content files failed: ${String(error)}`),
        ),
      );
      if (broken.size > 0) {
        context.logger.warn(
          `Left out while broken: ${[...broken].join(", ")}. Open the page to see what to fix.`,
        );
      }
    },
  };
}
