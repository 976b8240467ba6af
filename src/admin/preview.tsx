// The editor's preview pane for posts: the post's body read with the MDX grammar the build and the
// content checks read (plus GFM and smart punctuation, as the site's MDX is compiled), turned into
// Preact elements with the site's own component markup (src/components/mdx/markup.tsx), rendered to
// HTML and shown with the post page's stylesheet (/admin/preview.css). Nothing is evaluated: an
// `{expression}` is shown as a notice (the check refuses it at save), so the editor's page needs no
// unsafe-eval for the preview.
import type { ElementContent, Root as HastRoot, RootContent } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { Root as MdastRoot, RootContent as MdastContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toHast } from "mdast-util-to-hast";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
import type { ComponentChildren, JSX, VNode } from "preact";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { renderToString } from "preact-render-to-string";
import GithubSlugger from "github-slugger";
import {
  BookingButton,
  Callout,
  CopyText,
  Figure,
  InlineImage,
  Link,
  QuizBox,
  QuizCallout,
  YouTube,
  type SiteLinks,
} from "../components/mdx/markup.tsx";
import type { PreviewData } from "../components/mdx/preview-data.ts";
import { MassageFacts, SessionsTable } from "../components/prices/markup.tsx";
import { siteBookingUrl } from "../lib/booking/booking-url.ts";
import { pressureRange, sessionLengths, type Pressure } from "../lib/massage/pressure.ts";
import { pricedSessions, type Session } from "../lib/massage/prices.ts";
import { attributesOf, PAGE_COMPONENTS } from "../lib/content/body-model.ts";
import { linkRefusal } from "../lib/content/links.ts";
import { parseMdxBody } from "../lib/content/mdx-syntax.ts";
import { EDITOR_NOTICES } from "../lib/content/messages.ts";
import { smartPunctuation } from "../lib/content/smart-punctuation.ts";
import { youtubeEmbedUrl, youtubeWatchUrl } from "../lib/content/youtube.ts";
import { withBase } from "../lib/site/paths.ts";
import { fillTemplate, fillText, plainText } from "../lib/site/template.ts";
import { formatDate } from "../lib/content/dates.ts";
import { readingMinutes } from "../lib/content/reading-time.ts";
import { tableOfContents, type Heading } from "../lib/content/toc.ts";
import {
  MedicalNoteMarkup,
  ReviewBoxMarkup,
  SourcesMarkup,
  TableOfContentsMarkup,
  type SourceEntry,
} from "../components/post/markup.tsx";
import { labelInSentence, nameInSentence } from "../lib/site/in-sentence.ts";

/** An uploaded or committed file's address in the editor (Decap's getAsset). */
export type AssetUrl = (path: string) => string;

/** Curls quotes in every text node, carrying the previous character across inline elements. */
function smarten(tree: MdastRoot) {
  const visit = (node: MdastRoot | MdastContent, state: { prev: string }) => {
    if (node.type === "text") {
      const before = state.prev;
      node.value = smartPunctuation(node.value, before);
      state.prev = node.value.slice(-1) || before;
      return;
    }
    if (node.type === "inlineCode" || node.type === "code") {
      state.prev = "x";
      return;
    }
    if (!("children" in node)) return;
    const isBlock = node.type !== "emphasis" && node.type !== "strong" && node.type !== "link";
    const inner = isBlock ? { prev: "" } : state;
    for (const child of node.children as MdastContent[]) visit(child, inner);
  };
  visit(tree, { prev: "" });
}

/**
 * As the MDX compiler does (its "unravel" step): a paragraph holding only components and white
 * space is no paragraph, its components stand as blocks (`<BookingButton>Book</BookingButton>` on
 * a line of its own is not wrapped in <p>).
 */
