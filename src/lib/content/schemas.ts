import { z } from "astro/zod";
import { calendarDate, tag } from "./fields";

/**
 * The collections' schemas, written once. src/content.config.ts passes Astro's `image()` and
 * `reference()`; the content pre-check (src/lib/content/site-check.ts) passes plain strings and
 * checks the image files and names itself, so both read the same rules.
 */
export interface SchemaHelpers<I extends z.ZodType = z.ZodType, A extends z.ZodType = z.ZodType> {
  image: () => I;
  author: () => A;
}

const DESCRIPTION_RULE = "write 50 to 160 characters: it is the snippet search engines show";

export const authorSchema = <I extends z.ZodType>({ image }: { image: () => I }) =>
  z.strictObject({
    name: z.string().min(2, { error: "write the author's full name" }),
    role: z.string().min(2, { error: 'write the author\'s role, for example "Licensed massage therapist"' }),
    credentials: z.string().optional(),
    bio: z.string().min(20, { error: "write a short bio of at least 20 characters" }),
    photo: image().optional(),
    photoAlt: z.string().optional(),
  });

const source = z.strictObject({
  title: z.string().min(3, { error: "write the title of the source" }),
  publisher: z.string().min(2, { error: "name who published the source (journal, organisation)" }),
  year: z.number({ error: "write the year as a number, e.g. 2015" }).int().min(1900).max(2100),
  url: z.url({ protocol: /^https$/, error: "link the source with a full https:// address" }).optional(),
});

export const postFields = <I extends z.ZodType, A extends z.ZodType>({
  image,
  author,
}: SchemaHelpers<I, A>) =>
  z.strictObject({
    title: z.string().min(10, { error: "write a title of at least 10 characters" }).max(100, {
      error: "write a title of at most 100 characters",
    }),
    description: z.string().min(50, { error: DESCRIPTION_RULE }).max(160, { error: DESCRIPTION_RULE }),
    pubDate: calendarDate(),
    updatedDate: calendarDate().optional(),
    author: author(),
    reviewedBy: author().optional(),
    reviewedDate: calendarDate().optional(),
    tags: z.array(tag()).min(1, { error: "give the post at least one tag" }),
    heroImage: image().optional(),
    heroAlt: z.string().optional(),
    draft: z.boolean({ error: "write true or false" }).default(false),
    related: z.array(z.string()).max(3, { error: "list at most 3 related posts" }).optional(),
    sources: z.array(source).default([]),
  });

export const postSchema = <I extends z.ZodType, A extends z.ZodType>(helpers: SchemaHelpers<I, A>) =>
  postFields(helpers)
    .refine((post) => post.heroImage === undefined || (post.heroAlt ?? "").trim().length > 0, {
      path: ["heroAlt"],
      error: "a heroImage needs heroAlt: describe the image for people who cannot see it",
      params: { kind: "heroAlt" },
    })
    .refine((post) => post.updatedDate === undefined || post.updatedDate >= post.pubDate, {
      path: ["updatedDate"],
      error: "updatedDate must be on or after pubDate",
    })
    .refine((post) => (post.reviewedBy === undefined) === (post.reviewedDate === undefined), {
      path: ["reviewedDate"],
      error: "set reviewedBy and reviewedDate together, or neither",
    });

const PRESSURES = ["light", "medium", "firm"] as const;
const pressure = z.enum(PRESSURES, { error: 'use one of "light", "medium" or "firm"' });

export const massageTypeSchema = z
  .strictObject({
    name: z.string().min(3, { error: "write the massage type's name" }),
    summary: z.string().min(50, { error: DESCRIPTION_RULE }).max(160, { error: DESCRIPTION_RULE }),
    pressure: z.strictObject({ from: pressure, to: pressure }),
    bestFor: z.array(z.string().min(3)).min(1, { error: "list at least one thing this massage is good for" }),
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
  });

/** Examples for "… is missing. Add it, e.g. …". */
export const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
  title: '"How to sit well at a desk"',
  description: '"What to change at your desk so your lower back hurts less, in five small steps."',
  pubDate: "2026-03-14",
  author: "clinical-team",
  tags: "[lower-back, posture]",
  heroAlt: '"A therapist working on a lower back"',
  name: '"Swedish massage"',
  summary: '"A gentle, relaxing full-body massage with long strokes and light to medium pressure."',
  bio: '"Licensed massage therapist who treats back pain every day."',
  role: '"Licensed massage therapist"',
  order: "3",
  bookingService: "swedish",
};
