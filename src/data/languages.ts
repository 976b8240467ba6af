import {
  languageOfPath,
  languageParams,
  languagePrefix,
  translatedLanguages,
  withoutLanguage,
} from "../lib/site/languages.ts";
import { settings } from "./settings.ts";

/** The site's default language and the others, from the settings (content/settings.yaml). */
export const defaultLanguage = settings.defaultLanguage;
export const otherLanguages = translatedLanguages(settings);

/** The language a page is in, from its address (the base path removed first). */
export function languageOfUrl(url: URL): string {
  return languageOfPath(settings, sitePathOf(url));
}

/** The site's languages, the default first. */
export const siteLanguages: readonly string[] = settings.languages;

/** getStaticPaths of a page that exists in every language, under /[...lang]/. */
export const everyLanguage = () => languageParams(settings).map((params) => ({ params }));

/** A page's language from its `lang` param. */
export const languageOfParams = (params: { lang?: string | undefined }): string =>
  params.lang ?? defaultLanguage;

/** "/quiz/" in a language: "/es/quiz/". */
export const localPath = (language: string, path: string): string =>
  `${languagePrefix(settings, language)}${path}`;

/** A page's site path (the base path removed): "/es/quiz/". */
export function sitePathOf(url: URL): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return path || "/";
}

/**
 * A page's address in each of the site's languages: the ones a page gives (an article's translation
 * has its own name; a page with none in a language leaves it out); else, for a page of
 * src/pages/[...lang]/ (its route pattern), the same page under each language's prefix; else (the
 * topic pages, the 404 page) the page alone.
 */
export function alternatesOf(
  url: URL,
  routePattern: string,
  given?: Readonly<Record<string, string>>,
): Record<string, string> {
  if (given) return { ...given };
  if (!routePattern.startsWith("/[...lang]")) return { [languageOfUrl(url)]: sitePathOf(url) };
  const path = withoutLanguage(settings, sitePathOf(url));
  return Object.fromEntries(settings.languages.map((language) => [language, localPath(language, path)]));
}

/** The `lang` param of a page in a language: none for the default. */
export const langParam = (language: string): string | undefined =>
  language === defaultLanguage ? undefined : language;

/** An id that must not collide across languages (a share image's name): "es/swedish" for Spanish. */
export const localId = (language: string, id: string): string =>
  language === defaultLanguage ? id : `${language}/${id}`;
