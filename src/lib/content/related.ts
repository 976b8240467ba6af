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

  // Each post's tags without repeats, worked out once rather than once per pair of posts.
  const tagsOf = new Map(candidates.map((post) => [post, [...new Set(post.data.tags)]]));
  const ranksBefore = (a: { post: T; score: number }, b: { post: T; score: number }) =>
    b.score - a.score ||
    b.post.data.pubDate.getTime() - a.post.data.pubDate.getTime() ||
    a.post.id.localeCompare(b.post.id);

  return (current) => {
    const chosen = (current.data.related ?? [])
      .filter((id) => id !== current.id)
      .map((id) => byId.get(id))
      .filter((post): post is T => post !== undefined);
    const currentTags = new Set(current.data.tags);
    const wanted = Math.max(0, limit - chosen.length);

    // The best `wanted` by score, then recency, then id: one pass that keeps a short sorted list,
    // instead of sorting every post for every post (which grew with the square of the library).
    const best: Array<{ post: T; score: number }> = [];
    for (const post of candidates) {
      if (wanted === 0) break;
      if (post.id === current.id || chosen.includes(post)) continue;
      let score = 0;
      for (const tag of tagsOf.get(post) ?? []) if (currentTags.has(tag)) score += rarity.get(tag) ?? 0;
      const entry = { post, score };
      const last = best[best.length - 1];
      if (best.length === wanted && last && ranksBefore(last, entry) <= 0) continue;
      let at = best.length;
      while (at > 0 && ranksBefore(entry, best[at - 1] as { post: T; score: number }) < 0) at -= 1;
      best.splice(at, 0, entry);
      if (best.length > wanted) best.pop();
    }

    return [...chosen, ...best.map(({ post }) => post)].slice(0, limit);
  };
}
