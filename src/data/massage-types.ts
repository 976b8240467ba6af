import { getCollection, type CollectionEntry } from "astro:content";
import { ContentError } from "../lib/content/problems.ts";
import {
  missingPrices,
  pricedSessions,
  withSessionNotes,
  type PricedSession,
} from "../lib/massage/prices.ts";
import { settings } from "./settings.ts";
import { defaultLanguage } from "./languages.ts";
import { numberWordsIn } from "./copy.ts";
import { translationsIn, type Translation } from "./translations.ts";

export type MassageType = CollectionEntry<"massage-types"> & {
  /** The type's page in another language: its words and body (the original's when none). */
  translation?: Translation<"massage-type-translations"> | undefined;
};

/**
 * Massage types in the order the practice chose (`order` in each file), in a language: another
 * language's words in place of the original's, the prices, lengths and booking ids kept.
 */
export async function getMassageTypes(language: string = defaultLanguage): Promise<MassageType[]> {
  const types = await getTypesInOrder();
  if (language === defaultLanguage) return types;
  const words = await translationsIn("massage-type-translations", language);
  return types.map((type) => {
    const translation = words.get(type.id);
    if (!translation) return type;
    const { name, summary, bestFor, askDoctorFirst, sessionNotes } = translation.data;
    const sessions = withSessionNotes(type.data.sessions, sessionNotes);
    return { ...type, data: { ...type.data, name, summary, bestFor, askDoctorFirst, sessions }, translation };
  });
}

async function getTypesInOrder(): Promise<MassageType[]> {
  const types = await getCollection("massage-types");
  const problems = types.flatMap((type) =>
    missingPrices(type.data.sessions, settings.prices.show).map(
      (problem) => `content/massage-types/${type.id}.mdx: ${problem}`,
    ),
  );
  if (problems.length > 0) {
    throw new ContentError(`Prices are missing:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
  }
  return types.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** A type's sessions, shortest first, with prices worded in a language (none when the practice hides them). */
export function sessionsOf(type: MassageType, language: string = defaultLanguage): PricedSession[] {
  return pricedSessions(
    type.data.sessions,
    type.data.bookingService,
    settings.prices,
    numberWordsIn(language),
  );
}

/** Whether prices appear anywhere on the site (settings: prices.show). */
export const pricesShown = settings.prices.show;
