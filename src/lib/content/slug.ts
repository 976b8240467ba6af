/**
 * A post's or page's slug: its file name without folders or extension, made into a clean address
 * ("Back Pain Tips.mdx" → "back-pain-tips"). One rule for the content collections, the content
 * checks and the sitemap, so they always agree on a post's address. Two files that end up with one
 * slug are reported by the content checks, naming both.
 */
export function fileSlug(path: string): string {
  return (path.split("/").pop() ?? path)
    .replace(/\.(mdx?|ya?ml)$/i, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
