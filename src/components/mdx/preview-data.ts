import type { CopyValues, QuizCalloutWords } from "./markup.tsx";

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
  /** The same words, names and links in each of the site's other languages, for their translations. */
  languages?: Record<string, LanguagePreview> | undefined;
  /** What a translated post takes from its published original (content/posts/<id>.mdx), by id. */
  originals?: Record<string, OriginalPost> | undefined;
}

/** The preview's words in another language, and the prefix of its addresses ("/es"). */
export type LanguagePreview = Pick<
  PreviewData,
  "callout" | "quizCallout" | "booking" | "post" | "authors" | "massageTypes" | "locale"
> & { prefix: string };

/** A published post's facts, which its translations show as their own page does. */
export interface OriginalPost {
  title: string;
  pubDate: string;
  updatedDate?: string | undefined;
  author: string;
  reviewedBy?: string | undefined;
  reviewedDate?: string | undefined;
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
}
