import type { ComponentChildren } from "preact";
import { linkRefusal } from "../../lib/content/links.ts";
import { inlineParts } from "../../lib/site/template.ts";
import type { QuizBoxWords } from "../../lib/quiz/island-props.ts";
import type { CopyValues } from "../../lib/html/copy-values.ts";

// The markup of every component a post can use, written once. The site renders these to static
// HTML at build time (the .astro files next to this one resolve images, massage types and words,
// then call renderMarkup), and the content editor's preview pane renders the same functions from
// the post being written (src/admin/preview.tsx). No client JavaScript: nothing here is an island.
// Their styles are in mdx.css, one stylesheet for the pages and the editor's preview.

/** What a component needs from the site to turn a sentence or an address into markup. */
export interface SiteLinks {
  /** A site path with the deploy's base path ("/quiz/" -> "/clinic/quiz/"). */
  href: (path: string) => string;
  /** The published site's origin ("https://example.com"), to tell a link to this site from others. */
  origin?: string | undefined;
}

export interface CalloutProps {
  kind: string;
  /** The title the post gave, or the kind's heading from content/copy/site.yaml. */
  heading: string;
  children?: ComponentChildren;
}

export function Callout({ kind, heading, children }: CalloutProps) {
  return (
    <aside class={`callout callout--${kind}`} aria-label={heading}>
      <p class="callout__title">{heading}</p>
      {children}
    </aside>
  );
}

export interface BookingButtonProps {
  /** The booking page's address for this button (src/lib/booking/booking-url.ts). */
  href: string;
  /** The post's own words, or the button text from content/copy/site.yaml. */
  children?: ComponentChildren;
}

export function BookingButton({ href, children }: BookingButtonProps) {
  return (
    <p class="booking-button" data-pagefind-ignore>
      <a class="button" href={href} rel="noopener noreferrer">
        {children}
      </a>
    </p>
  );
}

/** A sentence from content/ (`{name}` placeholders, `[words](/address/)` links), as Copy.astro reads it. */

export function CopyText({ text, copy, links }: { text: string; copy: CopyValues; links: SiteLinks }) {
  const fill = (name: string) => copy.values[name] ?? `{${name}}`;
  return (
    <>
      {inlineParts(text).map((part) =>
        part.kind === "text" ? (
          part.text
        ) : part.kind === "link" ? (
          // The check refuses such a link in the words; drawn as words if one got here regardless.
          linkRefusal(part.path) ? (
            part.text.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => fill(name))
          ) : (
            <a href={part.path.startsWith("/") ? links.href(part.path) : part.path}>
              {part.text.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => fill(name))}
            </a>
          )
        ) : part.name === "phone" && copy.phone ? (
          <a href={copy.phone.href}>{copy.phone.label}</a>
        ) : part.name === "email" && copy.email ? (
          <a href={`mailto:${copy.email}`}>{copy.email}</a>
        ) : (
          fill(part.name)
        ),
      )}
    </>
  );
}

export interface QuizCalloutWords {
  title: string;
  text: string;
  button: string;
}

/**
 * The quiz inside an article (`<Quiz />`): a region named by the quiz page's heading, with its
 * introduction, so a reader knows what the steps are for and that the answers stay on the device.
 * The quiz itself is the children (the island on the page, a note in the editor's preview).
 */
export function QuizBox({
  words,
  copy,
  links,
  children,
}: {
  words: QuizBoxWords;
  copy: CopyValues;
  links: SiteLinks;
  children: ComponentChildren;
}) {
  const withValues = { ...copy, values: { ...copy.values, ...words.values } };
  return (
    <section class="quiz-box" aria-labelledby="quiz-box-title" data-pagefind-ignore>
      <p class="quiz-box__title" id="quiz-box-title">
        {words.title}
      </p>
      <p class="quiz-box__intro">
        <CopyText text={words.intro} copy={withValues} links={links} />{" "}
        <CopyText text={words.privacy} copy={withValues} links={links} />
      </p>
      {children}
    </section>
  );
}

