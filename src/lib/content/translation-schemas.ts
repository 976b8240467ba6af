import { z } from "astro/zod";
import { calendarDate, searchSnippet } from "./fields.ts";
import { postTitle, reviewSummary } from "./schemas.ts";

/**
 * What a translation holds: only the words a reader sees in that language, and the date they were
 * last brought in line with the original. Everything else (dates of publication, the reviewer,
 * sources, prices, booking ids, pictures) is read from the original, so a fact is written once.
 * A translated post names its original (`translationOf`) because its own file name is its address
 * in its language; the other kinds share their original's file name.
 */

/**
 * Which entry a translation of a massage type, page, therapist or author translates. Its file name
 * says so already (content/es/team/jordan-reyes.yaml), and the check holds the two to one name;
 * the editor names a new translation's file after it (model.ts), as a title names a new post's.
 */
const originalName = () =>
  z.string().min(1, { error: "pick the entry this translates" }).optional().meta({ title: "Translation of" });

/** When the words were last checked against the original: a translation older than its original's last review or update is listed by the build. */
const translatedDate = () => calendarDate();

export const postTranslationSchema = <R extends z.ZodType>({
  reference,
}: {
  reference: (collection: string) => R;
}) =>
  z.strictObject({
    title: postTitle(),
    description: searchSnippet(),
    /** The file name of the post this translates, in content/posts. */
    translationOf: reference("posts").meta({ title: "Translation of" }),
    translatedDate: translatedDate(),
    draft: z.boolean({ error: "write true or false" }).default(false),
    heroAlt: z.string().optional(),
    review: z
      .strictObject({
        summary: reviewSummary(),
      })
      .optional()
      .meta({
        title: "Reviewer's box",
        description: "The reviewer's summary in this language; the sources are the original's.",
      }),
  });

export const massageTypeTranslationSchema = z.strictObject({
  translationOf: originalName(),
  name: z.string().min(3, { error: "write the massage type's name" }),
  summary: searchSnippet(),
  bestFor: z.array(z.string().min(3)).min(1, { error: "list at least one thing this massage is good for" }),
  askDoctorFirst: z
    .array(z.string().min(3))
    .min(1, { error: "list at least one situation in which to ask a doctor first" }),
  /** A session's note in this language, by its length in minutes. */
  sessionNotes: z
    .array(z.strictObject({ minutes: z.number().int().positive(), note: z.string().min(2) }))
    .default([]),
  translatedDate: translatedDate(),
});

export const pageTranslationSchema = z.strictObject({
  translationOf: originalName(),
  title: z.string().min(3, { error: "write the page's title" }).max(70),
  description: searchSnippet(),
  example: z.boolean().default(false),
  updatedDate: calendarDate().optional(),
  translatedDate: translatedDate(),
});

export const teamTranslationSchema = z.strictObject({
  translationOf: originalName(),
  role: z.string().min(2).optional(),
  licence: z.strictObject({ type: z.string().min(2) }).optional(),
  specialties: z.array(z.string().min(2)).optional(),
  languages: z.array(z.string().min(2)).optional(),
  bio: z.string().min(20, { error: "write a short bio of at least 20 characters" }).optional(),
});

export const authorTranslationSchema = z.strictObject({
  translationOf: originalName(),
  name: z.string().min(2).optional(),
  role: z.string().min(2).optional(),
  bio: z.string().min(20, { error: "write a short bio of at least 20 characters" }).optional(),
});
