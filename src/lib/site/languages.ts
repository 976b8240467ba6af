import { z } from "astro/zod";

/**
 * The site's languages. The files directly in content/ are written in the default language; each
 * other language's words sit in content/<code>/ in the same layout (content/es/copy/site.yaml,
 * content/es/posts/<its own address>.mdx), and its pages under /<code>/. Which languages a site has
 * is a setting (content/settings.yaml), so a Spanish-first practice writes Spanish in content/ and
 * English in content/en/.
 */

/** A language as pages and search engines name it: a two-letter ISO 639-1 code in lower case. */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

export const languageCode = z.string().regex(LANGUAGE_CODE, {
  error: 'write a language as its two-letter code in lower case, for example "en" or "es"',
});

export interface LanguageSettings {
  languages: readonly string[];
  defaultLanguage: string;
}

/** The settings' language fields, checked together: the default must be one of the site's languages. */
export const languageFields = {
  languages: z
    .array(languageCode)
    .min(1, { error: "list at least one language, for example [en]" })
    .refine((codes) => new Set(codes).size === codes.length, { error: "list each language once" })
    .default(["en"])
    .meta({
      title: "Languages",
      description: 'Two-letter codes, the default first, for example "en", "es".',
    }),
  defaultLanguage: languageCode
    .default("en")
    .meta({ title: "Default language", description: "The language of the files directly in content/." }),
};

/** Which language is the default is checked beside the list, so the message names the field. */
export const defaultLanguageIsListed = (settings: LanguageSettings): boolean =>
  settings.languages.includes(settings.defaultLanguage);

/** The languages with their own folder below content/: every language but the default. */
export const translatedLanguages = (settings: LanguageSettings): string[] =>
  settings.languages.filter((code) => code !== settings.defaultLanguage);

/** The address prefix of a language's pages: none for the default, "/es" for Spanish. */
export const languagePrefix = (settings: LanguageSettings, language: string): string =>
  language === settings.defaultLanguage ? "" : `/${language}`;

/** A path of the default language's site ("/quiz/") as the same page's path in a language. */
export const inLanguage = (settings: LanguageSettings, language: string, path: string): string =>
  `${languagePrefix(settings, language)}${path.startsWith("/") ? path : `/${path}`}`;

/** The language of a site path (the base path already removed): its first segment when it names one. */
export function languageOfPath(settings: LanguageSettings, path: string): string {
  const first = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1];
  return first !== undefined && first !== settings.defaultLanguage && settings.languages.includes(first)
    ? first
    : settings.defaultLanguage;
}

/** A site path without its language prefix: "/es/quiz/" -> "/quiz/". */
export function withoutLanguage(settings: LanguageSettings, path: string): string {
  const language = languageOfPath(settings, path);
  const prefix = languagePrefix(settings, language);
  return prefix === "" ? path : path.slice(prefix.length) || "/";
}

/** getStaticPaths params of a page in every language: `lang` is left out for the default. */
export const languageParams = (settings: LanguageSettings): Array<{ lang: string | undefined }> =>
  settings.languages.map((code) => ({ lang: code === settings.defaultLanguage ? undefined : code }));

/** The language a page's `lang` param stands for. */
export const languageOfParam = (settings: LanguageSettings, param: string | undefined): string =>
  param ?? settings.defaultLanguage;

/**
 * A file of the default language's content as the same file in a language's folder:
 * ("content/copy/site.yaml", "es") -> "content/es/copy/site.yaml".
 */
export const translatedFile = (file: string, language: string): string =>
  file.replace(/^content\//, `content/${language}/`);

/** The language folder a file below content/ sits in, or undefined for the default language's files. */
export const languageOfFile = (file: string): string | undefined => /^content\/([a-z]{2})\//.exec(file)?.[1];
