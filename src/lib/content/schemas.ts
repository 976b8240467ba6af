import { z } from "astro/zod";
import { httpsAddress } from "../html/https-address.ts";
import { sessionsSchema } from "../massage/prices.ts";
import { calendarDate, searchSnippet, tag } from "./fields.ts";

/**
 * The collections' schemas, written once. src/content.config.ts passes Astro's `image()` and
 * `reference()`; the content pre-check (src/lib/content/site-check.ts) passes plain strings and
 * checks the image files and names itself, so both read the same rules.
 */
export interface SchemaHelpers<I extends z.ZodType = z.ZodType, A extends z.ZodType = z.ZodType> {
  image: () => I;
  author: () => A;
}

const PHOTO_ALT_RULE = "a photo needs photoAlt: describe the photo for people who cannot see it";

/**
 * Runs a rule between fields beside the fields' own mistakes (zod skips a refinement once a field
 * has one): a new entry left half empty hears every mistake at its first save, not the rule's after
 * the rest are fixed. Such a rule reads each field as possibly missing or of another type.
 */
const besideFieldMistakes = {
  when: ({ value }: { value: unknown }) =>
    typeof value === "object" && value !== null && !Array.isArray(value),
};

/** A picture is described: there is none, or its alt text has words (alt of another type is its own mistake). */
const describedPicture = (picture: unknown, alt: unknown) =>
  picture === undefined || (typeof alt === "string" ? alt.trim() !== "" : alt !== undefined);

export const teamSchema = <I extends z.ZodType>({ image }: { image: () => I }) =>
  z
    .strictObject({
      name: z.string().min(2, { error: "write the therapist's full name" }).meta({ title: "Name" }),
      role: z
        .string()
        .min(2, { error: 'write the role, for example "Licensed massage therapist"' })
        .meta({ title: "Role" }),
      /** Letters after the name, for example "LMT". */
      credentials: z
        .string()
        .optional()
        .meta({ title: "Credentials", description: "Letters after the name, for example LMT." }),
      licence: z
        .strictObject({
          type: z
            .string()
            .min(2, { error: 'write the licence type, for example "Licensed Massage Therapist"' })
            .meta({ title: "Licence type" }),
          number: z
            .string()
            .min(1, { error: "write the licence number as the board lists it" })
            .meta({ title: "Licence number" }),
          body: z
            .string()
            .min(2, { error: "name the licensing body, for example the state's board" })
            .meta({ title: "Licensing body" }),
          /** Where a visitor can check the licence (the board's look-up page). */
          verifyUrl: httpsAddress("link the look-up page with a full https:// address")
            .optional()
            .meta({ title: "Page where visitors can check the licence" }),
        })
        .optional()
        .meta({ title: "Licence" }),
      specialties: z.array(z.string().min(2)).default([]).meta({ title: "Specialties" }),
      languages: z.array(z.string().min(2)).default([]).meta({ title: "Languages spoken" }),
      bio: z
        .string()
        .min(20, { error: "write a short bio of at least 20 characters" })
        .meta({ title: "Short bio" }),
      photo: image().optional(),
      photoAlt: z.string().optional(),
      order: z.number().int().default(0).meta({ title: "Order on the team page (lowest first)" }),
    })
    .refine((member) => describedPicture(member.photo, member.photoAlt), {
      path: ["photoAlt"],
      error: PHOTO_ALT_RULE,
      ...besideFieldMistakes,
    });

