// Registers the preview pane's templates with the editor (Decap CMS renders them with its own React,
// given to scripts as window.h and window.createClass). The HTML comes from preview.tsx.
import type { PreviewData } from "../components/mdx/preview-data";
import { renderPageArticle, renderPostArticle, type AssetUrl } from "./preview";

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

export function registerPreviews() {
  editor.CMS.registerPreviewStyle(new URL("preview.css", location.href).href);
  editor.CMS.registerPreviewTemplate(
    "posts",
    template((entry, data, asset) =>
      renderPostArticle(
        {
          title: text(entry, "title"),
          description: text(entry, "description"),
          pubDate: text(entry, "pubDate"),
          updatedDate: text(entry, "updatedDate"),
          author: text(entry, "author"),
          reviewedBy: text(entry, "reviewedBy"),
          reviewedDate: text(entry, "reviewedDate"),
          heroImage: text(entry, "heroImage"),
          heroAlt: text(entry, "heroAlt"),
          body: text(entry, "body"),
        },
        data,
        asset,
      ),
    ),
  );
  for (const [collection, titleField] of [
    ["massage-types", "name"],
    ["pages", "title"],
  ] as const) {
    editor.CMS.registerPreviewTemplate(
      collection,
      template((entry, data, asset) =>
        renderPageArticle(text(entry, titleField) ?? "", text(entry, "body") ?? "", data, asset),
      ),
    );
  }
}
