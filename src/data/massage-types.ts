import { getCollection, type CollectionEntry } from "astro:content";

export type MassageType = CollectionEntry<"massage-types">;

/** Massage types in the order the practice chose (`order` in each file). */
export async function getMassageTypes(): Promise<MassageType[]> {
  const types = await getCollection("massage-types");
  return types.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
