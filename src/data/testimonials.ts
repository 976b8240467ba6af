import { getCollection, type CollectionEntry } from "astro:content";

export type Testimonial = CollectionEntry<"testimonials">;

// Listed, never loaded here: only whether there is any file matters.
const testimonialFiles = import.meta.glob("/content/testimonials/*.{yaml,yml}", { query: "?raw" });

/**
 * Clients' words, newest first: all of them (the home page shows the first few), or only those
 * about one massage type (its page).
 */
export async function getTestimonials(massageType?: string): Promise<Testimonial[]> {
  // Astro warns on every page that asks for an empty collection; a practice may have none yet.
  if (Object.keys(testimonialFiles).length === 0) return [];
  const all = await getCollection("testimonials");
  return all
    .filter((entry) => massageType === undefined || entry.data.massageType === massageType)
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}
