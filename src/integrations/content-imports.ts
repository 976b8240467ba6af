import { normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";

/**
 * What an MDX body below content/ imports is resolved as the content check reads it: a picture a
 * body names by a bare path (`![…](images/room.png)`) is the file next to the entry, never a package.
 *
 * The MDX compiler turns a Markdown picture into an import of its path as written, and @astrojs/mdx
 * resolves that as a package first: a `node_modules/images/package.json` below content/ could answer
 * `images/room.png` with a script, which the build and the preview would run (found in review,
 * 2026-12-07). The content check also refuses any such file (`strayFile`); this keeps the compiler
 * from reaching one in `astro dev`, where a post is compiled while another file's mistake is shown.
 */

/** What the MDX compiler's own output imports: Astro's runtime and components, by package name. */
const COMPILER_IMPORTS = /^(?:astro(?:$|[:/])|@astrojs\/)/;

/** A path resolved as written: relative to the importer, from the project's root, or Vite's own. */
const AS_WRITTEN = /^(?:\.{1,2}\/|\/|\0|[a-z][a-z0-9+.-]*:)/i;

export function contentImportsPlugin(contentDir: string, root: string): Plugin {
  const content = normalize(contentDir.endsWith(sep) ? contentDir : `${contentDir}${sep}`);
  const inContent = (path: string) => normalize(path).startsWith(content);
  return {
    name: "content-imports",
    enforce: "pre",
    async resolveId(source, importer, options) {
      const from = importer?.split("?")[0];
      if (!from || !inContent(from) || AS_WRITTEN.test(source) || COMPILER_IMPORTS.test(source)) return null;
      const resolved = await this.resolve(`./${source}`, importer, { ...options, skipSelf: true });
      const file = resolved && !resolved.external ? (resolved.id.split("?")[0] ?? "") : "";
      if (file && inContent(file) && !file.split(sep).includes("node_modules")) return resolved;
      this.error(
        `${relative(root, from)} names "${source}", which is not a file next to it in content/. ` +
          `Write the path of a picture beside the entry, e.g. ./images/room.jpg.`,
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
        updateConfig({
          vite: { plugins: [contentImportsPlugin(fileURLToPath(new URL("content/", config.root)), root)] },
        });
      },
    },
  };
}
