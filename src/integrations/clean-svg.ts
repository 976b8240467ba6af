import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { cleanSvg, SvgNotReadable } from "../lib/content/clean-svg.ts";
import { pictureFormatOf, sniffPicture, SNIFF_BYTES } from "../lib/content/media.ts";

/**
 * Every SVG drawing from content/ is published cleaned (src/lib/content/clean-svg.ts), never as
 * uploaded: a script in it would run on the site's own address when the file is opened on its own.
 *
 * Astro's image pipeline reads an imported picture from the path Vite resolves it to, and publishes
 * those bytes under /_astro/ (and, in `astro dev`, serves them at /@fs/…). So the import is resolved
 * to a cleaned copy beside Astro's cache: the logo, a post's hero image, <Figure>, a photo and a
 * Markdown image all reach the page, the build and the preview through it, and the size Astro reads
 * is the cleaned drawing's. `astro dev` also serves content/ itself (at /content/… and /@fs/…);
 * those requests get the cleaned drawing too, so the preview shows what the live site publishes.
 */

const CONTENT_IMAGE_FLAG = "astroContentImageFlag";

/** Content entries Astro's own modules may ask the dev server for. */
const SERVED_ENTRIES = /\.(mdx|md|ya?ml|json)$/i;

/** Whether a file below content/ holds an SVG drawing: by its name, or by its first bytes. */
function isSvgFile(path: string): boolean {
  if (pictureFormatOf(path) === "svg") return true;
  if (pictureFormatOf(path) === undefined) return false;
  const head = readFileSync(path).subarray(0, SNIFF_BYTES);
  return sniffPicture(head) === "svg";
}

/** The cleaned drawing of a content file, or an error that names the file and what to do. */
function cleanedText(path: string, root: string): string {
  try {
    return cleanSvg(readFileSync(path, "utf8"));
  } catch (error) {
    if (!(error instanceof SvgNotReadable)) throw error;
    throw new Error(
      `${relative(root, path)} cannot be published as a picture: ${error.message}. Export it again from a drawing program as a plain SVG.`,
      { cause: error },
    );
  }
}

export function cleanSvgPlugin({ root, cacheDir }: { root: string; cacheDir: string }): Plugin {
  const contentDir = join(root, "content") + sep;
  /** Cleaned copy → the content file it was made from, so a preview request re-reads the original. */
  const originals = new Map<string, string>();

  const inContent = (path: string) => normalize(path).startsWith(contentDir);

  /** Writes the cleaned copy (only when it changed, so Vite's watchers see no churn) and returns its path. */
  const cleanCopy = (original: string): string => {
    const folder = createHash("sha256").update(original).digest("hex").slice(0, 16);
    const copy = join(cacheDir, folder, basename(original));
    const text = cleanedText(original, root);
    if (!existsSync(copy) || readFileSync(copy, "utf8") !== text) {
      mkdirSync(join(cacheDir, folder), { recursive: true });
      writeFileSync(`${copy}.${process.pid}.tmp`, text);
      renameSync(`${copy}.${process.pid}.tmp`, copy);
    }
    originals.set(copy, original);
    return copy;
  };

  /** The content SVG a dev-server path names (/content/…, /@fs/…, a cleaned copy), if any. */
  const svgBehind = (pathname: string): string | undefined => {
    const path = pathname.startsWith("/@fs/") ? pathname.slice("/@fs".length) : join(root, pathname);
    const original = originals.get(normalize(path)) ?? normalize(path);
    if (!inContent(original) || !existsSync(original) || !statSync(original).isFile()) return undefined;
    return isSvgFile(original) ? original : undefined;
  };

  return {
    name: "clean-content-svgs",
    enforce: "pre",
    async resolveId(source, importer, options) {
      // Astro resolves a content entry's image (`?astroContentImageFlag`) by resolving its bare path
      // again, which comes back through here.
      if (source.includes(CONTENT_IMAGE_FLAG) || source.startsWith("\0")) return null;
      const [bare = "", query] = source.split("?", 2);
      if (pictureFormatOf(bare) === undefined) return null;
      const resolved = await this.resolve(bare, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !inContent(resolved.id.split("?")[0] ?? "")) return null;
      const original = resolved.id.split("?")[0] ?? "";
      if (!existsSync(original) || !isSvgFile(original)) return null;
      this.addWatchFile(original);
      const copy = cleanCopy(original);
      return { ...resolved, id: query === undefined ? copy : `${copy}?${query}` };
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? "/", "http://localhost");
        let pathname: string;
        try {
          // Astro's image endpoint in the preview reads the file named by ?href=.
          const href = url.pathname.endsWith("/_image") ? url.searchParams.get("href") : null;
          pathname = decodeURIComponent(href ?? url.pathname);
        } catch {
          return next();
        }
        const base = server.config.base === "/" ? "" : server.config.base.replace(/\/$/, "");
        if (base && pathname.startsWith(`${base}/`)) pathname = pathname.slice(base.length);
        const bare = pathname.split("?")[0] ?? "";
        // The preview serves content/ as files too: only what a page may show (pictures) and what
        // Astro itself reads (entries) are served, never a page or a script that happens to be there.
        const file = bare.startsWith("/@fs/") ? normalize(bare.slice("/@fs".length)) : join(root, bare);
        if (inContent(file) && pictureFormatOf(file) === undefined && !SERVED_ENTRIES.test(file)) {
          response.writeHead(404, {
            "Content-Type": "text/plain; charset=utf-8",
            "X-Content-Type-Options": "nosniff",
          });
          response.end("Only pictures from content/ are served.");
          return;
        }
        const original = bare.startsWith("/") ? svgBehind(bare) : undefined;
        if (!original) return next();
        try {
          const text = readFileSync(cleanCopy(original), "utf8");
          response.writeHead(200, {
            "Content-Type": "image/svg+xml",
            "Cache-Control": "no-cache",
            "X-Content-Type-Options": "nosniff",
          });
          response.end(text);
        } catch (error) {
          response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
          response.end(String((error as Error).message));
        }
      });
    },
  };
}

/** The integration: the plugin, with the project's folder and Astro's cache folder. */
export function cleanContentSvgs(): AstroIntegration {
  return {
    name: "clean-content-svgs",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = join(fileURLToPath(config.cacheDir), "clean-svg");
        updateConfig({ vite: { plugins: [cleanSvgPlugin({ root, cacheDir })] } });
      },
    },
  };
}
