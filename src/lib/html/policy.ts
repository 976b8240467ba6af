import { YOUTUBE_EMBED_ORIGIN } from "../content/youtube.ts";

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

export interface PreviewPolicyParts {
  /** `sha256-…` of each inline script the preview may run (Astro's island runtime, the counter). */
  scriptHashes: readonly string[];
  /** Origins the page may send to besides its own (the counter's). */
  connectOrigins?: readonly string[];
}

/**
 * The policy `npm run dev` sends with every page: the live site's directives, so an inline handler,
 * a `javascript:` link or a script from elsewhere does nothing in the preview either. Two things
 * differ, both for the preview's own tooling and neither for content: scripts from the dev server
 * itself ('self', where Vite serves its client and each module), and inline styles (Vite inserts each
 * stylesheet as a <style> element while it runs). The per-page additions are allowed on every page.
 */
export function previewPolicy({ scriptHashes, connectOrigins = [] }: PreviewPolicyParts): string {
  const directives = SITE_POLICY_DIRECTIVES.map((directive) =>
    directive === "connect-src 'self'" ? ["connect-src 'self'", ...connectOrigins].join(" ") : directive,
  );
  return [
    ...directives,
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((hash) => `'${hash}'`)].join(" "),
    "style-src 'self' 'unsafe-inline'",
    `frame-src ${YOUTUBE_EMBED_ORIGIN}`,
  ].join("; ");
}