function unravel(node: MdastRoot | MdastContent) {
  if (!("children" in node)) return;
  const children = node.children as MdastContent[];
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (!child) continue;
    if (child.type === "paragraph") {
      const only = child.children.every(
        (each) =>
          each.type === "mdxJsxTextElement" ||
          each.type === "mdxTextExpression" ||
          (each.type === "text" && each.value.trim() === ""),
      );
      const hasComponent = child.children.some((each) => each.type === "mdxJsxTextElement");
      if (only && hasComponent) {
        const blocks = child.children
          .filter((each) => each.type !== "text")
          .map((each) => ({
            ...each,
            type: each.type === "mdxJsxTextElement" ? "mdxJsxFlowElement" : "mdxFlowExpression",
          }));
        children.splice(index, 1, ...(blocks as unknown as MdastContent[]));
        index += blocks.length - 1;
        continue;
      }
    }
    unravel(child);
  }
}

const NOTICE = "cms-preview-notice";
const notice = (text: string) => <p class={NOTICE}>{text}</p>;

// A picture from another site: the check refuses it, and the pane, which shares the editor's
// origin, fetches nothing from elsewhere either. Told as a browser reads the address (it reads
// "/\\host/" and "/<tab>/host/" as //host/), not by a pattern.
const HERE = "https://content.invalid";
const isElsewhere = (src: string) => {
  try {
    return new URL(src, `${HERE}/posts/`).origin !== HERE;
  } catch {
    return true;
  }
};

/** The picture as `view` draws it from content/, or a note where a picture from elsewhere would be. */
const picture = (src: string, asset: AssetUrl, view: (url: string) => VNode) =>
  isElsewhere(src) ? (
    <span class={NOTICE}>
      A picture from another site is not shown: the site shows pictures from content/ only.
    </span>
  ) : (
    view(asset(src))
  );

/** The body of a post as its page renders it, as HTML. */
export function renderPostBody(body: string, data: PreviewData, asset: AssetUrl): string {
  return renderBody(body, data, asset).html;
}

/** The text of a node and everything in it, as a heading's id is made from it. */
const textOf = (node: ElementContent | RootContent): string =>
  node.type === "text" ? node.value : "children" in node ? node.children.map(textOf).join("") : "";

/**
 * The headings of the body, each given the id its page gives it (Astro's, from its text, as
 * github-slugger makes it), so the table of contents links to them as on the page.
 */
function headingsWithIds(nodes: readonly ElementContent[], slugger = new GithubSlugger()): Heading[] {
  return nodes.flatMap((node): Heading[] => {
    if (node.type !== "element") return [];
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (depth === undefined) return headingsWithIds(node.children, slugger);
    const text = textOf(node);
    // An id written in the text stays, as on the page (which counts no slug for it).
    const own = node.properties?.["id"];
    const slug = typeof own === "string" && own !== "" ? own : slugger.slug(text);
    node.properties = { ...node.properties, id: slug };
    return [{ depth: Number(depth), slug, text }];
  });
}

