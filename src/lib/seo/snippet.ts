/** The most a search result shows of a page's description. */
export const SNIPPET_ROOM = 160;

/** Shorter than this, whole sentences say too little to be worth keeping whole. */
const USEFUL = 100;

/** As many whole sentences of `text` as fit in `room` ("" when the first does not). */
function wholeSentences(text: string, room: number): string {
  let kept = "";
  for (const sentence of text.trim().split(/(?<=[.!?])\s+/)) {
    const longer = kept ? `${kept} ${sentence}` : sentence;
    if (longer.length > room) break;
    kept = longer;
  }
  return kept;
}

/**
 * A search snippet from the texts that could describe a page, best first: the longest run of whole
 * sentences any of them gives, so the snippet does not stop mid-sentence; only when none gives a
 * useful one is the first cut at a word, with an ellipsis.
 */
export function snippet(candidates: readonly string[], room = SNIPPET_ROOM): string {
  const whole = candidates
    .map((text) => wholeSentences(text, room))
    .reduce((best, next) => (next.length > best.length ? next : best), "");
  if (whole.length >= USEFUL) return whole;
  const first = candidates[0] ?? "";
  return first.length <= room ? first : `${first.slice(0, room - 1).replace(/\s+\S*$/, "")}…`;
}

/**
 * A search snippet for a list page: its heading, then as many whole items as fit ("Articles reviewed
 * by Jordan Reyes: First title, Second title"), never an item cut off.
 */
export function listSnippet(heading: string, items: readonly string[], room = SNIPPET_ROOM): string {
  let kept = heading;
  for (const [index, item] of items.entries()) {
    const longer = `${kept}${index === 0 ? ": " : ", "}${item}`;
    if (longer.length > room) break;
    kept = longer;
  }
  return kept;
}
