// Registers the preview pane's templates with the editor (Decap CMS renders them with its own React,
// given to scripts as window.h and window.createClass). The HTML comes from preview.tsx.
import type { SourceEntry } from "../components/post/markup.tsx";
import type { PreviewData } from "../components/mdx/preview-data.ts";
import {
  editorSessions,
  previewDataIn,
  renderMassageTypeArticle,
  renderPageArticle,
  renderPostArticle,
  type AssetUrl,
} from "./preview.tsx";
import { withSessionNotes } from "../lib/massage/prices.ts";
import { translatedReview } from "../lib/content/review.ts";
import { onEditorStart } from "./registry.ts";

interface Entry {
  getIn(path: string[]): unknown;
}

interface TemplateProps {
  entry: Entry;
  getAsset: (path: string) => { toString(): string } | string | undefined;
}

interface Component {
  props: TemplateProps;
  state: { data?: PreviewData };
  setState(state: { data: PreviewData }): void;
}

interface EditorGlobals {
  h: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  createClass: (spec: Record<string, unknown>) => unknown;
  CMS: {
    registerPreviewTemplate(collection: string, component: unknown): void;
    registerPreviewStyle(url: string): void;
  };
}

const editor = window as unknown as EditorGlobals;

let previewData: PreviewData | undefined;
const loading = fetch("preview.json", { cache: "no-cache" })
  .then((response) => response.json() as Promise<PreviewData>)
  .then((data) => (previewData = data));

const text = (entry: Entry, field: string): string | undefined => {
  const value = entry.getIn(["data", field]);
  return typeof value === "string" && value !== "" ? value : undefined;
};

/** A field's value as plain data: the editor holds lists and objects as Immutable.js values. */
const plain = (entry: Entry, field: string): unknown => {
  const value = entry.getIn(["data", field]);
  return typeof value === "object" && value !== null && "toJS" in value
    ? (value as { toJS(): unknown }).toJS()
    : value;
};

/**
 * An original's facts by the name a translation gives (typed in its file, or picked): its own
 * entries only, so a name such as `constructor` finds nothing instead of Object's own.
 */
const own = <T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;

/** A list of texts, the empty items being typed left out. */
const texts = (entry: Entry, field: string): string[] => {
  const value = plain(entry, field);
  return Array.isArray(value)
    ? value.filter((each): each is string => typeof each === "string" && each !== "")
    : [];
};

/**
 * The entry's file name: a translation's is its original's (content/es/massage-types/swedish.mdx),
 * picked in "Translation of" before a new one has a file.
 */
const slugOf = (entry: Entry): string => {
  const original = plain(entry, "translationOf");
  if (typeof original === "string" && original !== "") return original;
  const slug = entry.getIn(["slug"]);
  if (typeof slug === "string" && slug !== "") return slug;
  const path = entry.getIn(["path"]);
  return typeof path === "string" ? (path.split("/").pop() ?? "").replace(/\.mdx?$/, "") : "";
};

/** A template whose HTML is `render(entry, data, asset)`, in the site's page column. */
function template(render: (entry: Entry, data: PreviewData, asset: AssetUrl) => string) {
  return editor.createClass({
    getInitialState(): { data?: PreviewData } {
      return previewData ? { data: previewData } : {};
    },
    componentDidMount(this: Component) {
      if (!this.state.data) void loading.then((data) => this.setState({ data }));
    },
    render(this: Component) {
      const { entry, getAsset } = this.props;
      const data = this.state.data;
      if (!data) return editor.h("p", null, "Loading the preview…");
      const asset: AssetUrl = (path) => String(getAsset(path) ?? path);
      return editor.h("div", {
        className: "container",
        // Decap's view buttons float down the pane's right edge (10 px in, 40 px wide, one under
        // the other): the article keeps clear of that strip, so they cover none of it.
        style: { paddingTop: "3.5rem", paddingRight: "4.5rem" },
        dangerouslySetInnerHTML: { __html: render(entry, data, asset) },
      });
    },
  });
}

/** Sources as the form holds them, the rows being typed (no title yet) left out. */
const sourcesOf = (value: unknown): SourceEntry[] =>
  (Array.isArray(value) ? value : [])
    .filter((row): row is Record<string, unknown> => typeof row === "object" && row !== null)
    .filter((row) => typeof row["title"] === "string" && row["title"] !== "")
    .map((row) => ({
      title: String(row["title"]),
      publisher: typeof row["publisher"] === "string" ? row["publisher"] : "",
      year: typeof row["year"] === "number" || typeof row["year"] === "string" ? row["year"] : "",
      url: typeof row["url"] === "string" && row["url"] !== "" ? row["url"] : undefined,
    }));

/**
 * The reviewer's box as the form holds it: its summary paragraphs (empty ones being typed left
 * out) and its sources (a translation's form has none: translatedReview takes the original's).
 */
