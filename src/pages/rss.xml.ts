import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getAuthorProfiles } from "../data/people";
import { getPublishedPosts } from "../data/posts";
import { withBase } from "../lib/site/paths";
import { settings } from "../data/settings";
import { siteCopy, text } from "../data/copy";

export const GET: APIRoute = async ({ site }) => {
  const posts = await getPublishedPosts();
  const authors = await getAuthorProfiles();
  return rss({
    title: text(siteCopy.feedTitle),
    description: settings.description,
    site: new URL(import.meta.env.BASE_URL, site),
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      link: withBase(import.meta.env.BASE_URL, `/blog/${post.id}/`),
      categories: post.data.tags,
      // RSS wants an email address first; without one the field is left out.
      ...(settings.email
        ? { author: `${settings.email} (${authors.get(post.data.author.id)?.name ?? settings.businessName})` }
        : {}),
    })),
    customData: "<language>en-us</language>",
  });
};