function renderBody(body: string, data: PreviewData, asset: AssetUrl): { html: string; headings: Heading[] } {
  const links: SiteLinks = { href: (path) => withBase(data.base, path), origin: data.origin };
  let tree: MdastRoot;
  try {
    tree = fromMarkdown(body, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch {
    // The check's own words for the mistake (what is wrong, the fix), not the parser's.
    const [found] = parseMdxBody({ file: "", text: body }).problems;
    return { html: renderToString(notice(EDITOR_NOTICES.previewUnreadable(found))), headings: [] };
  }
  unravel(tree);
  smarten(tree);
  const hast = toHast(tree, {
    passThrough: ["mdxJsxFlowElement", "mdxJsxTextElement", "mdxFlowExpression", "mdxTextExpression"],
  }) as HastRoot;
  // MDX elements become ordinary elements named after the component, their literal attributes as
  // properties; code the check refuses (expressions, imports) becomes a notice.
  const inline = new WeakSet<object>();
  const plain = (nodes: readonly RootContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      const any = node as unknown as {
        type: string;
        name?: string | null;
        attributes?: Array<{ type: string; name?: string; value?: unknown }>;
        children?: RootContent[];
      };
      if (any.type === "mdxJsxFlowElement" || any.type === "mdxJsxTextElement") {
        const properties: Record<string, string> = {};
        for (const attribute of any.attributes ?? []) {
          if (attribute.type === "mdxJsxAttribute" && attribute.name && typeof attribute.value === "string")
            properties[attribute.name] = attribute.value;
        }
        const element: ElementContent = {
          type: "element",
          tagName: `mdx:${any.name ?? ""}`,
          properties,
          children: plain(any.children ?? []),
        };
        if (any.type === "mdxJsxTextElement") inline.add(element);
        return [element];
      }
      // Code is never run: it shows as written, marked, where it stands (the check refuses it at save).
      if (any.type === "mdxFlowExpression" || any.type === "mdxTextExpression") {
        const code: ElementContent = {
          type: "element",
          tagName: "span",
          properties: { className: [NOTICE] },
          children: [{ type: "text", value: `{${String((node as { value?: unknown }).value ?? "")}}` }],
        };
        return any.type === "mdxFlowExpression"
          ? [{ type: "element", tagName: "p", properties: {}, children: [code] }]
          : [code];
      }
      if (any.type === "mdxjsEsm") return [];
      if (node.type === "element") return [{ ...node, children: plain(node.children) }];
      return [node as ElementContent];
    });
  const root: HastRoot = { type: "root", children: plain(hast.children) };

  const components: Record<string, (props: Record<string, unknown>) => JSX.Element> = {
    "mdx:Callout": ({ kind, title, children }) => {
      const heading = (title as string | undefined) ?? data.callout[String(kind ?? "note")] ?? String(kind);
      return (
        <Callout kind={String(kind ?? "note")} heading={heading}>
          {children as ComponentChildren}
        </Callout>
      );
    },
    "mdx:BookingButton": ({ service, children }) => {
      const link = service ? data.booking?.types[String(service)] : data.booking?.general;
      const own = Array.isArray(children) ? children.length > 0 : children !== undefined;
      return (
        <BookingButton href={link?.href ?? ""}>
          {own ? (children as ComponentChildren) : (link?.label ?? String(service ?? ""))}
        </BookingButton>
      );
    },
    "mdx:QuizCallout": () =>
      data.quizCallout ? (
        <QuizCallout words={data.quizCallout} copy={data.copy} links={links} />
      ) : (
        notice("The quiz box appears here.")
      ),
    "mdx:Quiz": () => {
      const quiz = notice("The back-pain quiz appears here, as on the page (it runs only on the site).");
      return data.quizBox ? (
        <QuizBox words={data.quizBox} copy={data.copy} links={links}>
          {quiz}
        </QuizBox>
      ) : (
        quiz
      );
    },
    "mdx:Figure": ({ src, alt, caption }) => (
      <Figure
        image={picture(String(src ?? ""), asset, (url) => (
          <img src={url} alt={String(alt ?? "")} />
        ))}
        caption={caption as string | undefined}
      />
    ),
    "mdx:YouTube": ({ id, title, poster, start }) => (
      <YouTube
        embedUrl={youtubeEmbedUrl(String(id ?? ""), start === undefined ? undefined : Number(start))}
        watchUrl={youtubeWatchUrl(String(id ?? ""))}
        title={String(title ?? "")}
        poster={
          poster
            ? picture(String(poster), asset, (url) => <img src={url} alt="" class="video__poster" />)
            : undefined
        }
        words={{
          play: plainText(data.video?.play ?? "{title}", { title: String(title ?? "") }),
          note: data.video?.note ?? "",
          watch: data.video?.watch ?? "",
        }}
      />
    ),
    a: ({ href, rel, children, ...rest }) => (
      <Link href={href as string | undefined} rel={rel as string | undefined} links={links} {...rest}>
        {children as ComponentChildren}
      </Link>
    ),
    img: ({ src, alt, title }) =>
      picture(String(src ?? ""), asset, (url) => (
        <InlineImage src={url} alt={String(alt ?? "")} title={title as string | undefined} />
      )),
  };
  // A policy page's own components (contact details) are left to the page; an element the site does
  // not know (a misspelt component) is shown as a notice, and the check names it at save.
  // Plain HTML the model allows is shown as itself, with only its allowed attributes (body-model.ts).
  const allowedHtml = (node: ElementContent): ElementContent | undefined => {
    if (node.type !== "element" || !/^mdx:[a-z]/.test(node.tagName)) return undefined;
    const tagName = node.tagName.slice(4);
    const allowed = attributesOf(tagName, "content/posts/preview.mdx");
    if (!allowed) return undefined;
    const properties = Object.fromEntries(
      Object.entries(node.properties).filter(([name, value]) => {
        // Own properties only: `constructor` is in every object, and crashed the pane.
        const key = name.toLowerCase();
        const rule = Object.hasOwn(allowed, key) ? allowed[key] : undefined;
        return rule !== undefined && (rule.kind !== "url" || linkRefusal(String(value)) === undefined);
      }),
    );
    return { ...node, tagName, properties, children: known(node.children) };
  };
  const known = (nodes: readonly ElementContent[]): ElementContent[] =>
    nodes.map(
      (node) =>
        allowedHtml(node) ??
        (node.type === "element" && node.tagName.startsWith("mdx:") && !(node.tagName in components)
          ? {
              type: "element",
              tagName: inline.has(node) ? "span" : "p",
              properties: { className: [NOTICE] },
              children: [
                {
                  type: "text",
                  value: (PAGE_COMPONENTS as readonly string[]).includes(node.tagName.slice(4))
                    ? `<${node.tagName.slice(4)}> appears here on the page.`
                    : `<${node.tagName.slice(4)}> is not a component the site knows.`,
                },
              ],
            }
          : node.type === "element"
            ? { ...node, children: known(node.children) }
            : node),
    );
  root.children = known(root.children as ElementContent[]);
  const headings = headingsWithIds(root.children as ElementContent[]);
  const element = toJsxRuntime(root, {
    Fragment,
    jsx,
    jsxs,
    components: components as unknown as Partial<Components>,
    elementAttributeNameCase: "html",
    stylePropertyNameCase: "css",
  });
  return { html: renderToString(element as JSX.Element), headings };
}

/** A post's fields as the editor holds them. */
export interface PostFields {
  title?: string | undefined;
  description?: string | undefined;
  pubDate?: string | undefined;
  updatedDate?: string | undefined;
  author?: string | undefined;
  reviewedBy?: string | undefined;
  reviewedDate?: string | undefined;
  /** A translation's day of translation (YYYY-MM-DD). */
  translatedDate?: string | undefined;
  heroImage?: string | undefined;
  heroAlt?: string | undefined;
  body?: string | undefined;
  /** The sources it cites (a translation's are its original's, listed in the original's language). */
  sources?: readonly SourceEntry[] | undefined;
  /** The reviewer's box: their summary (a translation's own) and the sources they checked (the original's). */
  review?: { summary: readonly string[]; sources: readonly SourceEntry[] } | undefined;
}

/** A calendar day from the editor (YYYY-MM-DD) in the page's words, or undefined while it is not one. */
function day(value: string | undefined, locale: string): { iso: string; words: string } | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : { iso: value, words: formatDate(date, locale) };
}