export const authorSchema = <I extends z.ZodType, T extends z.ZodType>({
  image,
  teamMember,
}: {
  image: () => I;
  teamMember: () => T;
}) =>
  z
    .strictObject({
      /** A therapist on the team: name, credentials and photo then come from content/team/. */
      teamMember: teamMember().optional(),
      name: z.string().min(2, { error: "write the author's full name" }).optional(),
      role: z
        .string()
        .min(2, { error: 'write the author\'s role, for example "Licensed massage therapist"' })
        .optional(),
      credentials: z.string().optional(),
      bio: z.string().min(20, { error: "write a short bio of at least 20 characters" }).optional(),
      photo: image().optional(),
      photoAlt: z.string().optional(),
      /** Several people signing together, such as the clinical team: search engines read a group. */
      group: z.boolean().default(false),
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
      // Beside the fields' own mistakes: a teamMember that is no name has its own, and sets nothing.
      const isTeamMember = typeof author.teamMember === "string";
      if (isTeamMember && author.group === true) {
        context.addIssue({
          code: "custom",
          path: ["group"],
          message: "remove group: this author is one therapist from content/team/",
        });
      }
      if (isTeamMember) {
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
      if (!describedPicture(author.photo, author.photoAlt)) {
        context.addIssue({ code: "custom", path: ["photoAlt"], message: PHOTO_ALT_RULE });
      }
    }, besideFieldMistakes);

/** Stand-alone pages of prose (policies, privacy): the file name is the address, /<file-name>/. */
export const pageSchema = z.strictObject({
  title: z.string().min(3, { error: "write the page's title" }).max(70).meta({ title: "Title" }),
  description: searchSnippet().meta({ title: "Description (search snippet)" }),
  /** Where the page is linked in the footer; pages without it are linked only from other pages. */
  footer: z.boolean().default(true).meta({ title: "Link to this page in the footer" }),
  /** Wording still to be confirmed by the practice: shows a visible note and a build warning. */
  example: z.boolean().default(false).meta({
    title: "Still the example text",
    description: "On while the page holds the example wording the practice must replace.",
  }),
  updatedDate: calendarDate().optional().meta({ title: "Last updated" }),
});

/** The reviewer's summary of the evidence, paragraph by paragraph (a translation has its own). */
export const reviewSummary = () =>
  z
    .array(z.string().min(20, { error: "write each paragraph of the summary in full" }))
    .min(1, { error: "write the reviewer's summary as a list of paragraphs" })
    .meta({ title: "Summary paragraphs" });

const source = z.strictObject({
  title: z.string().min(3, { error: "write the title of the source" }).meta({ title: "Title" }),
  publisher: z
    .string()
    .min(2, { error: "name who published the source (journal, organization)" })
    .meta({ title: "Publisher (journal, organisation)" }),
  year: z
    .number({ error: "write the year as a number, e.g. 2015" })
    .int()
    .min(1900)
    .max(2100)
    .meta({ title: "Year" }),
  url: httpsAddress("link the source with a full https:// address")
    .optional()
    .meta({ title: "Address (https://…)" }),
});

export const postFields = <I extends z.ZodType, A extends z.ZodType>({
  image,
  author,
}: SchemaHelpers<I, A>) =>
  z.strictObject({
    title: postTitle(),
    description: searchSnippet(),
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
    /** The reviewer's box: a plain summary of the evidence and the sources they checked. */
    review: z
      .strictObject({
        summary: reviewSummary(),
        sources: z.array(source).default([]).meta({ title: "Reviewer's sources" }),
      })
      .optional()
      .meta({
        title: "Reviewer's box",
        description: "The reviewer's summary and sources, shown in a box on the article.",
      }),
  });

/**
 * What a post needs before it is published; a draft may wait. Every article is a health article,
 * so it names the licensed therapist who reviewed it and when. The editor marks these fields as
 * needed to publish (src/lib/cms/config.ts) from this list.
 */
export const NEEDED_TO_PUBLISH = ["reviewedBy", "reviewedDate"] as const;

/** A post's title, in its own language or a translation's. */
export const postTitle = () =>
  z
    .string()
    .min(10, { error: "write a title of at least 10 characters" })
    .max(100, { error: "write a title of at most 100 characters" })
    // Feed readers and share cards show the title as it is written: words, never markup.
    .refine((title) => !/<[a-z!/?]/i.test(title), {
      error: "write the title in words, without < and a tag after it: feed readers would read it as markup",
    });

export const postSchema = <I extends z.ZodType, A extends z.ZodType>(helpers: SchemaHelpers<I, A>) =>
  postFields(helpers)
    .refine((post) => describedPicture(post.heroImage, post.heroAlt), {
      path: ["heroAlt"],
      error: "a heroImage needs heroAlt: describe the image for people who cannot see it",
      params: { kind: "heroAlt" },
      ...besideFieldMistakes,
    })
    .refine((post) => post.updatedDate === undefined || post.updatedDate >= post.pubDate, {
      path: ["updatedDate"],
      error: "updatedDate must be on or after pubDate",
    })
    .superRefine((post, context) => {
      if (post.draft) return;
      for (const field of NEEDED_TO_PUBLISH) {
        if (post[field] !== undefined) continue;
        context.addIssue({
          code: "custom",
          path: [field],
          params: { kind: "neededToPublish" },
          message: "a published article needs its clinical review",
        });
      }
    }, besideFieldMistakes)
    // A draft may wait for its review, but not keep half of one (a published post is checked above).
    .refine((post) => !post.draft || (post.reviewedBy === undefined) === (post.reviewedDate === undefined), {
      path: ["reviewedDate"],
      error: "set reviewedBy and reviewedDate together, or neither",
      ...besideFieldMistakes,
    })
    .refine((post) => post.review === undefined || post.reviewedBy !== undefined, {
      path: ["review"],
      error: "a review box needs reviewedBy and reviewedDate: name who reviewed the article and when",
      ...besideFieldMistakes,
    });

const PRESSURES = ["light", "medium", "firm"] as const;
const pressure = z.enum(PRESSURES, { error: 'use one of "light", "medium" or "firm"' });

export const massageTypeSchema = <I extends z.ZodType>({ image }: { image: () => I }) =>
  z
    .strictObject({
      name: z.string().min(3, { error: "write the massage type's name" }),
      summary: searchSnippet(),
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
      /** A photo of this massage at the practice, next to the file; shown at the top of its page. */
      photo: image().optional(),
      photoAlt: z.string().optional(),
    })
    .refine(
      ({ pressure }) => {
        const [from, to] = [PRESSURES.indexOf(pressure?.from), PRESSURES.indexOf(pressure?.to)];
        // A pressure that is missing or not a word has its own mistake.
        return from === -1 || to === -1 || from <= to;
      },
      {
        path: ["pressure"],
        error: "pressure.from must be the same as or lighter than pressure.to",
        ...besideFieldMistakes,
      },
    )
    .refine((type) => describedPicture(type.photo, type.photoAlt), {
      path: ["photoAlt"],
      error: PHOTO_ALT_RULE,
      ...besideFieldMistakes,
    });

/**
 * A client's own words about the practice (content/testimonials/*.yaml). Published only with the
 * client's permission (`consent: true`), named as they agreed, never as a review in structured data.
 */
export const testimonialSchema = z
  .strictObject({
    quote: z
      .string()
      .min(20, { error: "write the client's words (at least 20 characters)" })
      .max(400, { error: "keep a testimonial under 400 characters: quote the part that matters" }),
    /** How the client agreed to be named: "Maria G.", or "a client". */
    name: z
      .string()
      .min(2, { error: 'write how the client agreed to be named, e.g. "Maria G." or "a client"' }),
    date: calendarDate(),
    /** The massage type the client had, to show the words on that type's page too. */
    massageType: z.string().optional(),
    /** The client agreed to these words and this name being shown; the build requires true. */
    consent: z.boolean().optional(),
  })
  .refine((testimonial) => testimonial.consent === true, {
    path: ["consent"],
    params: { kind: "consent" },
    error: "publish a client's words only with their consent (consent: true)",
    ...besideFieldMistakes,
  });

/** Examples for "… is missing. Add it, e.g. …". */
export const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
  title: '"How to sit well at a desk"',
  description: '"What to change at your desk so your lower back hurts less, in five small steps."',
  pubDate: "2026-03-14",
  author: "clinical-team",
  reviewedBy: "jordan-reyes",
  reviewedDate: "2026-03-14",
  tags: "[lower-back, posture]",
  heroAlt: '"A therapist working on a lower back"',
  photoAlt: '"A therapist working on a client\'s upper back"',
  name: '"Swedish massage"',
  summary: '"A gentle, relaxing full-body massage with long strokes and light to medium pressure."',
  bio: '"Licensed massage therapist who treats back pain every day."',
  role: '"Licensed massage therapist"',
  order: "3",
  bookingService: "swedish",
  pressure: "{ from: light, to: medium }",
  bestFor: '["Stress and tension", "General relaxation"]',
  askDoctorFirst: '["You have a suspected blood clot or a history of blood clots"]',
  sessions: "[{ minutes: 60, price: 95, bookingService: swedish-60 }]",
  quote: '"The words the client agreed to share, as they said them."',
  date: "2026-03-14",
  translatedDate: "2026-03-14",
  translationOf: "how-to-sit-well-at-a-desk",
};
