import { getCollection, type CollectionEntry } from "astro:content";
import { lastChanged } from "../lib/content/dates.ts";
import { byNewestFirst, isPublished } from "../lib/content/posts.ts";
import { translatedReview } from "../lib/content/review.ts";
import { today } from "./settings.ts";
import { defaultLanguage } from "./languages.ts";
import { idInLanguage, translationsIn, type Translation } from "./translations.ts";

export type Post = CollectionEntry<"posts"> & {
  /** The post in another language: its words, body and address (its file name). */
  translation?: Translation<"post-translations"> | undefined;
  /** The original's id, also for a translated post (whose `id` is its own file name). */
  originalId?: string;
};

/**
 * The day a post's page last changed: an update, the clinical review it shows, and for a
 * translation the day its words were checked against the original.
 */
export const modifiedOn = (post: Post): Date =>
  lastChanged(
    post.data.pubDate,
    post.data.updatedDate,
    post.data.reviewedBy ? post.data.reviewedDate : undefined,
    post.translation?.data.translatedDate,
  );

/**
 * Posts this build publishes, newest first: those dated on or before the practice's today.
 * `astro dev` also shows drafts and scheduled posts. In another language, the translated ones only,
 * each at its own address with its words and the original's dates, reviewer and sources.
 */
export async function getPublishedPosts(language: string = defaultLanguage): Promise<Post[]> {
  const posts = (
    await getCollection("posts", ({ data }) => isPublished(data, today, import.meta.env.DEV))
  ).sort(byNewestFirst);
  if (language === defaultLanguage) return posts;
  const words = await translationsIn("post-translations", language);
  return posts.flatMap((post): Post[] => {
    const translation = words.get(post.id);
    if (!translation || (translation.data.draft && !import.meta.env.DEV)) return [];
    const { title, description, heroAlt, review } = translation.data;
    return [
      {
        ...post,
        id: idInLanguage(translation.id),
        originalId: post.id,
        body: translation.body,
        filePath: translation.filePath,
        data: {
          ...post.data,
          title,
          description,
          heroAlt: heroAlt ?? post.data.heroAlt,
          review: translatedReview(post.data.review, review),
        },
        translation,
      },
    ];
  });
}

/** Each post's translations, by language and then by the original's id: for the language links. */
export async function postAddressesByLanguage(
  languages: readonly string[],
): Promise<Map<string, Map<string, string>>> {
  const byLanguage = new Map<string, Map<string, string>>();
  for (const language of languages) {
    const posts = await getPublishedPosts(language);
    byLanguage.set(language, new Map(posts.map((post) => [post.originalId ?? post.id, post.id])));
  }
  return byLanguage;
}
