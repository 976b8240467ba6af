import { normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { readHead } from "../data/content-files.ts";
import { pictureFormatOf, sniffPicture } from "../lib/content/media.ts";

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
  return {
    name: "content-imports",
    enforce: "pre",
    async resolveId(source, importer, options) {
      // Only a body imports: Markdown and MDX files are compiled to code; YAML is read as data.
      const from = importer?.split("?")[0];
      if (!from || !inContent(from) || !/\.mdx?$/.test(from)) return null;
      if (source.startsWith("\0") || COMPILER_IMPORTS.test(source)) return null;
      const refuse = (why: string): never =>
        this.error(
          `${relative(root, from)} names "${source}", which ${why}. ` +
            "Write the path of a picture beside the entry, e.g. ./images/room.jpg.",
        );
      const [path = "", query] = source.split("?", 2) as [string, string | undefined];
      if (path.includes("#") || (query !== undefined && !query.startsWith(CONTENT_IMAGE_FLAG)))
        refuse("holds a ? or a #: a picture's path is the file's name alone");
      if (pictureFormatOf(path) === undefined)
        refuse("is not a picture (.jpg, .jpeg, .png, .webp, .avif or .svg)");
      const beside = /^\.{1,2}\//.test(path) ? source : `./${source}`;
      const resolved = await this.resolve(beside, importer, { ...options, skipSelf: true });
      const file = resolved && !resolved.external ? (resolved.id.split("?")[0] ?? "") : "";
      const inside = relative(content, file).split(sep);
      if (!file || !inContent(file) || inside.some((part) => part === "node_modules" || part.startsWith(".")))
        refuse("is not a file next to it in content/");
      const head = readHead(root, relative(root, file));
      if (!head || sniffPicture(head) !== pictureFormatOf(file)) refuse("is not the picture its name says");
      return resolved;
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
