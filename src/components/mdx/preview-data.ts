import type { NumberWords, Pressure } from "../../lib/massage/pressure.ts";
import type { PriceSettings, Session } from "../../lib/massage/prices.ts";
import type { CopyValues } from "../../lib/html/copy-values.ts";
import type { QuizCalloutWords } from "./markup.tsx";
import type { QuizBoxWords } from "../../lib/quiz/island-props.ts";
import type { SourceEntry } from "../post/markup.tsx";

/**
 * What the editor's preview pane needs from the site to render a post as its page does
 * (/admin/preview.json, src/pages/admin/preview.json.ts): the words and addresses the components
 * resolve at build time, and authors by name. Public, like the site: no drafts in it.
 */
export interface PreviewData {
  /** The deploy's base path, "/" or "/clinic/". */
  base: string;
  /** The published site's origin, to tell its own links from other sites'. */
  origin?: string | undefined;
  /** Each callout kind's heading (content/copy/site.yaml). */
  callout: Record<string, string>;
  quizCallout?: QuizCalloutWords | undefined;
  /** The quiz's title, introduction and privacy line above it inside an article. */
  quizBox?: QuizBoxWords | undefined;
  /** A video's words: the play button ("Play video: {title}"), the line under it, the link to YouTube. */
  video?: { play: string; note: string; watch: string } | undefined;
  copy: CopyValues;
  /** The general booking button, and one per massage type (file name). */
  booking?: { general: BookingLink; types: Record<string, BookingLink> } | undefined;
  /** The article's labels ("By", "Published", ...: content/copy/site.yaml, post). */
  post?: PostLabels | undefined;
  authors: Record<string, { name: string; role: string; credentials?: string | undefined }>;
  massageTypes: Record<string, string>;
  /** The locale the article's dates are written in ("en-US"). */
  locale?: string | undefined;
  /** The default language's code ("en"): the language of the originals. */
  language?: string | undefined;
  /** A massage type's page labels, its sessions table's words and the language's number words. */
  massageType?: MassageTypeWords | undefined;
  /** A policy page's "Last updated {date}." (content/copy/visit.yaml, pages.updated). */
  pageUpdated?: string | undefined;
  /** The settings' prices (show, currency): the same in every language. */
  prices?: PriceSettings | undefined;
  /** What a session's booking button links to (siteBookingUrl): the language's booking page and the site. */
  bookingSite?: BookingSite | undefined;
  /** What a massage type's translation takes from its original (content/massage-types/<id>.mdx), by id. */
  massageTypeOriginals?: Record<string, OriginalMassageType> | undefined;
  /** Each policy page's own last update (YYYY-MM-DD), which its translations show unless they give one. */
  pageUpdatedDates?: Record<string, string> | undefined;
  /** The same words, names and links in each of the site's other languages, for their translations. */
  languages?: Record<string, LanguagePreview> | undefined;
  /** What a translated post takes from its published original (content/posts/<id>.mdx), by id. */
  originals?: Record<string, OriginalPost> | undefined;
}

/** The preview's words in another language, and the prefix of its addresses ("/es"). */
export type LanguagePreview = Pick<
  PreviewData,
  | "callout"
  | "quizCallout"
  | "quizBox"
  | "video"
  | "booking"
  | "post"
  | "authors"
  | "massageTypes"
  | "locale"
  | "massageType"
  | "pageUpdated"
  | "bookingSite"
> & { prefix: string };

/** A published post's facts, which its translations show as their own page does. */
export interface OriginalPost {
  title: string;
  pubDate: string;
  updatedDate?: string | undefined;
  author: string;
  reviewedBy?: string | undefined;
  reviewedDate?: string | undefined;
  /** The sources it cites, which its translations list as it does. */
  sources?: SourceEntry[] | undefined;
  /** Its reviewer's box, which its translations show with their own summary when they give one. */
  review?: { summary: string[]; sources: SourceEntry[] } | undefined;
}

export interface BookingLink {
  label: string;
  href: string;
}

/** The labels around an article that the preview shows (content/copy/site.yaml, post and regions). */
export interface PostLabels {
  by: string;
  published: string;
  updated: string;
  readingTime: string;
  reviewedBy: string;
  reviewedOn: string;
  notReviewed: string;
  home: string;
  articles: string;
  breadcrumb: string;
  /** Before the link to a translated article's original. */
  translatedFrom?: string | undefined;
  /** The table of contents' heading, the sources' heading, and the note under every article. */
  contents?: string | undefined;
  sources?: string | undefined;
  /** The reviewer's box's heading and the heading of the sources the reviewer checked. */
  reviewBox?: string | undefined;
  reviewSources?: string | undefined;
  medicalNote?: { title: string; text: string } | undefined;
}

/** A massage type's page words in a language (content/copy/site.yaml, massageType and sessionsTable). */
export interface MassageTypeWords {
  labels: {
    types: string;
    pressure: string;
    sessionLengths: string;
    sessions: string;
    sessionsAndPrices: string;
    bestFor: string;
    askDoctorFirst: string;
    notSure: string;
    note: string;
  };
  table: {
    caption: string;
    captionWithPrices: string;
    length: string;
    price: string;
    booking: string;
    book: string;
  };
  numberWords: NumberWords;
}

/** The booking settings a session's button is built from (src/lib/booking/booking-url.ts). */
export interface BookingSite {
  booking: { url: string; serviceParam: string | false };
  siteUrl: string;
}

/** A massage type's facts that its translations show as their own page does. */
export interface OriginalMassageType {
  pressure: { from: Pressure; to: Pressure };
  sessions: Session[];
  bookingService: string;
  /** The photo's address on the site, and what it shows. */
  photo?: string | undefined;
  photoAlt?: string | undefined;
}
