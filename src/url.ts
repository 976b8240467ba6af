import { withBase } from "./lib/paths";

/** A site-internal link with the deploy's base path applied. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
