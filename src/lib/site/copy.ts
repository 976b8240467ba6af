import { z } from "astro/zod";
import { OFFER_KINDS } from "../booking/offers.ts";
import { searchSnippet } from "../content/fields.ts";
import { checkLinkTargets } from "../content/links.ts";
import type { CountKind } from "../counting/counting.ts";
import { choices } from "../content/messages.ts";
import { ContentError, problem, type ContentProblem } from "../content/problems.ts";
import { issuesToProblems, readYaml } from "../content/yaml-source.ts";
import { wording } from "./wording.ts";

/**
 * The site's own words, kept in content/copy/*.yaml so the practice can edit every sentence a
 * visitor reads. Each file has its schema here; `{name}` placeholders are checked per field.
 */
/** Settings a sentence may name; filled in from content/settings.yaml. */
export const SETTING_PLACEHOLDERS = ["businessName", "city", "phone", "email", "emergencyNumber"] as const;
const settingsText = (what: string, extra: readonly string[] = [], required: readonly string[] = []) =>
  wording(what, [...SETTING_PLACEHOLDERS, ...extra], required);
const label = (what: string) => wording(what);

const PATH_RULE = "write a site address starting and ending with /, for example /blog/";
const link = z.strictObject({
  label: label("the link's words"),
  path: z
    .string({ error: PATH_RULE })
    .regex(/^\/([a-z0-9-]+\/)*([a-z0-9-]+\.[a-z]+)?$/, { error: PATH_RULE })
    .meta({ title: "Site address", description: "Starts and ends with /, for example /blog/." }),
});
const links = z.array(link).min(1, { error: "list at least one link" }).meta({ title: "Links" });

const description = (extra: readonly string[] = []) =>
  settingsText("the search snippet", extra).pipe(searchSnippet());

