/**
 * A post's or page's slug: its file name without folders or extension. One rule for the content
 * collections, the content checks and the sitemap, so they always agree on a post's address.
 */
export function fileSlug(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.mdx?$/, "");
}
