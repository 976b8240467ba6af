// The parts of an article page after its text, as one markup for the page (the .astro components
// beside this file render it) and for the editor's preview pane (src/admin/preview.tsx), so what a
// marketer previews is what visitors see. Styled by src/styles/post.css, which the pane loads too.
import type { ComponentChildren } from "preact";
import { isHttpsAddress } from "../../lib/html/https-address.ts";

/** A section of the article, listed in its table of contents. */
export interface ContentsEntry {
  slug: string;
  text: string;
}

/** The table of contents: nothing when the post has too few sections (lib/content/toc.ts). */
export function TableOfContentsMarkup({
  headings,
  heading,
}: {
  headings: readonly ContentsEntry[];
  heading: string;
}) {
  if (headings.length === 0) return null;
  return (
    <nav class="toc no-print" aria-labelledby="toc-title">
      <h2 id="toc-title">{heading}</h2>
      <ul>
        {headings.map((entry) => (
          <li>
            <a href={`#${entry.slug}`}>{entry.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One source as a post's fields give it. */
export interface SourceEntry {
  title: string;
  publisher: string;
  year: number | string;
  url?: string | undefined;
}

export interface SourcesProps {
  sources: readonly SourceEntry[];
  heading: string;
  headingId?: string;
  level?: 2 | 3;
  /** The sources' language when the page is in another (a translation cites its original's). */
  language?: string | undefined;
}

/** ". Publisher, 2011." (a row the editor's form is still filling in lacks a part or two). */
const afterTitle = ({ publisher, year }: SourceEntry) => {
  const parts = [publisher, year].filter((part) => part !== "").join(", ");
  return parts === "" ? "." : `. ${parts}.`;
};

/** The sources the article cites, numbered; nothing when it cites none. */
export function SourcesMarkup({
  sources,
  heading,
  headingId = "sources-title",
  level = 2,
  language,
}: SourcesProps) {
  if (sources.length === 0) return null;
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <section class="sources" aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      <ol>
        {sources.map((source) => (
          <li lang={language}>
            {isHttpsAddress(source.url) ? (
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            {afterTitle(source)}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The same note under every article. Left out of the search index, where it matched every one.
 * `children`: the note's sentence from content/ (CopyText).
 */
export function MedicalNoteMarkup({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <p class="medical-note" data-pagefind-ignore="">
      <strong>{title}</strong> {children}
    </p>
  );
}

/** Who reviewed the article, as the review box names them. */
export interface ReviewerLine {
  /** "Reviewed by" and "on", in the page's words. */
  reviewedBy: string;
  reviewedOn: string;
  /** The reviewer as a sentence has them, their page's address, credentials and role. */
  name: string;
  href: string;
  credentials?: string | undefined;
  role: string;
  date: { iso: string; words: string };
}

/**
 * The reviewer's box: a plain summary of the evidence, kept apart from the article's own words,
 * and the sources the reviewer checked. `summary`: each paragraph drawn (CopyText).
 */
export function ReviewBoxMarkup({
  heading,
  by,
  summary,
  sources,
}: {
  heading: string;
  by: ReviewerLine;
  summary: readonly ComponentChildren[];
  sources: SourcesProps;
}) {
  return (
    <aside class="review-box" aria-labelledby="review-box-title" data-testid="review-box">
      <h2 id="review-box-title">{heading}</h2>
      <p class="review-box__by">
        {by.reviewedBy} <a href={by.href}>{by.name}</a>
        {by.credentials && <>, {by.credentials}</>}, {by.role}, {by.reviewedOn}{" "}
        <time datetime={by.date.iso}>{by.date.words}</time>.
      </p>
      {summary.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <SourcesMarkup {...sources} />
    </aside>
  );
}
