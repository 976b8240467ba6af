export interface RelatableEntry {
  id: string;
  data: { tags: readonly string[]; pubDate: Date; related?: readonly string[] | undefined };
}

/**
 * Up to `limit` posts to read next. Posts listed in the current post's `related:` come first,
 * in their order; the rest are ranked by shared tags, each tag weighted by how rare it is
 * (a tag on two posts says more than one on every post), then by recency.
 * `candidates` must already be the published posts: drafts never reach this function.
 */
export function relatedPosts<T extends RelatableEntry>(current: T, candidates: readonly T[], limit = 3): T[] {
  const others = candidates.filter((post) => post.id !== current.id);
  const byId = new Map(others.map((post) => [post.id, post]));
  const chosen = (current.data.related ?? [])
    .map((id) => byId.get(id))
    .filter((post): post is T => post !== undefined);

  const postsWithTag = new Map<string, number>();
  for (const post of candidates) {
    for (const tag of new Set(post.data.tags)) postsWithTag.set(tag, (postsWithTag.get(tag) ?? 0) + 1);
  }
  const rarity = (tag: string) => Math.log(1 + candidates.length / (postsWithTag.get(tag) ?? 1));
  const currentTags = new Set(current.data.tags);
  const score = (post: T) =>
    [...new Set(post.data.tags)]
      .filter((tag) => currentTags.has(tag))
      .reduce((sum, tag) => sum + rarity(tag), 0);

  const ranked = others
    .filter((post) => !chosen.includes(post))
    .map((post) => ({ post, score: score(post) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.post.data.pubDate.getTime() - a.post.data.pubDate.getTime() ||
        a.post.id.localeCompare(b.post.id),
    )
    .map(({ post }) => post);

  return [...chosen, ...ranked].slice(0, limit);
}