/**
 * The post's article as its page shows it (src/pages/[...lang]/blog/[slug].astro): the breadcrumb, title,
 * summary, the byline with its dates, reading time and review line, the hero image scaled to the
 * column, the table of contents, the body, the sources, the reviewer's box and the note under every
 * article. The topics and what follows the article are not in the pane (the pane says so).
 */
/**
 * The preview's data in a language: its words, names and booking links in place of the default
 * language's, and the prefix its addresses take ("/es"). The default language's data as it is.
 */
export function previewDataIn(data: PreviewData, language?: string): PreviewData & { prefix: string } {
  const words = language === undefined ? undefined : data.languages?.[language];
  return words ? { ...data, ...words } : { ...data, prefix: "" };
}

/** A translated post's original, as its page links to it. */
export interface OriginalLink {
  title: string;
  path: string;
  /** The original's language: the default one. */
  language: string;
}

export function renderPostArticle(
  post: PostFields,
  data: PreviewData & { prefix?: string },
  asset: AssetUrl,
  original?: OriginalLink,
): string {
  const author = post.author ? data.authors[post.author] : undefined;
  const reviewer = post.reviewedBy ? data.authors[post.reviewedBy] : undefined;
  const labels = data.post;
  const { html: body, headings } = renderBody(post.body ?? "", data, asset);
  const links: SiteLinks = { href: (path) => withBase(data.base, path), origin: data.origin };
  const prefix = data.prefix ?? "";
  const link = (path: string, label: string) => <a href={withBase(data.base, `${prefix}${path}`)}>{label}</a>;
  const locale = data.locale ?? "en-US";
  const language = new Intl.Locale(locale).language;
  const published = day(post.pubDate, locale);
  const updated = day(post.updatedDate, locale);
  const reviewed = day(post.reviewedDate, locale);
  const translated = day(post.translatedDate, locale);
  const crumbs =
    labels &&
    renderToString(
      <nav class="breadcrumbs" aria-label={labels.breadcrumb}>
        <ol>
          <li>{link("/", labels.home)}</li>
          <li>{link("/blog/", labels.articles)}</li>
          <li>
            <span aria-current="page">{post.title}</span>
          </li>
        </ol>
      </nav>,
    );
  const header = renderToString(
    <header>
      <h1>{post.title}</h1>
      <p class="post__lede">{post.description}</p>
      {labels && (
        <p class="post__meta muted">
          {author && (
            <>
              {labels.by} {link(`/authors/${post.author}/`, nameInSentence(author.name, language))},{" "}
              {labelInSentence(author.role)}
              {author.credentials && <>, {author.credentials}</>}
              <br />
            </>
          )}
          {published && (
            <>
              {labels.published} <time datetime={published.iso}>{published.words}</time>
            </>
          )}
          {updated && (
            <>
              {" "}
              · {labels.updated} <time datetime={updated.iso}>{updated.words}</time>
            </>
          )}{" "}
          · {fillText(labels.readingTime, { minutes: readingMinutes(post.body ?? "") })}
          <br />
          {reviewer && reviewed ? (
            <span data-testid="post-review">
              {labels.reviewedBy}{" "}
              {link(`/authors/${post.reviewedBy}/`, nameInSentence(reviewer.name, language))}
              {reviewer.credentials && <>, {reviewer.credentials},</>} {labels.reviewedOn}{" "}
              <time datetime={reviewed.iso}>{reviewed.words}</time>
            </span>
          ) : (
            <span data-testid="post-review">{labels.notReviewed}</span>
          )}
        </p>
      )}
      {original && labels?.translatedFrom && (
        <p class="muted" data-testid="translated-from">
          {fillTemplate(labels.translatedFrom, { date: true }).map((part) =>
            part === true ? translated && <time datetime={translated.iso}>{translated.words}</time> : part,
          )}{" "}
          <a href={withBase(data.base, original.path)} hreflang={original.language} lang={original.language}>
            {original.title}
          </a>
        </p>
      )}
    </header>,
  );
  const hero = post.heroImage
    ? renderToString(
        picture(post.heroImage, asset, (url) => (
          <img class="post__hero" src={url} alt={post.heroAlt ?? ""} />
        )),
      )
    : "";
  const contents = labels?.contents
    ? renderToString(<TableOfContentsMarkup headings={tableOfContents(headings)} heading={labels.contents} />)
    : "";
  const sources = labels?.sources
    ? renderToString(
        <SourcesMarkup
          sources={post.sources ?? []}
          heading={labels.sources}
          language={original ? original.language : undefined}
        />,
      )
    : "";
  // As on the page: shown once the post names its reviewer and the day, and has a summary.
  const box =
    labels?.reviewBox && post.review && post.review.summary.length > 0 && reviewer && reviewed
      ? renderToString(
          <ReviewBoxMarkup
            heading={labels.reviewBox}
            by={{
              reviewedBy: labels.reviewedBy,
              reviewedOn: labels.reviewedOn,
              name: nameInSentence(reviewer.name, language),
              href: withBase(data.base, `${prefix}/authors/${post.reviewedBy}/`),
              credentials: reviewer.credentials,
              role: labelInSentence(reviewer.role),
              date: reviewed,
            }}
            summary={post.review.summary.map((paragraph) => (
              <CopyText text={paragraph} copy={data.copy} links={links} />
            ))}
            sources={{
              sources: post.review.sources,
              heading: labels.reviewSources ?? "",
              headingId: "review-sources-title",
              level: 3,
              language: original ? original.language : undefined,
            }}
          />,
        )
      : "";
  const note = labels?.medicalNote
    ? renderToString(
        <MedicalNoteMarkup title={labels.medicalNote.title}>
          <CopyText text={labels.medicalNote.text} copy={data.copy} links={links} />
        </MedicalNoteMarkup>,
      )
    : "";
  const leftOut = renderToString(notice(EDITOR_NOTICES.previewLeavesOut));
  return `${crumbs ?? ""}<article class="post prose">${header}${hero}${contents}<div class="post__body">${body}</div>${sources}${box}${note}</article>${leftOut}`;
}

