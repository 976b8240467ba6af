/**
 * The editor's language (Decap's `locale` in config.ts): English, with the site's own notices in
 * place of a few of Decap's (registered under this name by src/admin/editor.ts; Decap takes every
 * other phrase from its English).
 */
export const EDITOR_LOCALE = "en-site";
