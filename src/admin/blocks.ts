// The site's MDX components as blocks in the editor's body field. Each block writes exactly the
// form the build and the content checks read, attributes in a fixed order, so opening and saving a
// post changes nothing. A block's fields carry no `pattern`: the editor cannot validate fields
// inside a block (it fails with "this.props.onValidate is not a function"); editor.ts checks the
// blocks, with the whole file, before the save. The preview pane renders blocks with the site's own
// component markup (preview.tsx), so the blocks here have no preview of their own.
import type { EditorContent } from "../lib/cms/config";
import { blockLabel, type EditorBlockId } from "../lib/content/body-model";

/** A body block's id, as its component's entry in COMPONENT_MODEL names it. */
type EditorComponent = EditorBlockId;

/** A block as Decap's registerEditorComponent takes it. */
export interface EditorBlock {
  id: EditorComponent;
  label: string;
  fields: object[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, string | undefined>): string;
}

const attr = (value: unknown) =>
  String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;");
const unattr = (value: unknown) =>
  String(value ?? "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** Every block, with the site's callout kinds and massage types as its choices. */
export function editorBlocks(content: EditorContent): EditorBlock[] {
  const firstKind = content.calloutKinds[0] ?? "";
  return [
    {
      id: "callout",
      label: blockLabel("callout"),
      fields: [
        {
          name: "kind",
          label: "Kind",
          widget: "select",
          options: content.calloutKinds,
          default: firstKind,
          hint: "note: a tip; warning: take care; doctor: see a doctor first.",
        },
        { name: "title", label: "Heading", widget: "string", required: false },
        {
          name: "body",
          label: "Text",
          widget: "markdown",
          buttons: ["bold", "italic", "link", "bulleted-list"],
        },
      ],
      pattern: /^<Callout kind="([a-z]+)"(?: title="([^"]*)")?>\n\n([\s\S]*?)\n\n<\/Callout>/,
      fromBlock: (match) => ({ kind: match[1] ?? "", title: unattr(match[2]), body: match[3] ?? "" }),
      toBlock: ({ kind, title, body }) =>
        `<Callout kind="${attr(kind || firstKind)}"${title ? ` title="${attr(title)}"` : ""}>\n\n${
          body ?? ""
        }\n\n</Callout>`,
    },
    {
      id: "booking-button",
      label: blockLabel("booking-button"),
      fields: [
        {
          name: "service",
          label: "Massage type",
          widget: "select",
          options: content.massageTypeChoices ?? content.massageTypes,
          required: false,
          hint: "Leave empty for a general booking button.",
        },
        { name: "label", label: "Button text", widget: "string", required: false },
      ],
      pattern: /^<BookingButton(?: service="([^"]*)")?(?: \/>|>([^<\n]*)<\/BookingButton>)/,
      fromBlock: (match) => ({ service: match[1] ?? "", label: unattr(match[2]) }),
      toBlock: ({ service, label }) => {
        const open = `<BookingButton${service ? ` service="${attr(service)}"` : ""}`;
        return label ? `${open}>${label}</BookingButton>` : `${open} />`;
      },
    },
    {
      id: "quiz-callout",
      label: blockLabel("quiz-callout"),
      fields: [],
      pattern: /^<QuizCallout \/>/,
      fromBlock: () => ({}),
      toBlock: () => "<QuizCallout />",
    },
    {
      id: "quiz",
      label: blockLabel("quiz"),
      fields: [],
      pattern: /^<Quiz \/>/,
      fromBlock: () => ({}),
      toBlock: () => "<Quiz />",
    },
    {
      id: "figure",
      label: blockLabel("figure"),
      fields: [
        { name: "src", label: "Image", widget: "image", choose_url: false },
        {
          name: "alt",
          label: "Description (alt text)",
          widget: "string",
          hint: "Describe what the image shows, for people who cannot see it.",
        },
        { name: "caption", label: "Caption", widget: "string", required: false },
      ],
      pattern: /^<Figure src="([^"]*)" alt="([^"]*)"(?: caption="([^"]*)")? \/>/,
      fromBlock: (match) => ({ src: match[1] ?? "", alt: unattr(match[2]), caption: unattr(match[3]) }),
      toBlock: ({ src, alt, caption }) =>
        `<Figure src="${attr(src)}" alt="${attr(alt)}"${caption ? ` caption="${attr(caption)}"` : ""} />`,
    },
    {
      id: "youtube",
      label: blockLabel("youtube"),
      fields: [
        {
          name: "id",
          label: "Video id",
          widget: "string",
          hint: "The 11 characters after watch?v= in the video's address.",
        },
        {
          name: "title",
          label: "What the video shows",
          widget: "string",
          hint: "Read out to screen-reader users and shown under the video.",
        },
      ],
      pattern: /^<YouTube id="([^"]*)" title="([^"]*)" \/>/,
      fromBlock: (match) => ({ id: match[1] ?? "", title: unattr(match[2]) }),
      toBlock: ({ id, title }) => `<YouTube id="${attr(id)}" title="${attr(title)}" />`,
    },
  ];
}
