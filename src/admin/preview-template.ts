// Registers the preview pane's templates with the editor (Decap CMS renders them with its own React,
// given to scripts as window.h and window.createClass). The HTML comes from preview.tsx.
import type { PreviewData } from "../components/mdx/preview-data.ts";
import { previewDataIn, renderPageArticle, renderPostArticle, type AssetUrl } from "./preview.tsx";
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

/** A post's preview; in another language, its facts are its original's (translationOf). */
const postPreview = (language?: string) =>
  template((entry, all, asset) => {
    const data = previewDataIn(all, language);
    const originalId = language === undefined ? undefined : text(entry, "translationOf");
    const original = originalId === undefined ? undefined : all.originals?.[originalId];
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
        heroImage: language === undefined ? text(entry, "heroImage") : undefined,
        heroAlt: text(entry, "heroAlt"),
        body: text(entry, "body"),
      },
      data,
      asset,
      original && originalId
        ? { title: original.title, path: `/blog/${originalId}/`, language: all.language ?? "" }
        : undefined,
    );
  });

/** A massage type's or a policy page's preview: its title and body, in its language. */
const pagePreview = (titleField: string, language?: string) =>
  template((entry, all, asset) =>
    renderPageArticle(
      text(entry, titleField) ?? "",
      text(entry, "body") ?? "",
      previewDataIn(all, language),
      asset,
    ),
  );

const PAGE_TITLES: Record<string, string> = { "massage-types": "name", pages: "title" };

export function registerPreviews() {
  editor.CMS.registerPreviewStyle(new URL("preview.css", location.href).href);
  editor.CMS.registerPreviewTemplate("posts", postPreview());
  for (const [collection, titleField] of Object.entries(PAGE_TITLES)) {
    editor.CMS.registerPreviewTemplate(collection, pagePreview(titleField));
  }
  // Each translation collection previews as the collection it translates, in its language.
  onEditorStart((_cms, content) => {
    for (const { collection, translates, language } of content.translations ?? []) {
      if (translates === "posts") editor.CMS.registerPreviewTemplate(collection, postPreview(language));
      const titleField = PAGE_TITLES[translates];
      if (titleField) editor.CMS.registerPreviewTemplate(collection, pagePreview(titleField, language));
    }
  });
}
