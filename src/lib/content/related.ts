export interface RelatableEntry {
  id: string;
  data: { tags: readonly string[]; pubDate: Date; related?: readonly string[] | undefined };
}

/**
 * Prepares, once for the whole build, a function that picks up to `limit` posts to read next.
 * Posts listed in a post's `related:` come first, in their order; the rest are ranked by shared
 * tags, each tag weighted by how rare it is (a tag on two posts says more than one on every post),
 * then by recency. `candidates` must already be the published posts: drafts never reach here.
 */
export function relatedPostsFinder<T extends RelatableEntry>(
  candidates: readonly T[],
  limit = 3,
): (current: T) => T[] {
  const byId = new Map(candidates.map((post) => [post.id, post]));
  const postsWithTag = new Map<string, number>();
  for (const post of candidates) {
    for (const tag of new Set(post.data.tags)) postsWithTag.set(tag, (postsWithTag.get(tag) ?? 0) + 1);
  }
  const rarity = new Map(
    [...postsWithTag].map(([tag, count]) => [tag, Math.log(1 + candidates.length / count)] as const),
  );

  return (current) => {
    const chosen = (current.data.related ?? [])
      .filter((id) => id !== current.id)
      .map((id) => byId.get(id))
      .filter((post): post is T => post !== undefined);
    const currentTags = new Set(current.data.tags);
    const score = (post: T) =>
      [...new Set(post.data.tags)].reduce(
        (sum, tag) => sum + (currentTags.has(tag) ? (rarity.get(tag) ?? 0) : 0),
        0,
      );

    const ranked = candidates
      .filter((post) => post.id !== current.id && !chosen.includes(post))
      .map((post) => ({ post, score: score(post) }))
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.post.data.pubDate.getTime() - a.post.data.pubDate.getTime() ||
          a.post.id.localeCompare(b.post.id),
      )
      .map(({ post }) => post);

    return [...chosen, ...ranked].slice(0, limit);
  };
}