/** A policy page's text as its page shows it: its title, body and, when set, the "Last updated" line. */
export function renderPageArticle(
  title: string,
  body: string,
  data: PreviewData,
  asset: AssetUrl,
  updatedDate?: string,
): string {
  const header = renderToString(<h1>{title}</h1>);
  const updated = day(updatedDate, data.locale ?? "en-US");
  const line =
    updated && data.pageUpdated
      ? renderToString(
          <p class="muted">{plainText(data.pageUpdated, { ...data.copy.values, date: updated.words })}</p>,
        )
      : "";
  return `<article class="prose">${header}${renderPostBody(body, data, asset)}${line}</article>`;
}

const PRESSURES: readonly string[] = ["light", "medium", "firm"] satisfies Pressure[];

/** A massage type's fields as the editor holds them (a translation's facts are its original's). */
export interface MassageTypeFields {
  /** The file name: the page's address and the booking links' tag. */
  id: string;
  name?: string | undefined;
  summary?: string | undefined;
  pressure?: { from?: unknown; to?: unknown } | undefined;
  bestFor?: readonly string[] | undefined;
  askDoctorFirst?: readonly string[] | undefined;
  sessions?: readonly Session[] | undefined;
  bookingService?: string | undefined;
  /** The photo's address in the editor (or on the site: a translation's original's). */
  photo?: string | undefined;
  photoAlt?: string | undefined;
  body?: string | undefined;
}

