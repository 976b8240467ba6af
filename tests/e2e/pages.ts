import { readFileSync } from "node:fs";

/** Every page path the built sitemap lists, as a path on the local preview server. */
export function sitemapPaths(): string[] {
  const xml = readFileSync("dist/sitemap-0.xml", "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
}

export const ARTICLE_PATH = "/blog/six-reasons-to-get-a-massage-for-back-pain/";
