import { getCollection, type CollectionEntry } from "astro:content";

/** The translation collections, by the collection they translate. */
type TranslationName =
  | "post-translations"
  | "massage-type-translations"
  | "page-translations"
  | "team-translations"
  | "author-translations";

export type Translation<N extends TranslationName> = CollectionEntry<N>;

/** A translation's id without its language: "es/seis-razones" -> "seis-razones". */
export const idInLanguage = (id: string): string => id.slice(id.indexOf("/") + 1);

/**
 * One language's translations of a collection, by the original's id: a post's `translationOf`,
 * the others' file name (content/es/massage-types/swedish.mdx translates swedish).
 */
export async function translationsIn<N extends TranslationName>(
  name: N,
  language: string,
): Promise<Map<string, Translation<N>>> {
  const entries = (await getCollection(name, (entry: { id: string }) =>
    entry.id.startsWith(`${language}/`),
  )) as Translation<N>[];
  return new Map(
    entries.map((entry) => {
      const data = entry.data as { translationOf?: { id: string } };
      return [data.translationOf?.id ?? idInLanguage(entry.id), entry] as const;
    }),
  );
}
