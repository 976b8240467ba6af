import { withBase } from "../lib/site/paths.ts";

/** A site-internal link with the deploy's base path applied. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The full address of a site page, for canonical links, share images and structured data. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site).href;
}
