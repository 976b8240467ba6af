import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

// Astro writes this rule into <body> before the first island; a <style> in <body> is invalid HTML,
// so the build moves it into <head> where it applies just the same.
const ISLAND_STYLE = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";

export function moveIslandStyleToHead(html: string): string {
  if (!html.includes(ISLAND_STYLE)) return html;
  const withoutStyle = html.split(ISLAND_STYLE).join("");
  return withoutStyle.replace("</head>", `${ISLAND_STYLE}</head>`);
}

export function hoistIslandStyles(): AstroIntegration {
  return {
    name: "hoist-island-styles",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith(".html"));
        await Promise.all(
          files.map(async (name) => {
            const file = join(root, name);
            const html = await readFile(file, "utf8");
            const moved = moveIslandStyleToHead(html);
            if (moved !== html) await writeFile(file, moved);
          }),
        );
      },
    },
  };
}
