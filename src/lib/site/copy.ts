import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "astro/zod";
import { ContentError, formatIssues } from "../content/errors";
import type { ContentProblem } from "../content/checks";
import { wording } from "./wording";

/**
 * The site's own words, kept in content/copy/*.yaml so the practice can edit every sentence a
 * visitor reads. Each file has its schema here; `{name}` placeholders are checked per field.
 */
export const COPY_DIR = "content/copy";

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
    .regex(/^\/([a-z0-9-]+\/)*([a-z0-9-]+\.[a-z]+)?$/, { error: PATH_RULE }),
});
const links = z.array(link).min(1, { error: "list at least one link" });

const DESCRIPTION_RULE = "write 50 to 160 characters: it is the snippet search engines show";
const description = (extra: readonly string[] = []) =>
  settingsText("the search snippet", extra).pipe(
    z.string().min(50, { error: DESCRIPTION_RULE }).max(160, { error: DESCRIPTION_RULE }),
  );

export const siteCopySchema = z.strictObject({
  skipLink: label("the skip link"),
  feedTitle: settingsText("the feed's name"),
  regions: z.strictObject({
    main: label("the main menu's name"),
    footer: label("the footer menu's name"),
    breadcrumb: label("the breadcrumb's name"),
    moreArticles: label("the name of the previous and next article links"),
  }),
  shareImage: z.strictObject({
    site: label("the share image label of the home page"),
    post: label("the share image label of articles"),
    massageType: label("the share image label of massage types"),
  }),
  callout: z.strictObject({
    note: label("a note's first words"),
    warning: label("a warning's first words"),
    doctor: label("a see-a-doctor box's first words"),
  }),
  header: z.strictObject({
    book: label("the header's booking button"),
    bookHidden: label("the words that complete the booking button for screen readers"),
    links,
  }),
  footer: z.strictObject({ links, note: settingsText("the footer note") }),
  buttons: z.strictObject({
    book: label("the booking button"),
    bookType: wording("the booking button for one massage type", ["type"], ["type"]),
    quiz: label("the quiz button"),
  }),
  bookingCta: z.strictObject({
    heading: settingsText("the booking box's heading"),
    text: settingsText("the booking box's text"),
  }),
  quizCallout: z.strictObject({
    title: settingsText("the quiz box's title"),
    text: settingsText("the quiz box's text"),
    button: label("the quiz box's button"),
  }),
  medicalNote: z.strictObject({
    title: label("the note's first words"),
    text: settingsText("the note under articles"),
  }),
  post: z.strictObject({
    home: label("the breadcrumb to the home page"),
    articles: label("the breadcrumb to the articles"),
    by: label("the word before the author"),
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
  }),
  massageType: z.strictObject({
    types: label("the breadcrumb to the massage types"),
    pressure: label("the pressure label"),
    sessionLengths: label("the session lengths label"),
    bestFor: label("the heading above what the type suits"),
    askDoctorFirst: label("the heading above the “ask your doctor first” lines"),
    notSure: label("the quiz button"),
    note: settingsText("the note at the end of the page"),
  }),
  notFound: z.strictObject({
    title: label("the page title"),
    description: description(),
    heading: label("the heading"),
    text: settingsText("the text"),
    links,
  }),
});

const card = z
  .strictObject({
    title: label("the card's heading"),
    text: settingsText("the card's text"),
    post: z.string().optional(),
    massageType: z.string().optional(),
  })
  .refine((value) => (value.post === undefined) !== (value.massageType === undefined), {
    error:
      "link the card to one published article (post: its file name) or one massage type (massageType: its file name)",
  });

export const homeCopySchema = z.strictObject({
  intro: settingsText("the introduction"),
  quizButton: label("the quiz button"),
  helpsWith: z.strictObject({
    heading: label("the section heading"),
    cards: z.array(card).min(1, { error: "give at least one card" }),
    note: settingsText("the note under the cards"),
  }),
  latest: z.strictObject({
    heading: label("the section heading"),
    all: label("the link to all articles"),
  }),
});

const page = (extra: readonly string[] = []) => ({
  title: settingsText("the page title", extra),
  description: description(extra),
});