/**
 * The sessions as the editor holds them while they are being typed: each with a length in whole
 * minutes (a number field may hold "" or "95"), its price a number or left out.
 */
export function editorSessions(value: unknown): Session[] {
  if (!Array.isArray(value)) return [];
  const number = (each: unknown) =>
    typeof each === "number"
      ? each
      : typeof each === "string" && each.trim() !== ""
        ? Number(each)
        : Number.NaN;
  return value.flatMap((each): Session[] => {
    if (typeof each !== "object" || each === null) return [];
    const session = each as Record<string, unknown>;
    const minutes = number(session["minutes"]);
    if (!Number.isFinite(minutes)) return [];
    const price = number(session["price"]);
    const text = (field: string) => {
      const found = session[field];
      return typeof found === "string" && found !== "" ? found : undefined;
    };
    const currency = text("currency");
    const note = text("note");
    const bookingService = text("bookingService");
    return [
      {
        minutes,
        ...(Number.isFinite(price) ? { price } : {}),
        ...(currency ? { currency } : {}),
        ...(note ? { note } : {}),
        ...(bookingService ? { bookingService } : {}),
      },
    ];
  });
}

/**
 * A massage type's page as it shows it (src/pages/[...lang]/massage/[type].astro): the breadcrumb,
 * title, summary, photo, the facts (pressure, session lengths), "Often chosen for", "Ask your doctor
 * first", the body, the sessions table (prices as the settings show them, each length's booking
 * link), the quiz button and the note. Clients' words (testimonials) are left to the page.
 */
