import { writeFile } from "node:fs/promises";
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getMassageTypes } from "../../data/massage-types.ts";
import { getPublishedPosts } from "../../data/posts.ts";
import { addOutputFile, collectingOutputFiles } from "../../integrations/build-outputs.ts";
import { drawOgImagesAhead, ogImageConcurrency } from "../../lib/seo/og-ahead.ts";
import { getOgImage, OG_CACHE_DIR, ogCacheFile } from "../../lib/seo/og-cache.ts";
import { publishCachedFile } from "../../data/kept-files.ts";
import { shareImages, SITE_OG_IMAGE_ID } from "../../lib/seo/og-paths.ts";
import { copyFor } from "../../data/copy.ts";
import { localId, siteLanguages } from "../../data/languages.ts";

// Build-time share images: /og/blog/<post id>.png, /og/massage/<type id>.png and the site-wide
// /og/site/default.png (see ogImagePath), and each in another language below its code
// (/og/massage/es/swedish.png), with that language's words.
export const getStaticPaths = (async () => {
  const perLanguage = await Promise.all(
    siteLanguages.map(async (language) => {
      const [posts, types] = await Promise.all([getPublishedPosts(language), getMassageTypes(language)]);
      return shareImages(
        copyFor(language).settings,
        copyFor(language).siteCopy.shareImage,
        posts.map((post) => ({ id: localId(language, post.id), title: post.data.title })),
        types.map((type) => ({ id: localId(language, type.id), name: type.data.name })),
        localId(language, SITE_OG_IMAGE_ID),
      );
    }),
  );
  const images = perLanguage.flat();
  const paths = images.map(({ slug, input }) => ({ params: { slug }, props: { ...input } }));
  // `astro dev` draws an image when a page asks for it.
  if (!collectingOutputFiles()) return paths;

  // `astro build`: the images missing from the cache have been drawing since the build started
  // (src/integrations/share-images.ts); any that list missed are drawn now. After the pages, each
  // image is linked (or copied) from the cache into the output.
  const ahead = drawOgImagesAhead(
    images.map(({ input }) => input),
    { cacheDir: OG_CACHE_DIR },
  );
  console.info(
    `[og-image] pages ask for ${images.length} share images: ${ahead.joined} being drawn since the build started, ${ahead.drawing} more to draw, ${ahead.cached} cached`,
  );
  // OG_IMAGE_CONCURRENCY=0: each image drawn when Astro asks this endpoint for it, one at a time,
  // the reference the speed test compares the copied files against.
  if (ogImageConcurrency() === 0) return paths;
  for (const { slug, input } of images) {
    addOutputFile({
      file: `og/${slug}.png`,
      write: async (target) => {
        await ahead.ready(input);
        try {
          await publishCachedFile(ogCacheFile(input, OG_CACHE_DIR), target);
        } catch {
          // The cache could not be written (see storeAtomically): draw the image here instead.
          await writeFile(target, await getOgImage(input, { cacheDir: OG_CACHE_DIR }));
        }
      },
    });
  }
  return [];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await getOgImage(props, { cacheDir: OG_CACHE_DIR });
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
