import { languageOfPath, languageParams, languagePrefix, translatedLanguages } from "../lib/site/languages";
import { settings } from "./settings";

/** The site's default language and the others, from the settings (content/settings.yaml). */
export const defaultLanguage = settings.defaultLanguage;
export const otherLanguages = translatedLanguages(settings);

/** The language a page is in, from its address (the base path removed first). */
export function languageOfUrl(url: URL): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return languageOfPath(settings, path || "/");
}

/** getStaticPaths of a page that exists in every language, under /[...lang]/. */
export const everyLanguage = () => languageParams(settings).map((params) => ({ params }));

/** A page's language from its `lang` param. */
export const languageOfParams = (params: { lang?: string | undefined }): string =>
  params.lang ?? defaultLanguage;

/** "/quiz/" in a language: "/es/quiz/". */
export const localPath = (language: string, path: string): string =>
  `${languagePrefix(settings, language)}${path}`;
