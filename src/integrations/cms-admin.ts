import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build, context, type BuildContext, type BuildOptions } from "esbuild";
import { combinedCss } from "../lib/html/page-css.ts";

// The editor's script comes from the installed npm package (pinned in package-lock.json) and is
// served by the site itself at /admin/: nothing is fetched from a CDN.
const EDITOR_DIST = dirname(createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js"));

/** The editor's files: the main script and the chunks it loads on demand (no source maps). */
export const isEditorFile = (name: string) => /^(?:\d+\.)?decap-cms\.js$/.test(name);

/**
 * The site's own editor scripts, each bundled from its entry in src/admin/ with the rules it
 * imports from src/lib/: start.js runs before the editor's script (it holds back the editor's own
 * start), editor.js after it (it registers with the loaded editor).
 */
export const EDITOR_BUNDLES: Readonly<Record<string, string>> = {
  "start.js": "src/admin/start.ts",
  "editor.js": "src/admin/index.ts",
};

/** esbuild's options for one of EDITOR_BUNDLES, bundled for the browser. */
function editorBundleOptions(root: string, name: string, minify: boolean): BuildOptions {
  const entry = EDITOR_BUNDLES[name];
  if (!entry) throw new Error(`${name} is not one of the editor's scripts.`);
  return {
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify,
    legalComments: "none",
    logLevel: "silent",
    // A widget's stylesheet is imported as text ("./x.css?raw", as Vite reads it in the tests) and
    // put on the page by the widget.
    loader: { ".css": "text" },
  };
}

/** Bundles one of EDITOR_BUNDLES for the browser. */
export async function bundleEditorScript(root: string, name: string, minify: boolean): Promise<string> {
  const result = await build(editorBundleOptions(root, name, minify));
  return result.outputFiles?.[0]?.text ?? "";
}

/**
 * The editor's scripts for `astro dev`, bundled again on each request so that a changed rule is in
 * the next page load. esbuild keeps each bundle's context and parses again only the files that
 * changed: bundling from scratch on every editor page load was most of the preview's own CPU in
 * the editor's tests. `dispose` ends the contexts with the server.
 */
export function editorScriptBundler(root: string) {
  const contexts = new Map<string, Promise<BuildContext>>();
  return {
    bundle: async (name: string): Promise<string> => {
      let kept = contexts.get(name);
      if (!kept) {
        kept = context(editorBundleOptions(root, name, false));
        contexts.set(name, kept);
      }
      const result = await (await kept).rebuild();
      return result.outputFiles?.[0]?.text ?? "";
    },
    dispose: async () => {
      const kept = [...contexts.values()];
      contexts.clear();
      await Promise.all(kept.map(async (each) => (await each).dispose()));
    },
  };
}

/** The stylesheets of a post page and of a massage type's page in one file, for the editor's preview pane (src/admin/preview-template.ts). */
export const PREVIEW_CSS = "preview.css";

/**
 * The pages whose styles the preview pane uses, the same in `astro dev` and in the build: the first
 * page that shows a post's article, and the first that shows a massage type's sessions table. One of
 * each is enough: every post page imports the same post stylesheet and, through the MDX component
 * map, every component's styles; every type's page the same table and page styles. (A page with the
 * quiz also carries Astro's rule for island wrappers, which the pane never draws.) A draft (in the
 * build) or an entry with a mistake renders neither: the next one is read.
 */
const PREVIEWED = [
  { folder: "blog", content: "content/posts", shows: 'class="post prose"' },
  { folder: "massage", content: "content/massage-types", shows: 'class="sessions"' },
] as const;

async function firstPageShowing(
  shows: string,
  pages: ReadonlyArray<() => Promise<string>>,
): Promise<string[]> {
  for (const page of pages) {
    const html = await page().catch(() => "");
    if (html.includes(shows)) return [html];
  }
  return [];
}

/** A built post page and a built massage type's page (dist/blog/<slug>/, dist/massage/<id>/). */
async function builtPreviewPages(dist: string): Promise<string[]> {
  const found = await Promise.all(
    PREVIEWED.map(async ({ folder, shows }) => {
      const entries = await readdir(join(dist, folder), { withFileTypes: true }).catch(() => []);
      return firstPageShowing(
        shows,
        entries
          .filter((entry) => entry.isDirectory())
          .map((entry) => () => readFile(join(dist, folder, entry.name, "index.html"), "utf8")),
      );
    }),
  );
  return found.flat();
}

/** The same pages as `astro dev` serves them, with their styles as Vite injects them. */
async function devPreviewPages(root: string, origin: string, base: string): Promise<string[]> {
  const found = await Promise.all(
    PREVIEWED.map(async ({ folder, content, shows }) => {
      const slugs = (await readdir(join(root, content)).catch(() => []))
        .filter((name) => name.endsWith(".mdx"))
        .map((name) => name.slice(0, -".mdx".length));
      return firstPageShowing(
        shows,
        slugs.map(
          (slug) => () =>
            fetch(`${origin}${base}${folder}/${slug}/`).then((response) =>
              response.ok ? response.text() : "",
            ),
        ),
      );
    }),
  );
  return found.flat();
}

export function cmsAdmin(): AstroIntegration {
  let root = "";
  let base = "/";
  // The editor's scripts, bundled by esbuild in its own process from the build's start, beside
  // Vite's bundle and the pages, rather than after the last page (0.3 s of the build's tail).
  let bundled: Array<Promise<[name: string, script: string]>> = [];
  return {
    name: "cms-admin",
    hooks: {
      "astro:config:setup": ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:server:setup": ({ server }) => {
        const editorScripts = editorScriptBundler(root);
        server.httpServer?.on("close", () => void editorScripts.dispose());
        server.middlewares.use((request, response, next) => {
          // A static host serves the editor's page at /admin/ too; `astro dev` knows only its route,
          // /admin/index.html. The guide's address works in local mode as on the site.
          const [path = "", query] = (request.url ?? "").split("?", 2);
          // Below a base path, Astro's dev server hands on the address without it (/admin/).
          if (path === `${base}admin/` || path === "/admin/")
            request.url = `${path}index.html${query ? `?${query}` : ""}`;
          const name = /\/admin\/([^/?]+)(?:\?|$)/.exec(request.url ?? "")?.[1];
          if (name === PREVIEW_CSS) {
            // Read from the dev server's own pages, so the preview has the styles being edited.
            const origin = `http://${request.headers.host ?? "127.0.0.1"}`;
            devPreviewPages(root, origin, base)
              .then((pages) =>
                combinedCss(pages, (href) =>
                  fetch(new URL(href, origin)).then((response) =>
                    response.ok ? response.text() : undefined,
                  ),
                ),
              )
              .then(
                (css) => {
                  response.setHeader("Content-Type", "text/css; charset=utf-8");
                  response.end(css);
                },
                (error: unknown) => next(error),
              );
            return;
          }
          if (!name || (!isEditorFile(name) && !(name in EDITOR_BUNDLES))) return next();
          const body =
            name in EDITOR_BUNDLES ? editorScripts.bundle(name) : readFile(join(EDITOR_DIST, name));
          body.then(
            (script) => {
              response.setHeader("Content-Type", "text/javascript; charset=utf-8");
              response.end(script);
            },
            (error: unknown) => next(error),
          );
        });
      },
      "astro:build:start": () => {
        bundled = Object.keys(EDITOR_BUNDLES).map((name) =>
          bundleEditorScript(root, name, true).then((script): [string, string] => [name, script]),
        );
        // A failure is reported once, when the build awaits the bundles, not as an unhandled rejection.
        for (const bundle of bundled) bundle.catch(() => {});
      },
      "astro:build:done": async ({ dir }) => {
        const target = join(fileURLToPath(dir), "admin");
        const names = (await readdir(EDITOR_DIST)).filter(isEditorFile);
        await Promise.all([
          ...names.map((name) => copyFile(join(EDITOR_DIST, name), join(target, name))),
          ...bundled.map((bundle) => bundle.then(([name, script]) => writeFile(join(target, name), script))),
          builtPreviewPages(fileURLToPath(dir))
            .then((pages) =>
              combinedCss(pages, (href) =>
                href.startsWith(base)
                  ? readFile(join(fileURLToPath(dir), href.slice(base.length)), "utf8").catch(() => undefined)
                  : Promise.resolve(undefined),
              ),
            )
            .then((css) => writeFile(join(target, PREVIEW_CSS), css)),
        ]);
      },
    },
  };
}
