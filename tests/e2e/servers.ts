// E2E_PORT moves both servers, so two checkouts can run their browser tests side by side.
const base = Number(process.env["E2E_PORT"] ?? 4321);

/** The built site, as `astro preview` serves it. */
export const PREVIEW_PORT = base;
/** `astro dev`, for what only the writing preview shows (drafts). */
export const DEV_PORT = base + 1;
// base + 2 is Lighthouse's preview (scripts/lighthouse.ts), base + 3 the video test's preview of the published variant.
/** The published variant, with its moved and removed addresses, through the emulator (redirects.spec.ts). */
export const REDIRECTS_HOST_PORT = base + 4;
/** The editor field test's own editor proxy (tests/e2e/cms-fields.spec.ts): logo, colours, tags, body. */
export const CMS_FIELDS_PROXY_PORT = base + 12;
/** The content editor's local proxy (decap-server) for `astro dev`; the editor tests start it. */
export const CMS_PROXY_PORT = base + 5;
/** The built site as the host serves it: Cloudflare's emulator (wrangler), which applies `_headers`. */
export const HOST_PORT = base + 6;
/** The sign-in test: a copy of the site with the old headers (emulator), and the stand-in sign-in service. */
export const OLD_HEADERS_HOST_PORT = base + 7;
export const AUTH_PORT = base + 8;
/** The editor preview test's own editor proxy (tests/e2e/cms-preview.spec.ts), beside cms.spec.ts's. */
export const CMS_PREVIEW_PROXY_PORT = base + 9;
/** The new-entry checks' own editor proxies (tests/e2e/cms-new-entry.spec.ts): + 10 and + 11, one per worker. */
export const CMS_NEW_ENTRY_PROXY_PORT = base + 10;
/** The editor delete test's own editor proxy (tests/e2e/cms-redirects.spec.ts), beside cms.spec.ts's. */
export const CMS_REDIRECTS_PROXY_PORT = base + 13;

/**
 * Cloudflare's emulator serving `folder` on `port`, offline. The compatibility date is pinned (a
 * static site uses no Workers features; without it wrangler warns on every start).
 */
export const hostEmulator = (folder: string, port: number) =>
  `npx wrangler pages dev ${folder} --ip 127.0.0.1 --port ${port} --compatibility-date=2026-11-17 --log-level=warn`;
