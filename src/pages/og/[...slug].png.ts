import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getMassageTypes } from "../../data/massage-types";
import { getPublishedPosts } from "../../data/posts";
import { getOgImage, OG_CACHE_DIR } from "../../lib/seo/og-image";
import { ogImageSlug, SITE_OG_IMAGE_ID } from "../../lib/seo/og-paths";
import { settings } from "../../data/settings";
import { siteCopy } from "../../data/copy";

// Build-time share images: /og/blog/<post id>.png, /og/massage/<type id>.png and the site-wide
// /og/site/default.png (see ogImagePath).
export const getStaticPaths = (async () => {
  const [posts, types] = await Promise.all([getPublishedPosts(), getMassageTypes()]);
  return [
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
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await getOgImage(
    { title: props.title, label: props.label, siteName: settings.businessName },
    { cacheDir: OG_CACHE_DIR },
  );
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
