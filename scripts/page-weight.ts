// What a visitor's browser downloads for one built page: HTML, CSS and JavaScript bytes (raw and
// gzip) and the number of requests. Read from dist/, so the figures are exact and repeatable.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  jsFiles: string[];
  requests: number;
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const measure = (parts: readonly (string | Buffer)[]): Bytes => ({
  raw: parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0),
  gzip: parts.reduce((sum, part) => sum + gzipSize(part), 0),
});

function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => (match[1] ?? "").replace(/&amp;/g, "&"));
}

/** A site URL ("/clinic/_astro/x.js") as a file below dist/, or null when it points elsewhere. */
function fileFor(distDir: string, base: string, url: string): string | null {
  if (!url.startsWith(base)) return null;
  return join(distDir, url.slice(base.length).split("?")[0] ?? "");
}

/** Every JavaScript file a module pulls in through static or dynamic imports. */
function withImports(files: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const match of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), match[1] ?? ""));
    }
  }
  return [...seen].sort();
}

export function pageWeight(distDir: string, page: string, base = "/"): PageWeight {
  const html = readFileSync(join(distDir, page), "utf8");
  const local = (url: string) => fileFor(distDir, base, url.startsWith("/") ? url : posix.join(base, url));

  const stylesheets = attributeValues(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)
    .map(local)
    .filter((file): file is string => file !== null);
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "");

  const moduleUrls = [
    ...attributeValues(html, /<script[^>]+src="([^"]+)"/g),
    ...attributeValues(html, /\b(?:component|renderer|before-hydration)-url="([^"]+)"/g),
  ];
  const jsFiles = withImports(moduleUrls.map(local).filter((file): file is string => file !== null));
  const inlineScripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? "")
    .filter((code) => code.trim().length > 0);

  const images = attributeValues(html, /<img[^>]+src="([^"]+)"/g);
  const icons = attributeValues(html, /<link[^>]+rel="icon"[^>]*href="([^"]+)"/g);

  return {
    html: measure([html]),
    css: measure([...stylesheets.map((file) => readFileSync(file)), ...inlineStyles]),
    js: measure([...jsFiles.map((file) => readFileSync(file)), ...inlineScripts]),
    jsFiles: jsFiles.map((file) => file.slice(distDir.length + 1)),
    requests: 1 + stylesheets.length + jsFiles.length + images.length + icons.length,
  };
}