export const siteCopySchema = z.strictObject({
  /** This language as its readers name it, and the words the site builds from numbers and pressures. */
  language: z
    .strictObject({
      name: label("this language's own name, shown on the other language's pages to switch to it"),
      otherLanguage: label(
        "the name of the links to the same page in another language, read out by screen readers",
      ),
      otherLanguageHome: label(
        "the name of the links to another language's home page, where a page has no version there",
      ),
      minutes: wording("a session length", ["minutes"], ["minutes"]),
      // One letter in Spanish ("o"), so not the usual two-letter minimum of a label.
      or: z
        .string()
        .trim()
        .min(1, { error: "write the word between the last two choices, e.g. 30, 60 or 90 minutes" })
        .meta({ title: "The word between the last two choices (or)" }),
      pressures: z
        .strictObject({
          light: label("light pressure"),
          medium: label("medium pressure"),
          firm: label("firm pressure"),
        })
        .meta({ title: "Pressure words" }),
      pressureRange: wording("a pressure range", ["from", "to"], ["from", "to"]),
      notTranslated: settingsText("the note on a page that has no version in this language yet"),
    })
    .meta({ title: "This language" }),
  skipLink: label("the skip link"),
  feedTitle: settingsText("the feed's name"),
  regions: z
    .strictObject({
      main: label("the main menu's name"),
      footer: label("the footer menu's name"),
      breadcrumb: label("the breadcrumb's name"),
      moreArticles: label("the name of the previous and next article links"),
    })
    .meta({ title: "Names of the page's parts (read out by screen readers)" }),
  shareImage: z
    .strictObject({
      site: label("the share image label of the home page"),
      post: label("the share image label of articles"),
      massageType: label("the share image label of massage types"),
    })
    .meta({ title: "Labels on share images" }),
  callout: z
    .strictObject({
      note: label("a note's first words"),
      warning: label("a warning's first words"),
      doctor: label("a see-a-doctor box's first words"),
    })
    .meta({ title: "First words of callout boxes" }),
  header: z
    .strictObject({
      book: label("the header's booking button"),
      bookHidden: label("the words that complete the booking button for screen readers"),
      links,
    })
    .meta({ title: "Header" }),
  testimonials: z
    .strictObject({
      heading: label("the heading above clients' words"),
      attribution: wording("who said it and when", ["name", "date"], ["name"]),
      more: wording("the link to the reviews on another site", ["platform"], ["platform"]),
    })
    .meta({ title: "Clients' words" }),
  footer: z
    .strictObject({
      links,
      note: settingsText("the footer note"),
      hoursHeading: label("the heading above the opening hours"),
      /** Policy pages (content/pages with footer: true) are listed after these. */
      visitHeading: label("the heading of the before-you-visit links"),
      visitLinks: links.meta({ title: "Before-you-visit links" }),
    })
    .meta({ title: "Footer" }),
  buttons: z
    .strictObject({
      book: label("the booking button"),
      bookType: wording("the booking button for one massage type", ["type"], ["type"]),
      quiz: label("the quiz button"),
    })
    .meta({ title: "Buttons" }),
  bookingCta: z
    .strictObject({
      heading: settingsText("the booking box's heading"),
      text: settingsText("the booking box's text"),
    })
    .meta({ title: "Booking box" }),
  quizCallout: z
    .strictObject({
      title: settingsText("the quiz box's title"),
      text: settingsText("the quiz box's text"),
      button: label("the quiz box's button"),
    })
    .meta({ title: "Quiz box" }),
  video: z
    .strictObject({
      play: wording("the play button's words, with the video's title", ["title"], ["title"]),
      note: label("the line under a video: it plays from YouTube only once pressed"),
      watch: label("the link to the video on YouTube"),
    })
    .meta({ title: "Video" }),
  medicalNote: z
    .strictObject({
      title: label("the note's first words"),
      text: settingsText("the note under articles"),
    })
    .meta({ title: "Medical note under articles" }),
  post: z
    .strictObject({
      home: label("the breadcrumb to the home page"),
      articles: label("the breadcrumb to the articles"),
      by: label("the word before the author"),
      translatedFrom: wording(
        "the note on a translated article, with the day it was translated, before a link to its original",
        ["date"],
        ["date"],
      ),
      published: label("the word before the publication date"),
      updated: label("the word before the update date"),
      readingTime: wording("the reading time", ["minutes"], ["minutes"]),
      reviewedBy: label("the words before the reviewer"),
      reviewedOn: label("the word before the review date"),
      notReviewed: label("the note on an article without a review"),
      reviewOverdue: wording("the note on an article whose review is over a year old", ["date"], ["date"]),
      reviewBox: label("the review box's heading"),
      reviewLink: label("the link to the review box"),
      reviewSources: label("the heading above the reviewer's sources"),
      contents: label("the table of contents' heading"),
      sources: label("the sources' heading"),
      topics: label("the word before the topics"),
      keepReading: label("the related articles' heading"),
      previous: label("the label of the previous article"),
      next: label("the label of the next article"),
      shareImageAlt: wording("the description of an article's share image", ["title"], ["title"]),
      draft: label("the draft banner"),
    })
    .meta({ title: "Articles" }),
  massageType: z
    .strictObject({
      types: label("the breadcrumb to the massage types"),
      pressure: label("the pressure label"),
      sessionLengths: label("the session lengths label"),
      sessions: label("the heading above the sessions when prices are hidden"),
      sessionsAndPrices: label("the heading above the sessions and their prices"),
      bestFor: label("the heading above what the type suits"),
      askDoctorFirst: label("the heading above the “ask your doctor first” lines"),
      notSure: label("the quiz button"),
      note: settingsText("the note at the end of the page"),
    })
    .meta({ title: "Massage type pages" }),
  sessionsTable: z
    .strictObject({
      caption: wording("the table's name when prices are hidden", ["type"], ["type"]),
      captionWithPrices: wording("the table's name with prices", ["type"], ["type"]),
      length: label("the length column's heading"),
      price: label("the price column's heading"),
      booking: label("the booking column's hidden heading"),
      book: wording("the booking button for one length", ["minutes", "type"], ["minutes"]),
    })
    .meta({ title: "Sessions table" }),
  notFound: z
    .strictObject({
      title: label("the page title"),
      description: description(),
      heading: label("the heading"),
      text: settingsText("the text"),
      links,
    })
    .meta({ title: "Page not found (404)" }),
  moved: z
    .strictObject({
      title: label("the page title"),
      description: description(),
      heading: label("the heading"),
      text: settingsText("the text before the new address"),
    })
    .meta({ title: "Page left at an old address (it sends visitors on)" }),
  gone: z
    .strictObject({
      title: label("the page title"),
      description: description(),
      heading: label("the heading"),
      text: settingsText("the text"),
      links,
    })
    .meta({ title: "Page left at a removed address (gone for good)" }),
});

