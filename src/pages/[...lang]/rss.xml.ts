import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths } from "astro";
import { getAuthorProfiles } from "../../data/people.ts";
import { getPublishedPosts } from "../../data/posts.ts";
import { feedDescription } from "../../lib/content/feed.ts";
import { FEED_SIZE } from "../../lib/content/posts.ts";
import { isoDay } from "../../lib/content/dates.ts";
import { startOfDayIn } from "../../lib/site/hours.ts";
import { withBase } from "../../lib/site/paths.ts";
import { copyFor, localeOf, text } from "../../data/copy.ts";
import { everyLanguage, languageOfParams, localPath } from "../../data/languages.ts";

// One feed per language: /rss.xml, /es/rss.xml.
export const getStaticPaths = (() => everyLanguage()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const language = languageOfParams(params);
  const { siteCopy, settings } = copyFor(language);
  const posts = await getPublishedPosts(language);
  const authors = await getAuthorProfiles(language);
  return rss({
    title: text(siteCopy.feedTitle),
    description: settings.description,
    // The channel's link: this language's home page.
    site: new URL(withBase(import.meta.env.BASE_URL, localPath(language, "/")), site),
    items: posts.slice(0, FEED_SIZE).map((post) => ({
      title: post.data.title,
      description: feedDescription(post.data.description),
      // RSS dates carry a time: the start of the post's day where the practice is.
      pubDate: startOfDayIn(isoDay(post.data.pubDate), settings.timeZone),
      link: withBase(import.meta.env.BASE_URL, localPath(language, `/blog/${post.id}/`)),
      categories: post.data.tags,
      // RSS wants an email address first; without one the field is left out.
      ...(settings.email
        ? { author: `${settings.email} (${authors.get(post.data.author.id)?.name ?? settings.businessName})` }
        : {}),
    })),
    customData: `<language>${localeOf(language).toLowerCase()}</language>`,
  });
};
