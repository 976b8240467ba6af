/**
 * The site's Content-Security-Policy, as astro.config.mjs gives it to Astro. The build adds the
 * hashes of every script and style it writes, and a page adds what it needs (the video player's
 * frame, the search index's WebAssembly, the counter's origin).
 */
export const SITE_POLICY_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The part of a page's policy a page adds to (Astro.csp in the build). */
export interface PagePolicy {
  insertDirective(directive: string): void;
  insertScriptResource(resource: string): void;
}

/** What one page added to its policy, as the preview records it (Astro writes no policy in dev). */
export interface PageAdditions {
  directives: string[];
  scriptResources: string[];
}

/** A page policy that records what the page adds, for the preview's policy of that page. */
export function recordingPolicy(additions: PageAdditions): PagePolicy {
  return {
    insertDirective: (directive) => void additions.directives.push(directive),
    insertScriptResource: (resource) => void additions.scriptResources.push(resource),
  };
}

export interface PreviewPolicyParts {
  /** `sha256-…` of each inline script the preview may run (Astro's island runtime, the counter). */
  scriptHashes: readonly string[];
  /** Origins the page may send to besides its own (the counter's). */
  connectOrigins?: readonly string[];
  /** What this page added to its policy, as it does in the build (the video player, WebAssembly). */
  page?: PageAdditions | undefined;
}

/**
 * The policy `npm run dev` sends with a page: the live site's directives and what this page adds to
 * them, so an inline handler, a `javascript:` link, a script or a frame from elsewhere does nothing
 * in the preview either, page by page. One thing differs, for the preview's own tooling and not for
 * content: inline styles (Vite inserts each stylesheet as a <style> element while it runs). The
 * dev server's own scripts are 'self', as the build's are.
 */
export function previewPolicy({ scriptHashes, connectOrigins = [], page }: PreviewPolicyParts): string {
  const directives = new Map<string, string[]>();
  const add = (directive: string) => {
    const [name = "", ...sources] = directive.trim().split(/\s+/);
    directives.set(name, [...new Set([...(directives.get(name) ?? []), ...sources])]);
  };
  for (const directive of SITE_POLICY_DIRECTIVES) add(directive);
  add(["connect-src", ...connectOrigins].join(" "));
  add(
    ["script-src 'self'", ...(page?.scriptResources ?? []), ...scriptHashes.map((hash) => `'${hash}'`)].join(
      " ",
    ),
  );
  add("style-src 'self' 'unsafe-inline'");
  for (const directive of page?.directives ?? []) add(directive);
  return [...directives].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}