export function renderMassageTypeArticle(
  type: MassageTypeFields,
  data: PreviewData & { prefix?: string },
  asset: AssetUrl,
): string {
  const words = data.massageType;
  const body = renderPostBody(type.body ?? "", data, asset);
  const name = type.name ?? "";
  if (!words) {
    return `<article class="prose">${renderToString(<h1>{name}</h1>)}${body}</article>`;
  }
  const { labels, table, numberWords } = words;
  const prefix = data.prefix ?? "";
  const href = (path: string) => withBase(data.base, `${prefix}${path}`);
  const links: SiteLinks = { href: (path) => withBase(data.base, path), origin: data.origin };
  const prices = data.prices ?? { show: true, currency: "USD" };
  const sessions = pricedSessions(type.sessions ?? [], type.bookingService ?? "", prices, numberWords);
  const { from, to } = type.pressure ?? {};
  const pressure =
    typeof from === "string" && typeof to === "string" && PRESSURES.includes(from) && PRESSURES.includes(to)
      ? pressureRange({ from: from as Pressure, to: to as Pressure }, numberWords)
      : "";
  const fill = (template: string, values: Record<string, string | number>) =>
    plainText(template, { ...data.copy.values, ...values });
  const booking = (service: string, minutes: number) => {
    if (!data.bookingSite) return undefined;
    try {
      // Only the booking page and the site's address are read (the settings' other fields are not sent).
      const settings = data.bookingSite as Parameters<typeof siteBookingUrl>[0];
      return siteBookingUrl(settings, "massage-type", service, `${type.id}-${minutes}`);
    } catch {
      // A booking address the check refuses: the button shows, without a link.
      return undefined;
    }
  };
  const crumbs = data.post && (
    <nav class="breadcrumbs" aria-label={data.post.breadcrumb}>
      <ol>
        <li>
          <a href={href("/")}>{data.post.home}</a>
        </li>
        <li>
          <a href={href("/massage/")}>{labels.types}</a>
        </li>
        <li>
          <span aria-current="page">{name}</span>
        </li>
      </ol>
    </nav>
  );
  const head = renderToString(
    <>
      <h1>{name}</h1>
      <p class="lede">{type.summary}</p>
      {type.photo && (
        <picture>
          <img class="type-photo" src={type.photo} alt={type.photoAlt ?? ""} />
        </picture>
      )}
      <MassageFacts
        pressureLabel={labels.pressure}
        pressure={pressure}
        lengthsLabel={labels.sessionLengths}
        lengths={sessionLengths(
          sessions.map((session) => session.minutes),
          numberWords,
        )}
      />
      <h2>{labels.bestFor}</h2>
      <ul>
        {(type.bestFor ?? []).map((item) => (
          <li>{item}</li>
        ))}
      </ul>
      <h2>{labels.askDoctorFirst}</h2>
      <ul>
        {(type.askDoctorFirst ?? []).map((item) => (
          <li>{item}</li>
        ))}
      </ul>
    </>,
  );
  const tail = renderToString(
    <>
      <div data-pagefind-ignore>
        <h2 id="sessions-title">{prices.show ? labels.sessionsAndPrices : labels.sessions}</h2>
        <SessionsTable
          typeId={type.id}
          sessions={sessions}
          captionVisible={false}
          words={{
            captionWithPrices: fill(table.captionWithPrices, { type: name }),
            caption: fill(table.caption, { type: name }),
            length: table.length,
            price: table.price,
            booking: table.booking,
          }}
          book={(session) => ({
            href: booking(session.service, session.minutes),
            label: fill(table.book, { minutes: session.minutes, type: name }),
            hiddenName: table.book.includes("{type}") ? undefined : name,
          })}
        />
      </div>
      <div data-pagefind-ignore>
        <p class="actions no-print">
          <a class="button button--secondary" href={href("/quiz/")}>
            {labels.notSure}
          </a>
        </p>
        <p class="muted">
          <CopyText text={labels.note} copy={data.copy} links={links} />
        </p>
      </div>
    </>,
  );
  return `${crumbs ? renderToString(crumbs) : ""}<article class="prose">${head}${body}${tail}</article>`;
}
