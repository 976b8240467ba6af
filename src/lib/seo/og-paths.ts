import type { OgImageInput } from "./og-layout.ts";
import type { HeadingFontId } from "../site/heading-font.ts";

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

/** What a share image shows besides the title: the kind of page, per kind (content/copy/site.yaml). */
export interface ShareImageLabels {
  site: string;
  post: string;
  massageType: string;
}

/**
 * Every share image the site publishes, with its route slug: the site's own (its tagline), one per
 * published post and one per massage type. The share-image route lists them from Astro's
 * collections, and the build lists them from the content check to start drawing early; both call
 * this, so the two lists cannot drift apart.
 */
export function shareImages(
  site: {
    tagline: string;
    businessName: string;
    brand?: { accent?: string | undefined; headingFont?: HeadingFontId | undefined } | undefined;
  },
  labels: ShareImageLabels,
  posts: ReadonlyArray<{ id: string; title: string }>,
  massageTypes: ReadonlyArray<{ id: string; name: string }>,
  /** The site image's id: another language's has its own ("es/default"). */
  siteImageId: string = SITE_OG_IMAGE_ID,
): Array<{ slug: string; input: OgImageInput }> {
  const siteName = site.businessName;
  const accent = site.brand?.accent;
  const titleFont = site.brand?.headingFont;
  const brand = { ...(accent ? { accent } : {}), ...(titleFont ? { titleFont } : {}) };
  return [
    {
      slug: ogImageSlug("site", siteImageId),
      input: { title: site.tagline, label: labels.site, siteName, ...brand },
    },
    ...posts.map(({ id, title }) => ({
      slug: ogImageSlug("blog", id),
      input: { title, label: labels.post, siteName, ...brand },
    })),
    ...massageTypes.map(({ id, name }) => ({
      slug: ogImageSlug("massage", id),
      input: { title: name, label: labels.massageType, siteName, ...brand },
    })),
  ];
}
