import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getMassageTypes } from "../../data/massage-types";
import { getPublishedPosts } from "../../data/posts";
import { getOgImage, OG_CACHE_DIR } from "../../lib/og-image";
import { ogImageSlug } from "../../lib/og-paths";
import { settings } from "../../settings";

// Build-time share images: /og/blog/<post id>.png and /og/massage/<type id>.png (see ogImagePath).
export const getStaticPaths = (async () => {
  const [posts, types] = await Promise.all([getPublishedPosts(), getMassageTypes()]);
  return [
    ...posts.map((post) => ({
      params: { slug: ogImageSlug("blog", post.id) },
      props: { title: post.data.title, label: "Article" },
    })),
    ...types.map((type) => ({
      params: { slug: ogImageSlug("massage", type.id) },
      props: { title: type.data.name, label: "Massage type" },
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
