/**
 * Joins the site's base path (`/` or e.g. `/clinic/`) with a root-relative path, so every link
 * keeps working when the site is deployed below a sub-folder.
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, "")}`;
}

export const paths = {
  home: () => "/",
  blog: (page = 1) => (page <= 1 ? "/blog/" : `/blog/${page}/`),
  post: (slug: string) => `/blog/${slug}/`,
  tags: () => "/tags/",
  tag: (tag: string) => `/tags/${tag}/`,
  author: (id: string) => `/authors/${id}/`,
  massageTypes: () => "/massage/",
  massageType: (id: string) => `/massage/${id}/`,
  quiz: () => "/quiz/",
  search: () => "/search/",
} as const;