const card = z
  .strictObject({
    title: label("the card's heading"),
    text: settingsText("the card's text"),
    post: z.string().optional().meta({ title: "Article it links to (file name)" }),
    massageType: z.string().optional().meta({ title: "Massage type it links to (file name)" }),
  })
  .refine((value) => (value.post === undefined) !== (value.massageType === undefined), {
    error:
      "link the card to one published article (post: its file name) or one massage type (massageType: its file name)",
  });

/** A photo file next to the copy file, e.g. ./images/room.jpg, and what it shows. */
const photo = z.strictObject({
  src: z.string().regex(/\.(jpe?g|png|webp|avif)$/i, {
    error:
      "give the photo's file next to this one, e.g. ./images/room.jpg (a .jpg, .png, .webp or .avif file)",
  }),
  alt: z.string().trim().min(1, { error: "describe the photo for people who cannot see it" }),
});

/** What "alt is missing" suggests. */
const PHOTO_EXAMPLES = { alt: '"The treatment room, with a massage table by the window"' };

export const homeCopySchema = z.strictObject({
  intro: settingsText("the introduction"),
  /** The photo beside the home page's introduction (optional). */
  heroPhoto: photo.optional(),
  quizButton: label("the quiz button"),
  helpsWith: z
    .strictObject({
      heading: label("the section heading"),
      cards: z.array(card).min(1, { error: "give at least one card" }).meta({ title: "Cards" }),
      note: settingsText("the note under the cards"),
    })
    .meta({ title: '"What we help with" cards' }),
  latest: z
    .strictObject({
      heading: label("the section heading"),
      all: label("the link to all articles"),
    })
    .meta({ title: "Latest articles" }),
});

const page = (extra: readonly string[] = []) => ({
  title: settingsText("the page title", extra),
  description: description(extra),
});

export const listingsCopySchema = z.strictObject({
  blog: z
    .strictObject({
      ...page(),
      titlePaged: wording("the title of later pages", ["page"], ["page"]),
      intro: settingsText("the introduction"),
      pagesLabel: label("the name of the page links"),
      newer: label("the link to newer articles"),
      older: label("the link to older articles"),
      pageOf: wording("the page counter", ["page", "pages"], ["page", "pages"]),
      untranslated: wording(
        "the note on a translated blog that the original language has more articles, before a link to them",
        ["count"],
        ["count"],
      ),
    })
    .meta({ title: "Blog" }),
  tags: z
    .strictObject({
      ...page(),
      one: wording("the count of one article", ["count"], ["count"]),
      many: wording("the count of several articles", ["count"], ["count"]),
      tagTitle: wording("a topic page's title", ["topic"], ["topic"]),
      tagDescription: wording("a topic page's search snippet", ["topic"], ["topic"]),
    })
    .meta({ title: "Topic pages" }),
  authors: z
    .strictObject({
      articlesBy: wording("the heading above an author's articles", ["name"], ["name"]),
      reviewedBy: wording("the heading above the articles an author reviewed", ["name"], ["name"]),
      none: label("the text when an author has no articles"),
      teamLink: wording("the link from an author to their team page", ["name"], ["name"]),
    })
    .meta({ title: "Author pages" }),
  massage: z
    .strictObject({
      ...page(),
      breadcrumb: label("the breadcrumb"),
      intro: settingsText("the introduction"),
      pressure: label("the pressure label"),
      sessions: label("the sessions label"),
      prices: label("the prices label"),
      allPrices: label("the link to the prices page"),
    })
    .meta({ title: "Massage types page" }),
  quiz: z
    .strictObject({
      ...page(),
      breadcrumb: label("the breadcrumb"),
      heading: settingsText("the heading"),
      intro: settingsText("the introduction"),
      /** The quiz page's privacy line: one while counting is off, one while it is on. */
      private: settingsText("what the quiz sends while counting is off"),
      counted: settingsText(
        "what the quiz page sends while counting is on (the list of counts follows the quiz)",
        ["counter"],
        ["counter"],
      ),
      after: settingsText("the text under the quiz"),
    })
    .meta({ title: "Quiz page" }),
  search: z
    .strictObject({
      ...page(),
      breadcrumb: label("the breadcrumb"),
      intro: settingsText("the introduction"),
      label: label("the search box's visible label"),
      placeholder: wording("the search box's example text", ["examples"], ["examples"]),
      noScript: settingsText("what the page says in a browser without JavaScript, where search cannot run"),
    })
    .meta({ title: "Search page" }),
  faq: z
    .strictObject({
      ...page(),
      breadcrumb: label("the breadcrumb"),
      intro: settingsText("the introduction"),
    })
    .meta({ title: "Questions page" }),
});

