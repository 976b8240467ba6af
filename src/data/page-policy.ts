import { recordingPolicy, type PagePolicy } from "../lib/html/policy.ts";

/**
 * The policy a page adds to: Astro's, which the build writes into the page. `astro dev` writes no
 * policy (Astro.csp exists there but its calls go nowhere), so in the preview the same calls are also
 * recorded, and the preview's policy for this page is made from them (src/middleware.ts): a page
 * allows in the preview exactly what it allows once published.
 */
export function pagePolicy(astro: { csp?: PagePolicy | undefined; locals: App.Locals }): PagePolicy {
  if (!import.meta.env.DEV && astro.csp) return astro.csp;
  astro.locals.pageAdditions ??= { directives: [], scriptResources: [] };
  return recordingPolicy(astro.locals.pageAdditions);
}