export const listingsCopySchema = z.strictObject({
  blog: z.strictObject({
    ...page(),
    titlePaged: wording("the title of later pages", ["page"], ["page"]),
    intro: settingsText("the introduction"),
    pagesLabel: label("the name of the page links"),
    newer: label("the link to newer articles"),
    older: label("the link to older articles"),
    pageOf: wording("the page counter", ["page", "pages"], ["page", "pages"]),
  }),
  tags: z.strictObject({
    ...page(),
    one: wording("the count of one article", ["count"], ["count"]),
    many: wording("the count of several articles", ["count"], ["count"]),
    tagTitle: wording("a topic page's title", ["topic"], ["topic"]),
    tagDescription: wording("a topic page's search snippet", ["topic"], ["topic"]),
  }),
  authors: z.strictObject({
    articlesBy: wording("the heading above an author's articles", ["name"], ["name"]),
    none: label("the text when an author has no articles"),
  }),
  massage: z.strictObject({
    ...page(),
    breadcrumb: label("the breadcrumb"),
    intro: settingsText("the introduction"),
    pressure: label("the pressure label"),
    sessions: label("the sessions label"),
  }),
  quiz: z.strictObject({
    ...page(),
    breadcrumb: label("the breadcrumb"),
    heading: settingsText("the heading"),
    intro: settingsText("the introduction"),
    after: settingsText("the text under the quiz"),
  }),
  search: z.strictObject({
    ...page(),
    breadcrumb: label("the breadcrumb"),
    intro: settingsText("the introduction"),
    placeholder: wording("the search box's example text", ["examples"], ["examples"]),
  }),
  faq: z.strictObject({
    ...page(),
    breadcrumb: label("the breadcrumb"),
    intro: settingsText("the introduction"),
  }),
});

export const faqSchema = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        question: label("the question"),
        answer: settingsText("the answer"),
      }),
    )
    .min(1, { error: "give at least one question" }),
});

export type SiteCopy = z.infer<typeof siteCopySchema>;
export type HomeCopy = z.infer<typeof homeCopySchema>;
export type ListingsCopy = z.infer<typeof listingsCopySchema>;
export type Faq = z.infer<typeof faqSchema>;

/** Parses one copy file's text against its schema; every mistake names the file and the field. */
export function parseCopy<T extends z.ZodType>(schema: T, text: string, file: string): z.output<T> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError)
      throw new ContentError(`${file} is not valid YAML: ${error.message}`);
    throw error;
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(formatIssues(file, result.error.issues));
  return result.data;
}

/**
 * Home page cards that point to no published article or no massage type: one problem per card,
 * with the file, the line and the field, listed with every other content mistake.
 */
export function cardLinkProblems(
  file: string,
  text: string,
  cards: HomeCopy["helpsWith"]["cards"],
  publishedPostIds: ReadonlySet<string>,
  massageTypeIds: ReadonlySet<string>,
): ContentProblem[] {
  const lineOf = (needle: string) => {
    const index = text.search(new RegExp(`^\\s*${needle}\\s*$`, "m"));
    return index < 0 ? undefined : text.slice(0, index).split("\n").length;
  };
  return cards.flatMap((card, index): ContentProblem[] => {
    const field = `helpsWith.cards.${index}`;
    if (card.post !== undefined && !publishedPostIds.has(card.post)) {
      const line = lineOf(`post: ${card.post}`);
      return [
        {
          file,
          ...(line === undefined ? {} : { line }),
          field: `${field}.post`,
          message: `"${card.post}" is not a published article (a draft does not count).`,
          hint: "use a file name from content/posts/ without .mdx.",
        },
      ];
    }
    if (card.massageType !== undefined && !massageTypeIds.has(card.massageType)) {
      const line = lineOf(`massageType: ${card.massageType}`);
      return [
        {
          file,
          ...(line === undefined ? {} : { line }),
          field: `${field}.massageType`,
          message: `"${card.massageType}" is not a massage type.`,
          hint: `use one of: ${[...massageTypeIds].sort().join(", ")}.`,
        },
      ];
    }
    return [];
  });
}
