/**
 * Joins the site's base path (`/` or e.g. `/clinic/`) with a root-relative path, so every link
 * keeps working when the site is deployed below a sub-folder.
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, "")}`;
}
