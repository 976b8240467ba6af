import { getCollection, type CollectionEntry } from "astro:content";
import { defaultLanguage } from "./languages.ts";
import { translationsIn, type Translation } from "./translations.ts";

export type Page = CollectionEntry<"pages"> & {
  /** The page in another language: its words and body. */
  translation?: Translation<"page-translations"> | undefined;
};

/** The policy pages (content/pages/), each with a language's words where it has them. */
export async function getPages(language: string = defaultLanguage): Promise<Page[]> {
  const pages = await getCollection("pages");
  if (language === defaultLanguage) return pages;
  const words = await translationsIn("page-translations", language);
  return pages.map((page) => {
    const translation = words.get(page.id);
    if (!translation) return page;
    const { title, description, example } = translation.data;
    // A translation that gives no date of its own keeps its original's last update.
    const updatedDate = translation.data.updatedDate ?? page.data.updatedDate;
    return {
      ...page,
      body: translation.body,
      filePath: translation.filePath,
      data: { ...page.data, title, description, example, updatedDate },
      translation,
    };
  });
}