const reviewOf = (entry: Entry) => {
  const review = plain(entry, "review");
  if (typeof review !== "object" || review === null) return undefined;
  const { summary, sources } = review as { summary?: unknown; sources?: unknown };
  return {
    summary: (Array.isArray(summary) ? summary : []).filter(
      (paragraph): paragraph is string => typeof paragraph === "string" && paragraph.trim() !== "",
    ),
    sources: sourcesOf(sources),
  };
};

/** A post's preview; in another language, its facts are its original's (translationOf). */
const postPreview = (language?: string) =>
  template((entry, all, asset) => {
    const data = previewDataIn(all, language);
    const originalId = language === undefined ? undefined : text(entry, "translationOf");
    const original = originalId === undefined ? undefined : own(all.originals, originalId);
    // A translation's dates and people are its original's; a post's are its own.
    const facts = (field: "pubDate" | "updatedDate" | "author" | "reviewedBy" | "reviewedDate") =>
      original ? original[field] : text(entry, field);
    return renderPostArticle(
      {
        title: text(entry, "title"),
        description: text(entry, "description"),
        pubDate: facts("pubDate"),
        updatedDate: facts("updatedDate"),
        author: facts("author"),
        reviewedBy: facts("reviewedBy"),
        reviewedDate: facts("reviewedDate"),
        translatedDate: original ? text(entry, "translatedDate") : undefined,
        heroImage: language === undefined ? text(entry, "heroImage") : undefined,
        heroAlt: text(entry, "heroAlt"),
        body: text(entry, "body"),
        sources: original ? (original.sources ?? []) : sourcesOf(plain(entry, "sources")),
        review: original ? translatedReview(original.review, reviewOf(entry)) : reviewOf(entry),
      },
      data,
      asset,
      original && originalId
        ? { title: original.title, path: `/blog/${originalId}/`, language: all.language ?? "" }
        : undefined,
    );
  });

const photoAddress = (path: string | undefined, asset: AssetUrl) => (path ? asset(path) : undefined);

/**
 * A massage type's preview, as its page. Its own sessions and prices (an edited price shows at
 * once); in another language, the original's facts (pressure, sessions, prices, photo) with the
 * translation's words and session notes, as src/data/massage-types.ts merges them.
 */
const massageTypePreview = (language?: string) =>
  template((entry, all, asset) => {
    const id = slugOf(entry);
    const original = language === undefined ? undefined : own(all.massageTypeOriginals, id);
    const translated = language !== undefined;
    const notes = plain(entry, "sessionNotes");
    const sessions = translated
      ? withSessionNotes(original?.sessions ?? [], Array.isArray(notes) ? notes : [])
      : editorSessions(plain(entry, "sessions"));
    const pressure = translated ? original?.pressure : plain(entry, "pressure");
    return renderMassageTypeArticle(
      {
        id,
        name: text(entry, "name"),
        summary: text(entry, "summary"),
        pressure: typeof pressure === "object" && pressure !== null ? pressure : undefined,
        bestFor: texts(entry, "bestFor"),
        askDoctorFirst: texts(entry, "askDoctorFirst"),
        sessions,
        bookingService: translated ? original?.bookingService : text(entry, "bookingService"),
        // A translation's photo is its original's, at its address on the site.
        photo: translated ? original?.photo : photoAddress(text(entry, "photo"), asset),
        photoAlt: translated ? original?.photoAlt : text(entry, "photoAlt"),
        body: text(entry, "body"),
      },
      previewDataIn(all, language),
      asset,
    );
  });

/** A policy page's preview: its title, body and last update (a translation's own, else its original's). */
const pagePreview = (language?: string) =>
  template((entry, all, asset) =>
    renderPageArticle(
      text(entry, "title") ?? "",
      text(entry, "body") ?? "",
      previewDataIn(all, language),
      asset,
      text(entry, "updatedDate") ??
        (language === undefined ? undefined : own(all.pageUpdatedDates, slugOf(entry))),
    ),
  );

export function registerPreviews() {
  editor.CMS.registerPreviewStyle(new URL("preview.css", location.href).href);
  editor.CMS.registerPreviewTemplate("posts", postPreview());
  editor.CMS.registerPreviewTemplate("massage-types", massageTypePreview());
  editor.CMS.registerPreviewTemplate("pages", pagePreview());
  // Each translation collection previews as the collection it translates, in its language.
  onEditorStart((_cms, content) => {
    for (const { collection, translates, language } of content.translations ?? []) {
      if (translates === "posts") editor.CMS.registerPreviewTemplate(collection, postPreview(language));
      if (translates === "massage-types")
        editor.CMS.registerPreviewTemplate(collection, massageTypePreview(language));
      if (translates === "pages") editor.CMS.registerPreviewTemplate(collection, pagePreview(language));
    }
  });
}
