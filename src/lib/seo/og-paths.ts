/** The kinds of page that get a share image; each is a folder under `/og/`. */
export type OgImageKind = "blog" | "massage" | "site";

/** The share image of pages that have none of their own (home, lists, the quiz). */
export const SITE_OG_IMAGE_ID = "default";

/** The `[...slug]` route parameter of `src/pages/og/[...slug].png.ts` for one page. */
export function ogImageSlug(kind: OgImageKind, id: string): string {
  return `${kind}/${id}`;
}

/**
 * The root-relative address of a page's share image, as the endpoint serves it.
 * Pages still apply the base path (`href()`) and, for `og:image`, make it absolute with the site URL.
 */
export function ogImagePath(kind: OgImageKind, id: string): string {
  return `/og/${ogImageSlug(kind, id)}.png`;
}