export function QuizCallout({
  words,
  copy,
  links,
  quizPath = "/quiz/",
}: {
  words: QuizCalloutWords;
  copy: CopyValues;
  links: SiteLinks;
  /** The quiz's address in the page's language ("/es/quiz/"). */
  quizPath?: string;
}) {
  return (
    // The same words wherever it stands: out of the search index, where "quiz" found every article.
    <aside class="quiz-callout" aria-labelledby="quiz-callout-title" data-pagefind-ignore>
      <p id="quiz-callout-title" class="quiz-callout__title">
        <CopyText text={words.title} copy={copy} links={links} />
      </p>
      <p>
        <CopyText text={words.text} copy={copy} links={links} />
      </p>
      <a class="button" href={links.href(quizPath)}>
        {words.button}
      </a>
    </aside>
  );
}

export interface FigureProps {
  /** The picture: the build's resized image, or in the editor the uploaded file scaled by CSS. */
  image: ComponentChildren;
  caption?: string | undefined;
}

export function Figure({ image, caption }: FigureProps) {
  return (
    <figure class="figure">
      {image}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

export interface YouTubeProps {
  /** youtubeEmbedUrl(id, start): the player, loaded only when the visitor presses play. */
  embedUrl: string;
  /** youtubeWatchUrl(id). */
  watchUrl: string;
  title: string;
  /** The still shown before play (class video__poster), or nothing. */
  poster?: ComponentChildren;
  /** The page's language's words (content/copy/site.yaml: video), the title filled in. */
  words: { play: string; note: string; watch: string };
}

export function YouTube({ embedUrl, watchUrl, title, poster, words }: YouTubeProps) {
  return (
    <figure class="video">
      <div class="video__frame" data-video-src={embedUrl} data-video-title={title}>
        {poster}
        <button type="button" class="video__play">
          <svg viewBox="0 0 68 48" width="68" height="48" aria-hidden="true" focusable="false">
            <path
              d="M66.5 7.7A8.5 8.5 0 0 0 60.5 1.7C55.2.3 34 .3 34 .3s-21.2 0-26.5 1.4a8.5 8.5 0 0 0-6 6C.1 13 .1 24 .1 24s0 11 1.4 16.3a8.5 8.5 0 0 0 6 6C12.8 47.7 34 47.7 34 47.7s21.2 0 26.5-1.4a8.5 8.5 0 0 0 6-6C67.9 35 67.9 24 67.9 24s0-11-1.4-16.3z"
              fill="#c4302b"
            ></path>
            <path d="M45 24 27 14v20z" fill="#fff"></path>
          </svg>
          <span class="video__label">{words.play}</span>
        </button>
      </div>
      <figcaption>
        {title}. {words.note}{" "}
        <a href={watchUrl} rel="noopener noreferrer">
          {words.watch}
        </a>
      </figcaption>
    </figure>
  );
}

export interface InlineImageProps {
  src: string;
  alt: string;
  title?: string | undefined;
}

/**
 * A Markdown image given as an address (the build resizes files below content/ with <Image> instead).
 * An address whose scheme a link may not have (javascript:, data:, …) is not published: the content
 * check refuses it, and this keeps what it might miss off the page.
 */
export function InlineImage({ src, alt, title }: InlineImageProps) {
  if (!src.startsWith("blob:") && linkRefusal(src)?.kind === "scheme") return null;
  return <img src={src} alt={alt} title={title} loading="lazy" decoding="async" />;
}

/**
 * Every link written in MDX: links to other sites never leak the reader's page (rel), and
 * root-relative links keep working under a deploy's base path. A phone link's words never break
 * across lines ("phone-link", mdx.css), which html-validate's tel-non-breaking rule is told of.
 */
export function Link({
  href = "",
  rel,
  links,
  children,
  ...rest
}: {
  href?: string | undefined;
  rel?: string | undefined;
  links: SiteLinks;
  children?: ComponentChildren;
  [attribute: string]: unknown;
}) {
  const target = String(href);
  // The content check refuses these targets; should one get past it, the words stay and the link goes.
  if (linkRefusal(target)?.kind === "scheme") return <>{children}</>;
  const isExternal = /^https?:\/\//.test(target) && !(links.origin && target.startsWith(links.origin));
  const resolved = target.startsWith("/") && !target.startsWith("//") ? links.href(target) : target;
  return (
    <a
      href={resolved}
      rel={isExternal ? "noopener noreferrer" : rel}
      {...rest}
      class={target.startsWith("tel:") ? "phone-link" : undefined}
    >
      {children}
    </a>
  );
}
