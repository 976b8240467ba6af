/**
 * A post's description as an RSS item's description. RSS carries the description as HTML (readers
 * decode it and render it), while a post's description is plain text: written as HTML text, so a
 * description holding `<img src="https://…">` reaches a reader as those words, never as a picture
 * fetched from elsewhere (found in review, 2026-12-07).
 */
export const feedDescription = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
