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

  // Tags as small numbers and each post's tags without repeats, worked out once, and the posts
  // visited newest first (ties by id): scoring a pair is then a few array reads, and a later post
  // only enters the list with a strictly higher score. This runs for every pair of posts.
  const tagIds = new Map([...rarity.keys()].map((tag, index) => [tag, index] as const));
  const weightOfId = [...rarity.values()];
  const newestFirst = [...candidates].sort(
    (a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id),
  );
  const tagIdsInOrder = newestFirst.map((post) =>
    [...new Set(post.data.tags)].map((tag) => tagIds.get(tag) ?? -1),
  );
  const tagIdsOf = new Map(newestFirst.map((post, index) => [post, tagIdsInOrder[index] ?? []]));
  const weights = new Float64Array(weightOfId.length);

  return (current) => {
    const chosen = (current.data.related ?? [])
      .filter((id) => id !== current.id)
      .map((id) => byId.get(id))
      .filter((post): post is T => post !== undefined);
    weights.fill(0);
    for (const id of tagIdsOf.get(current) ?? []) if (id >= 0) weights[id] = weightOfId[id] ?? 0;
    const wanted = Math.max(0, limit - chosen.length);

    // The best `wanted` by score, then recency, then id: one pass that keeps a short sorted list,
    // instead of sorting every post for every post (which grew with the square of the library).
    const best: Array<{ post: T; score: number }> = [];
    for (let index = 0; index < newestFirst.length && wanted > 0; index += 1) {
      const post = newestFirst[index] as T;
      if (post.id === current.id || chosen.includes(post)) continue;
      let score = 0;
      for (const id of tagIdsInOrder[index] ?? []) if (id >= 0) score += weights[id] ?? 0;
      if (best.length === wanted && score <= (best[best.length - 1]?.score ?? Infinity)) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1]?.score ?? Infinity) < score) at -= 1;
      best.splice(at, 0, { post, score });
      if (best.length > wanted) best.pop();
    }

    return [...chosen, ...best.map(({ post }) => post)].slice(0, limit);
  };
}
