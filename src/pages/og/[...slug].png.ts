import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getMassageTypes } from "../../data/massage-types";
import { getPublishedPosts } from "../../data/posts";
import { drawOgImagesAhead, getOgImage, OG_CACHE_DIR, type OgImagesAhead } from "../../lib/seo/og-image";
import { ogImageSlug, SITE_OG_IMAGE_ID } from "../../lib/seo/og-paths";
import { settings } from "../../data/settings";
import { siteCopy } from "../../data/copy";

// Set when the build asks for the paths: the images missing from the cache are then drawn in the
// background while Astro renders the HTML pages, and each image's GET only waits for its own.
let ahead: OgImagesAhead | undefined;

// Build-time share images: /og/blog/<post id>.png, /og/massage/<type id>.png and the site-wide
// /og/site/default.png (see ogImagePath).
export const getStaticPaths = (async () => {
  const [posts, types] = await Promise.all([getPublishedPosts(), getMassageTypes()]);
  const paths = [
    {
      params: { slug: ogImageSlug("site", SITE_OG_IMAGE_ID) },
      props: { title: settings.tagline, label: siteCopy.shareImage.site },
    },
    ...posts.map((post) => ({
      params: { slug: ogImageSlug("blog", post.id) },
      props: { title: post.data.title, label: siteCopy.shareImage.post },
    })),
    ...types.map((type) => ({
      params: { slug: ogImageSlug("massage", type.id) },
      props: { title: type.data.name, label: siteCopy.shareImage.massageType },
    })),
  ];
  // `astro dev` draws an image only when a page asks for it.
  if (!import.meta.env.DEV) {
    ahead = drawOgImagesAhead(
      paths.map(({ props }) => ({ ...props, siteName: settings.businessName })),
      { cacheDir: OG_CACHE_DIR },
    );
    console.info(
      `[og-image] share images: ${ahead.drawing} to draw, ${ahead.cached} cached in ${OG_CACHE_DIR}`,
    );
  }
  return paths;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const input = { title: props.title, label: props.label, siteName: settings.businessName };
  await ahead?.ready(input);
  const png = await getOgImage(input, { cacheDir: OG_CACHE_DIR });
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
