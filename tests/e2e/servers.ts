// E2E_PORT moves both servers, so two checkouts can run their browser tests side by side.
const base = Number(process.env["E2E_PORT"] ?? 4321);

/** The built site, as `astro preview` serves it. */
export const PREVIEW_PORT = base;
/** `astro dev`, for what only the writing preview shows (drafts). */
export const DEV_PORT = base + 1;
// base + 2 is Lighthouse's preview (scripts/lighthouse.ts), base + 3 the video test's site copy.
/** The content editor's local proxy (decap-server) for `astro dev`; the editor tests start it. */
export const CMS_PROXY_PORT = base + 5;
