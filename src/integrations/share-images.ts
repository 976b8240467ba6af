import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { PublishedContent } from "../lib/content/site-check.ts";
import { drawOgImagesAhead } from "../lib/seo/og-ahead.ts";
import { OG_CACHE_DIR } from "../lib/seo/og-cache.ts";
import type { OgImageInput } from "../lib/seo/og-layout.ts";
import { shareImages, SITE_OG_IMAGE_ID } from "../lib/seo/og-paths.ts";
import { translatedFile } from "../lib/site/languages.ts";
import { settingsInLanguage, settingsWordsSchema } from "../lib/site/settings-words.ts";
import { COPY_FILES } from "../lib/content/model.ts";
import { parseCopy } from "../lib/site/copy.ts";
import { parseSettings, SETTINGS_FILE } from "../lib/site/settings.ts";

/** The share images the build will publish (shareImages()), from the content check's findings. */
export function shareImageInputs(root: string, published: PublishedContent): OgImageInput[] {
  const settings = parseSettings(readFileSync(join(root, SETTINGS_FILE), "utf8"));
  const labelsIn = (file: string) =>
    parseCopy(COPY_FILES.site.schema, readFileSync(join(root, file), "utf8"), file).shareImage;
  const original = shareImages(
    settings,
    labelsIn(COPY_FILES.site.file),
    published.posts,
    published.massageTypes,
  );
  // Each other language's images, named below its code (src/pages/og/[...slug].png.ts).
  const translated = published.translations.flatMap(({ language, posts, massageTypes }) => {
    const wordsFile = translatedFile(SETTINGS_FILE, language);
    const words = parseCopy(settingsWordsSchema, readFileSync(join(root, wordsFile), "utf8"), wordsFile);
    const scoped = (id: string) => `${language}/${id}`;
    return shareImages(
      settingsInLanguage(settings, words),
      labelsIn(translatedFile(COPY_FILES.site.file, language)),
      posts.map((post) => ({ ...post, id: scoped(post.id) })),
      massageTypes.map((type) => ({ ...type, id: scoped(type.id) })),
      scoped(SITE_OG_IMAGE_ID),
    );
  });
  return [...original, ...translated].map(({ input }) => input);
}

/**
 * Starts drawing the share images missing from the cache as soon as the content check has passed
 * (`astro:config:done`, right after it): Astro then loads the content on one core, bundles the
 * site and renders pages on one core; Takumi draws the images on libuv's threads meanwhile, so they
 * use the other cores. The route joins these drawings when Astro reaches it.
 * OG_IMAGE_CONCURRENCY=0 leaves every image to the route, one at a time.
 */
export function shareImagesAhead(published: () => PublishedContent | undefined): AstroIntegration {
  let building = false;
  return {
    name: "share-images-ahead",
    hooks: {
      "astro:config:setup": ({ command }) => {
        building = command === "build";
      },
      "astro:config:done": ({ config, logger }) => {
        const content = published();
        if (!building || !content) return;
        const root = fileURLToPath(config.root);
        const ahead = drawOgImagesAhead(shareImageInputs(root, content), { cacheDir: OG_CACHE_DIR });
        logger.info(`share images: ${ahead.drawing} to draw, ${ahead.cached} cached in ${OG_CACHE_DIR}`);
      },
    },
  };
}
