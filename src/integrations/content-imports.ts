import { normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { readHead } from "../data/content-files.ts";
import { contentFileKind } from "../lib/content/file-rules.ts";
import { pictureFormatOf } from "../lib/content/media.ts";
import { COLLECTIONS } from "../lib/content/model.ts";

/**
 * What an MDX body below content/ imports is the picture the content check read, and nothing else:
 * a path with no query or fragment, resolved beside the entry (never as a package), to a file
 * inside content/ that is a picture by its first bytes. Anything else stops the build and the
 * preview, naming the file.
 *
 * The MDX compiler turns a Markdown picture into an import of its path as written. Two ways that ran
 * code from content/ in `astro build` and `astro dev` (found in review, 2026-12-07): @astrojs/mdx
 * resolved a bare path (`images/room.png`) as a package first, and a `node_modules/` below content/
 * answered it with a script; and `images/.room.png#x` made the check read a picture named
 * `.room.png#x` while Vite cut the `#x` off and bundled `.room.png`, a script, as JavaScript. The
 * check also refuses such files (`strayFile`, `fakePicture`) and paths (`picturePathMark`); this
 * holds in `astro dev` too, where a post is compiled while another file's mistake is shown.
 */

/** What the MDX compiler's own output imports: Astro's runtime and components, by package name. */
const COMPILER_IMPORTS = /^(?:astro(?:$|[:/])|@astrojs\/)/;

/** The query Astro adds to a content entry's picture to resolve it again (astro/dist/content/consts). */
const CONTENT_IMAGE_FLAG = "astroContentImageFlag";

export function contentImportsPlugin(contentDir: string, root: string): Plugin {
  const content = normalize(contentDir.endsWith(sep) ? contentDir : `${contentDir}${sep}`);
  const inContent = (path: string) => normalize(path).startsWith(content);
  /** What a file below content/ is, by the content check's own rule, read from disk. */
  const kindOf = (file: string) => {
    const path = relative(root, file).split(sep).join("/");
    return contentFileKind(path, COLLECTIONS, readHead(root, path));
  };
  return {
    name: "content-imports",
    enforce: "pre",
    async resolveId(source, importer, options) {
      // Only a body imports: Markdown and MDX files are compiled to code; YAML is read as data.
      const from = importer?.split("?")[0];
      if (!from || !inContent(from) || !/\.mdx?$/.test(from)) return null;
      if (source.startsWith("\0")) return null;
      const refuse = (why: string): never =>
        this.error(
          `${relative(root, from)} names "${source}", which ${why}. ` +
            "Write the path of a picture beside the entry, e.g. ./images/room.jpg.",
        );
      if (COMPILER_IMPORTS.test(source)) {
        // Astro's own package, never one of that name below content/ (found first from a post).
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (resolved && inContent(resolved.id.split("?")[0] ?? ""))
          refuse("is not a file next to it in content/");
        return resolved;
      }
      const [path = "", query] = source.split("?", 2) as [string, string | undefined];
      if (path.includes("#") || (query !== undefined && !query.startsWith(CONTENT_IMAGE_FLAG)))
        refuse("holds a ? or a #: a picture's path is the file's name alone");
      if (pictureFormatOf(path) === undefined)
        refuse("is not a picture (.jpg, .jpeg, .png, .webp, .avif or .svg)");
      const beside = /^\.{1,2}\//.test(path) ? source : `./${source}`;
      const resolved = await this.resolve(beside, importer, { ...options, skipSelf: true });
      const file = resolved && !resolved.external ? (resolved.id.split("?")[0] ?? "") : "";
      const found = file && inContent(file) ? kindOf(file).kind : undefined;
      if (found !== "picture" && found !== "fake") refuse("is not a file next to it in content/");
      if (found === "fake") refuse("is not the picture its name says");
      return resolved;
    },
    // Whatever imports it (a body, Astro's own modules, a path written some other way), nothing is
    // loaded from content/ but its entries, words and settings, and pictures that are pictures.
    load(id) {
      const file = id.split(/[?#]/)[0] ?? "";
      if (id.startsWith("\0") || !inContent(file)) return null;
      const { kind } = kindOf(file);
      if (kind === "entry" || kind === "picture") return null;
      this.error(
        `${relative(root, file)} is not an entry or a picture, and nothing else is read from content/. ` +
          "Delete it, or give a picture its own name and ending, e.g. content/posts/images/desk.jpg.",
      );
    },
  };
}

export function contentImports(): AstroIntegration {
  return {
    name: "content-imports",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const contentDir = fileURLToPath(new URL("content/", config.root));
        updateConfig({ vite: { plugins: [contentImportsPlugin(contentDir, root)] } });
      },
    },
  };
}
