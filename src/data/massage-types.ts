import { getCollection, type CollectionEntry } from "astro:content";
import { ContentError } from "../lib/content/problems";
import { missingPrices, pricedSessions, type PricedSession } from "../lib/massage/prices";
import { settings } from "./settings";

export type MassageType = CollectionEntry<"massage-types">;

/** Massage types in the order the practice chose (`order` in each file). */
export async function getMassageTypes(): Promise<MassageType[]> {
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

/** A type's sessions, shortest first, with prices worded (none when the practice hides them). */
export function sessionsOf(type: MassageType): PricedSession[] {
  return pricedSessions(type.data.sessions, type.data.bookingService, settings.prices);
}

/** Whether prices appear anywhere on the site (settings: prices.show). */
export const pricesShown = settings.prices.show;