export const visitCopySchema = z.strictObject({
  visit: z
    .strictObject({
      ...page(),
      heading: label("the heading"),
      breadcrumb: label("the breadcrumb"),
      where: label("the address heading"),
      directions: label("the directions link"),
      directionsHidden: label("the words that complete the directions link for screen readers"),
      phone: label("the word before the phone number"),
      email: label("the word before the email address"),
      hours: label("the opening hours heading"),
      parking: label("the parking heading"),
      publicTransport: label("the public transport heading"),
      access: label("the access heading"),
      languages: label("the languages heading"),
      payment: label("the ways to pay heading"),
      book: label("the booking button"),
      firstVisit: label("the link to the first-visit page"),
    })
    .meta({ title: "Visit page" }),
  hours: z
    .strictObject({
      caption: label("the hours table's name"),
      changes: label("the heading above changes to the hours"),
      noticeHeading: label("the heading of the notice before a change of hours"),
      noticeLink: label("the notice's link to all opening hours"),
      closed: label("a day with no opening hours"),
      closedOn: wording("a day the practice is closed", ["when"], ["when"]),
      openOn: wording("a day with other opening hours", ["when", "hours"], ["when", "hours"]),
      oneDay: wording("one day of a change, as {when}", ["date"], ["date"]),
      dayRange: wording("several days of a change, as {when}", ["from", "to"], ["from", "to"]),
      am: label("the mark after a morning time on the 12-hour clock (9:00 am)"),
      pm: label("the mark after an afternoon time on the 12-hour clock (5:00 pm)"),
    })
    .meta({ title: "Opening hours" }),
  prices: z
    .strictObject({
      ...page(),
      heading: label("the heading"),
      breadcrumb: label("the breadcrumb"),
      after: settingsText("the text under the prices"),
    })
    .meta({ title: "Prices page" }),
  team: z
    .strictObject({
      ...page(),
      breadcrumb: label("the breadcrumb"),
    })
    .meta({ title: "Team page" }),
  member: z
    .strictObject({
      description: settingsText("a therapist page's search snippet", ["name", "role", "bio"], ["name"]),
      licence: label("the licence label"),
      licenceNumber: wording("the licence and its number", ["type", "number"], ["number"]),
      licensedBy: label("the label before the licensing body"),
      verify: label("the link to check a licence"),
      specialties: label("the specialties label"),
      languages: label("the languages label"),
      articlesBy: wording("the link to the therapist's articles", ["name"], ["name"]),
    })
    .meta({ title: "A therapist's page" }),
  pages: z
    .strictObject({
      updated: wording("the last-updated line", ["date"], ["date"]),
    })
    .meta({ title: "Policy pages" }),
  /** Photos of the rooms and the entrance on the visit page (optional). */
  gallery: z
    .strictObject({
      heading: label("the heading above the photos"),
      photos: z.array(photo).max(8, { error: "show at most 8 photos" }).default([]),
    })
    .optional(),
  offers: z
    .strictObject({
      heading: label("the heading above the gift card, package and membership links"),
      intro: settingsText("the sentence before those links"),
      giftCards: label("the gift cards link"),
      packages: label("the packages link"),
      memberships: label("the memberships link"),
    })
    .meta({ title: "Gift cards, packages and memberships" }),
  contactDetails: z
    .strictObject({
      address: label("the words before the postal address"),
    })
    .meta({ title: "Contact details" }),
  bookingPrivacy: z
    .strictObject({
      platform: label("the booking platform's name when settings give none"),
      link: wording("the link to the booking platform's privacy policy", ["platform"], ["platform"]),
      noLink: wording("the mention of its privacy policy without a link", ["platform"], ["platform"]),
    })
    .meta({ title: "Booking platform's privacy" }),
  /** The privacy page's account of counting, shown only while content/settings.yaml turns it on. */
  counting: z
    .strictObject({
      heading: label("the heading of the counting section"),
      sent: wording("where counts go", ["counter"], ["counter"]),
      counts: z
        .strictObject({
          page: label("a page view (its address is shown first)"),
          quizStart: label("the quiz was started"),
          quizStep: label("a step of the quiz was reached"),
          quizSuggestion: label("the quiz suggested a massage type"),
          quizSeeADoctor: label("the quiz advised a doctor or urgent care"),
          quizBooking: label("the quiz's booking button was used"),
          booking: label("another booking button was used"),
        } satisfies Record<CountKind, unknown>)
        .meta({
          title: "What each count means",
          description: "Each follows the names the count is sent as, which the site lists itself.",
        }),
      never: label("what is never counted or kept"),
      optOut: label("how a visitor turns counting off"),
    })
    .meta({ title: "Counting (privacy page)" }),
});

