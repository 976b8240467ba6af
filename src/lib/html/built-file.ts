/**
 * The built HTML file of a page's address, relative to the output folder, e.g. "blog/a/index.html"
 * for https://x.org/clinic/blog/a/ under the base path /clinic/; undefined outside the base.
 */
export function builtPageFor(url: string, base: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  return rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
}
