import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { fileSlug } from "./lib/content/slug";
import { sessionsSchema } from "./lib/massage/prices";

const DESCRIPTION_RULE = "write 50 to 160 characters: it is the snippet search engines show";

const PHOTO_ALT_RULE = "a photo needs photoAlt: describe the photo for people who cannot see it";

const team = defineCollection({
  loader: glob({ base: "./content/team", pattern: "*.yaml" }),
  schema: ({ image }) =>
    z
      .strictObject({
        name: z.string().min(2, { error: "write the therapist's full name" }),
        role: z.string().min(2, { error: 'write the role, for example "Licensed massage therapist"' }),
        /** Letters after the name, for example "LMT". */
        credentials: z.string().optional(),
        licence: z
          .strictObject({
            type: z
              .string()
              .min(2, { error: 'write the licence type, for example "Licensed Massage Therapist"' }),
            number: z.string().min(1, { error: "write the licence number as the board lists it" }),
            body: z.string().min(2, { error: "name the licensing body, for example the state's board" }),
            /** Where a visitor can check the licence (the board's look-up page). */
            verifyUrl: z
              .url({ protocol: /^https$/, error: "link the look-up page with a full https:// address" })
              .optional(),
          })
          .optional(),
        specialties: z.array(z.string().min(2)).default([]),
        languages: z.array(z.string().min(2)).default([]),
        bio: z.string().min(20, { error: "write a short bio of at least 20 characters" }),
        photo: image().optional(),
        photoAlt: z.string().optional(),
        order: z.number().int().default(0),
      })
      .refine((member) => member.photo === undefined || (member.photoAlt ?? "").trim().length > 0, {
        path: ["photoAlt"],
        error: PHOTO_ALT_RULE,
      }),
});

const authors = defineCollection({
  loader: glob({ base: "./content/authors", pattern: "*.yaml" }),
  schema: ({ image }) =>
    z
      .strictObject({
        /** A therapist on the team: name, credentials and photo then come from content/team/. */
        teamMember: reference("team").optional(),
        name: z.string().min(2, { error: "write the author's full name" }).optional(),
        role: z
          .string()
          .min(2, { error: 'write the author\'s role, for example "Licensed massage therapist"' })
          .optional(),
        credentials: z.string().optional(),
        bio: z.string().min(20, { error: "write a short bio of at least 20 characters" }).optional(),
        photo: image().optional(),
        photoAlt: z.string().optional(),
      })
      .superRefine((author, context) => {
        const fields = ["name", "role", "bio"] as const;
        for (const field of fields) {
          if (author.teamMember === undefined && author[field] === undefined) {
            context.addIssue({
              code: "custom",
              path: [field],
              message: `write the author's ${field}, or set teamMember to a file name from content/team/`,
            });
          }
        }
        if (author.teamMember !== undefined) {
          for (const field of [...fields, "credentials", "photo"] as const) {
            if (author[field] !== undefined) {
              context.addIssue({
                code: "custom",
                path: [field],
                message: `remove ${field}: this author is a team member, so it comes from content/team/ (one record, no copy)`,
              });
            }
          }
        }
        if (author.photo !== undefined && (author.photoAlt ?? "").trim().length === 0) {
          context.addIssue({ code: "custom", path: ["photoAlt"], message: PHOTO_ALT_RULE });
        }
      }),
});

// Stand-alone pages of prose (policies, privacy): the file name is the address, /<file-name>/.
const pages = defineCollection({
  loader: glob({ base: "./content/pages", pattern: "*.mdx" }),
  schema: z.strictObject({
    title: z.string().min(3, { error: "write the page's title" }).max(70),
    description: z.string().min(50, { error: DESCRIPTION_RULE }).max(160, { error: DESCRIPTION_RULE }),
    /** Where the page is linked in the footer; pages without it are linked only from other pages. */
    footer: z.boolean().default(true),
    /** Wording still to be confirmed by the practice: shows a visible note and a build warning. */
    example: z.boolean().default(false),
    updatedDate: z.coerce.date({ error: "write the date as YYYY-MM-DD" }).optional(),
  }),
});

const source = z.strictObject({
  title: z.string().min(3, { error: "write the title of the source" }),
  publisher: z.string().min(2, { error: "name who published the source (journal, organisation)" }),
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
      sessions: sessionsSchema,
      /** Replaced by `sessions`: a clear message instead of "unrecognized key" for old files. */
      sessionLengths: z
        .never({
          error:
            "sessionLengths was replaced by sessions: list each length as `- minutes: 60` with `price: 95` (see docs/CONTENT.md, Prices)",
        })
        .optional(),
      /** The booking platform's id for the type; a session's own bookingService wins for that length. */
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

export const collections = { authors, team, pages, posts, "massage-types": massageTypes };
