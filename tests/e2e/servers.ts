/** The built site, as `astro preview` serves it. */
export const PREVIEW_PORT = 4321;
/** `astro dev`, for what only the writing preview shows (drafts). */
export const DEV_PORT = 4322;