export const faqSchema = z.strictObject({
  /** The answers are still the shipped examples (payment, receipts, gift cards): the editor says so. */
  example: z.boolean().default(false).meta({
    title: "Still the example text",
    description:
      "On while the answers are the examples; switch it off once they say what the practice offers.",
  }),
  questions: z
    .array(
      z.strictObject({
        question: label("the question"),
        answer: settingsText("the answer"),
        /** Links to the booking platform's gift cards, packages or memberships under the answer, when set. */
        offers: z.array(z.enum(OFFER_KINDS)).optional().meta({
          title: "Links under the answer",
          description: "Gift cards, packages or memberships, when the booking platform sells them.",
        }),
      }),
    )
    .min(1, { error: "give at least one question" })
    .meta({ title: "Questions" }),
});

export type SiteCopy = z.infer<typeof siteCopySchema>;
export type HomeCopy = z.infer<typeof homeCopySchema>;
export type ListingsCopy = z.infer<typeof listingsCopySchema>;
export type VisitCopy = z.infer<typeof visitCopySchema>;
export type Faq = z.infer<typeof faqSchema>;

/** Every mistake in one copy file's text, each with its line and field. */
export function copyProblems(schema: z.ZodType, text: string, file: string): ContentProblem[] {
  const source = readYaml(text, file);
  if (!source.syntaxOk) return source.problems;
  // Links inside sentences may open only a site page, a #section, https://, mailto: or tel:.
  const problems = [...source.problems, ...checkLinkTargets({ file, text })];
  const result = schema.safeParse(source.data);
  if (result.success) return problems;
  return [
    ...problems,
    ...issuesToProblems(result.error.issues, schema, { file, source, examples: PHOTO_EXAMPLES }),
  ];
}

/** Parses one copy file's text against its schema; every mistake names the file, line and field. */
export function parseCopy<T extends z.ZodType>(schema: T, text: string, file: string): z.output<T> {
  const problems = copyProblems(schema, text, file);
  const result = schema.safeParse(readYaml(text, file).data);
  if (problems.length > 0 || !result.success) throw new ContentError(problems);
  return result.data;
}

/**
 * Home page cards that point to no published article or no massage type: one problem per card,
 * with the file, the line and the field, listed with every other content mistake.
 */
export function cardLinkProblems(
  file: string,
  text: string,
  publishedPostIds: ReadonlySet<string>,
  massageTypeIds: ReadonlySet<string>,
): ContentProblem[] {
  const source = readYaml(text, file);
  const cards = (source.data as { helpsWith?: { cards?: unknown } } | undefined)?.helpsWith?.cards;
  if (!Array.isArray(cards)) return [];
  return cards.flatMap((card: { post?: unknown; massageType?: unknown }, index): ContentProblem[] => {
    const check = (key: "post" | "massageType", known: ReadonlySet<string>, kind: string) => {
      const value = card[key];
      if (typeof value !== "string" || known.has(value)) return [];
      const path = ["helpsWith", "cards", index, key];
      const field = path.join(".");
      return [
        problem(
          "unknownChoice",
          { field, value, kind, choices: choices(known) },
          { file, field, line: source.lineOf(path) },
        ),
      ];
    };
    return [
      ...check("post", publishedPostIds, "a published post"),
      ...check("massageType", massageTypeIds, "a massage type"),
    ];
  });
}
