import { getCollection, type CollectionEntry } from "astro:content";
import { byNewestFirst, isPublished } from "../lib/content/posts";

export type Post = CollectionEntry<"posts">;

/** Posts this build publishes, newest first. `astro dev` also shows drafts and scheduled posts. */
export async function getPublishedPosts(): Promise<Post[]> {
  const now = new Date();
  const posts = await getCollection("posts", ({ data }) => isPublished(data, now, import.meta.env.DEV));
  return posts.sort(byNewestFirst);
}
