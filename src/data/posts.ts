import { getCollection, type CollectionEntry } from "astro:content";
import { byNewestFirst, isPublished } from "../lib/content/posts";
import { today } from "./settings";

export type Post = CollectionEntry<"posts">;

/**
 * Posts this build publishes, newest first: those dated on or before the practice's today.
 * `astro dev` also shows drafts and scheduled posts.
 */
export async function getPublishedPosts(): Promise<Post[]> {
  const posts = await getCollection("posts", ({ data }) => isPublished(data, today, import.meta.env.DEV));
  return posts.sort(byNewestFirst);
}
