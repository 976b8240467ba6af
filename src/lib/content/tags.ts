/** Each tag with how many posts carry it, most used first, then alphabetically. */
export function tagCounts(
  posts: readonly { data: { tags: readonly string[] } }[],
): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const post of posts)
    for (const tag of new Set(post.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * Whether a topic's page is offered to search engines: with one article it only repeats that
 * article's card, a thin page listed beside the article itself. Visitors see it either way.
 */
export const topicPageIndexed = (articles: number): boolean => articles > 1;

/** "lower-back" → "Lower back": how a tag reads in headings and links. */
export function tagLabel(tag: string): string {
  const words = tag.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Examples for the search box, all from what is published: the most used topic (in lowercase)
 * and the first massage types by name, as a sentence has them ("back pain, Swedish massage,
 * prenatal massage").
 * Pass only published posts' tags, so a draft's topic never appears.
 */
export function searchExamples(
  publishedTags: readonly { tag: string }[],
  massageTypeNames: readonly string[],
  count = 3,
): string[] {
  const topics = publishedTags.slice(0, 1).map(({ tag }) => tagLabel(tag).toLowerCase());
  return [...topics, ...massageTypeNames].slice(0, count);
}
