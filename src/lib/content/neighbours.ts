/** The newer and older neighbours of a post in a newest-first list, for previous/next links. */
export function neighbours<T extends { id: string }>(newestFirst: readonly T[], id: string) {
  const index = newestFirst.findIndex((post) => post.id === id);
  if (index === -1) return { newer: undefined, older: undefined };
  return { newer: newestFirst[index - 1], older: newestFirst[index + 1] };
}
