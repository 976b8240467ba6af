/** "a", "a and b", "a, b and c", with the language's `and` (content/quiz.yaml: wording.and). */
export function joinWithAnd(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}
