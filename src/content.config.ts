import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { fileSlug } from "./lib/content/slug";

const DESCRIPTION_RULE = "write 50 to 160 characters: it is the snippet search engines show";

const authors = defineCollection({
  loader: glob({ base: "./content/authors", pattern: "*.yaml" }),
  schema: ({ image }) =>
    z.strictObject({
      name: z.string().min(2, { error: "write the author's full name" }),
      role: z
        .string()
        .min(2, { error: 'write the author\'s role, for example "Licensed massage therapist"' }),
      credentials: z.string().optional(),
      bio: z.string().min(20, { error: "write a short bio of at least 20 characters" }),
      photo: image().optional(),
      photoAlt: z.string().optional(),
    }),
});

const source = z.strictObject({
  title: z.string().min(3, { error: "write the title of the source" }),
  publisher: z.string().min(2, { error: "name who published the source (journal, organization)" }),
  year: z.number().int().min(1900).max(2100),
  url: z.url({ protocol: /^https$/, error: "link the source with a full https:// address" }).optional(),
});

const posts = defineCollection({
  // Posts may sit in sub-folders (by year, say); the address is always the file name.
  loader: glob({ base: "./content/posts", pattern: "**/*.mdx", generateId: ({ entry }) => fileSlug(entry) }),
  schema: ({ image }) =>
    z
      .strictObject({
        title: z.string().min(10, { error: "write a title of at least 10 characters" }).max(100),
        description: z.string().min(50, { error: DESCRIPTION_RULE }).max(160, { error: DESCRIPTION_RULE }),
        pubDate: z.coerce.date({ error: "write the publication date as YYYY-MM-DD" }),
        updatedDate: z.coerce.date({ error: "write the update date as YYYY-MM-DD" }).optional(),
        author: reference("authors"),
        reviewedBy: reference("authors").optional(),
        reviewedDate: z.coerce.date({ error: "write the review date as YYYY-MM-DD" }).optional(),
        tags: z
          .array(
            z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
              error: 'write tags in lowercase with dashes, for example "lower-back"',
            }),
          )
          .min(1, { error: "give the post at least one tag" }),
        heroImage: image().optional(),
        heroAlt: z.string().optional(),
        draft: z.boolean().default(false),
        related: z.array(z.string()).max(3, { error: "list at most 3 related posts" }).optional(),
        sources: z.array(source).default([]),
        /** The reviewer's box: a plain summary of the evidence and the sources they checked. */
        review: z
          .strictObject({
            summary: z
              .array(z.string().min(20, { error: "write each paragraph of the summary in full" }))
              .min(1, { error: "write the reviewer's summary as a list of paragraphs" }),
            sources: z.array(source).default([]),
          })
          .optional(),
      })
      .refine((post) => post.heroImage === undefined || (post.heroAlt ?? "").trim().length > 0, {
        path: ["heroAlt"],
        error: "a heroImage needs heroAlt: describe the image for people who cannot see it",
      })
      .refine((post) => post.updatedDate === undefined || post.updatedDate >= post.pubDate, {
        path: ["updatedDate"],
        error: "updatedDate must be on or after pubDate",
      })
      .refine((post) => (post.reviewedBy === undefined) === (post.reviewedDate === undefined), {
        path: ["reviewedDate"],
        error: "set reviewedBy and reviewedDate together, or neither",
      })
      .refine((post) => post.review === undefined || post.reviewedBy !== undefined, {
        path: ["review"],
        error: "a review box needs reviewedBy and reviewedDate: name who reviewed the article and when",
      }),
});

const PRESSURES = ["light", "medium", "firm"] as const;
const pressure = z.enum(PRESSURES, { error: 'use one of "light", "medium" or "firm"' });

const massageTypes = defineCollection({
  loader: glob({ base: "./content/massage-types", pattern: "*.mdx" }),
  schema: z
    .strictObject({
      name: z.string().min(3, { error: "write the massage type's name" }),
      summary: z.string().min(50, { error: DESCRIPTION_RULE }).max(160, { error: DESCRIPTION_RULE }),
      pressure: z.strictObject({ from: pressure, to: pressure }),
      bestFor: z
        .array(z.string().min(3))
        .min(1, { error: "list at least one thing this massage is good for" }),
      askDoctorFirst: z
        .array(z.string().min(3))
        .min(1, { error: "list at least one situation in which to ask a doctor first" }),
      sessionLengths: z
        .array(z.number().int().min(10).max(180), {
          error: "list session lengths in minutes, for example [30, 60, 90]",
        })
        .min(1),
      bookingService: z.string().regex(/^[A-Za-z0-9_-]+$/, {
        error: "write the booking page's service id using letters, digits, - or _",
      }),
      order: z.number().int({ error: "give a whole number: types are listed from the lowest order up" }),
    })
    .refine((type) => PRESSURES.indexOf(type.pressure.from) <= PRESSURES.indexOf(type.pressure.to), {
      path: ["pressure"],
      error: "pressure.from must be the same as or lighter than pressure.to",
    }),
});

export const collections = { authors, posts, "massage-types": massageTypes };
