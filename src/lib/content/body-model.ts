import { CALLOUT_KINDS } from "./callout.ts";
import { COLLECTIONS, LANGUAGE_SLOT } from "./model.ts";

/**
 * What the body of a post, page or massage type may hold, as a list of what is allowed (never a
 * list of what is not): the site's components with their declared attributes, and a short list of
 * plain HTML elements for text. Every body rule walks the parsed MDX tree against this model
 * (mdx-syntax.ts), the editor runs the same rules before a save, and the pages render only these
 * components (src/components/mdx/index.ts, checked against this list by its test).
 *
 * Pure and free of Node's modules, so the browser editor bundles it too.
 */

/** How an attribute's value is read and checked. */
export type AttributeRule =
  /** Plain words. */
  | { kind: "text" }
  /** One of a few words, e.g. a callout's kind. */
  | { kind: "choice"; values: readonly string[] }
  /** A link target: a page of this site, a #section, https:, mailto: or tel: (links.ts). */
  | { kind: "url" }
  /** A picture below content/, given as a path from content/ (e.g. posts/images/desk.jpg). */
  | { kind: "image" }
  /** A massage type's file name (content/massage-types/), for booking links. */
  | { kind: "massageType" };

const text = { kind: "text" } as const;

/** A collection whose files have a body (frontmatter, then MDX), by its key in the content model. */
export type BodyCollection = string;

/** A field of a component's block in the editor: its label, and a hint under it. */
export interface BlockField {
  label: string;
  hint?: string;
}

/** The name a component's block gives what the component holds between its tags. */
export const CHILDREN = "children";

export interface ComponentModel {
  attributes: Readonly<Record<string, AttributeRule>>;
  /** Attributes a use must give. */
  required?: readonly string[];
  /** Where it may be used; every body collection when absent. */
  only?: readonly BodyCollection[];
  /**
   * What it holds between its tags, as its editor block writes it: Markdown on lines of its own,
   * or one line of plain text (none: the block writes the component closing itself, `<X />`).
   */
  children?: "markdown" | "text";
  /**
   * Its block in the editor's body field (the + menu): the block's id, its name there, and its
   * fields in the order the block writes them, an attribute each and CHILDREN for what it holds.
   * A use with an attribute the block has no field for stays text in the editor, unchanged.
   */
  editor?: { id: string; label: string; fields?: Readonly<Record<string, BlockField>> };
}

/** The site's MDX components: each is declared here once, with every attribute it takes. */
export const COMPONENT_MODEL = {
  Callout: {
    attributes: { kind: { kind: "choice", values: CALLOUT_KINDS }, title: text },
    children: "markdown",
    editor: {
      id: "callout",
      label: "Callout",
      fields: {
        kind: { label: "Kind", hint: "note: a tip; warning: take care; doctor: see a doctor first." },
        title: { label: "Heading" },
        [CHILDREN]: { label: "Text" },
      },
    },
  },
  BookingButton: {
    attributes: { service: { kind: "massageType" } },
    children: "text",
    editor: {
      id: "booking-button",
      label: "Booking button",
      fields: {
        service: { label: "Massage type", hint: "Leave empty for a general booking button." },
        [CHILDREN]: { label: "Button text" },
      },
    },
  },
  QuizCallout: { attributes: {}, editor: { id: "quiz-callout", label: "Quiz box (link to the quiz)" } },
  Quiz: { attributes: {}, editor: { id: "quiz", label: "The whole quiz" } },
  Figure: {
    attributes: { src: { kind: "image" }, alt: text, caption: text },
    required: ["src", "alt"],
    editor: {
      id: "figure",
      label: "Image with description",
      fields: {
        src: { label: "Image" },
        alt: {
          label: "Description (alt text)",
          hint: "Describe what the image shows, for people who cannot see it.",
        },
        caption: { label: "Caption" },
      },
    },
  },
  YouTube: {
    attributes: { id: text, title: text, poster: { kind: "image" }, start: text },
    required: ["id", "title"],
    editor: {
      id: "youtube",
      label: "YouTube video (loads only when played)",
      fields: {
        id: { label: "Video id", hint: "The 11 characters after watch?v= in the video's address." },
        title: {
          label: "What the video shows",
          hint: "Read out to screen-reader users and shown under the video.",
        },
      },
    },
  },
  BookingPrivacyLink: { attributes: {}, only: ["pages"] },
  ContactDetails: { attributes: {}, only: ["pages"] },
  CountingNotice: { attributes: {}, only: ["pages"] },
} as const satisfies Record<string, ComponentModel>;

export type ComponentName = keyof typeof COMPONENT_MODEL;

/** Attributes any allowed HTML element may carry: the language of a phrase in another language. */
const GLOBAL_ATTRIBUTES: Readonly<Record<string, AttributeRule>> = { lang: text, dir: text };

/**
 * Plain HTML a writer may use for what Markdown has no syntax for. Links and images are better
 * written in Markdown; `<a href>` is allowed because pasted text often holds one.
 */
export const HTML_MODEL: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  a: { href: { kind: "url" }, title: text },
  abbr: { title: text },
  b: {},
  br: {},
  cite: {},
  dd: {},
  dl: {},
  dt: {},
  em: {},
  i: {},
  kbd: {},
  mark: {},
  q: {},
  s: {},
  small: {},
  span: {},
  strong: {},
  sub: {},
  sup: {},
};

export const HTML_ELEMENTS = Object.keys(HTML_MODEL).sort();

/** Which collection a content file's body belongs to, from the content model's folders; posts by default. */
export function bodyCollectionOf(file: string): BodyCollection {
  const language = /^content\/([a-z]{2})\//.exec(file)?.[1] ?? LANGUAGE_SLOT;
  const found = Object.entries(COLLECTIONS).find(
    ([, spec]) => spec.kind === "mdx" && file.startsWith(`${spec.folder.replace(LANGUAGE_SLOT, language)}/`),
  );
  // A translation's body may use what its original's may: a Spanish policy page, the contact details.
  return found?.[1].translates ?? found?.[0] ?? "posts";
}

/** The id of a component's block in the editor's body field. */
export type EditorBlockId = {
  [K in ComponentName]: (typeof COMPONENT_MODEL)[K] extends { editor: { id: infer I } } ? I : never;
}[ComponentName];

const withBlocks = Object.values(COMPONENT_MODEL as Record<string, ComponentModel>).flatMap((model) =>
  model.editor ? [model.editor] : [],
);

/** The blocks of the editor's body field, in the order of its + menu. */
export const EDITOR_BLOCKS = withBlocks.map((block) => block.id) as readonly EditorBlockId[];

/** A block's name in the editor's + menu. */
export const blockLabel = (id: EditorBlockId): string =>
  withBlocks.find((block) => block.id === id)?.label ?? id;

/** The components a file may use. */
export function componentsFor(file: string): ComponentName[] {
  const collection = bodyCollectionOf(file);
  return (Object.entries(COMPONENT_MODEL) as Array<[ComponentName, ComponentModel]>)
    .filter(([, model]) => model.only === undefined || model.only.includes(collection))
    .map(([name]) => name);
}

/** Components every MDX file in content/ can use without an import. */
export const MDX_COMPONENTS = componentsFor("content/posts/x.mdx");
/** The policy pages (content/pages/) also have the contact and privacy pieces. */
export const PAGE_COMPONENTS = componentsFor("content/pages/x.mdx");

/** The attributes an element or component allows, or undefined when the element is not allowed. */
export function attributesOf(
  name: string,
  file: string,
): Readonly<Record<string, AttributeRule>> | undefined {
  if ((componentsFor(file) as string[]).includes(name))
    return COMPONENT_MODEL[name as ComponentName].attributes as Readonly<Record<string, AttributeRule>>;
  const html = Object.hasOwn(HTML_MODEL, name) ? HTML_MODEL[name] : undefined;
  return html ? { ...GLOBAL_ATTRIBUTES, ...html } : undefined;
}

/** The attributes a component requires. */
export function requiredAttributes(name: string): readonly string[] {
  return Object.hasOwn(COMPONENT_MODEL, name)
    ? ((COMPONENT_MODEL[name as ComponentName] as ComponentModel).required ?? [])
    : [];
}

const YOUTUBE_ID = /(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?v=|shorts\/)|youtu\.be\/)([\w-]{11})/;

/** What to write instead of an element the model does not allow. */
export function insteadOfElement(tag: string, attributes: Readonly<Record<string, string>>): string {
  const name = tag.toLowerCase();
  if (name === "iframe") {
    const id = YOUTUBE_ID.exec(attributes["src"] ?? "")?.[1];
    if (id) return `Use the YouTube component instead: <YouTube id="${id}" title="What the video shows" />.`;
    return 'Only YouTube videos can be embedded, with <YouTube id="…" title="…" />; for anything else ask a developer to add a component.';
  }
  if (name === "script")
    return "Remove it. Scripts cannot run in posts; ask a developer to add a component for what it does.";
  if (name === "style")
    return "Remove it. Styles are set for the whole site; use <Callout> or <Figure> for a special look.";
  if (name === "img")
    return 'Use ![Description](./images/name.jpg) or <Figure src="posts/images/name.jpg" alt="…" />.';
  if (name === "form" || name === "input" || name === "button" || name === "select" || name === "textarea")
    return "Remove it. A post cannot ask for or send anything; link to the booking page with <BookingButton /> or write a plain link.";
  if (name === "meta" || name === "base" || name === "link")
    return "Remove it. A post cannot change where the page goes or what it loads.";
  if (name === "p" || name === "div" || name === "section" || name === "h2" || name === "h3")
    return "Write it in Markdown instead: a blank line between paragraphs, ## for a heading.";
  if (name === "table" || name === "tr" || name === "td" || name === "th")
    return "Write the table in Markdown: | Column | Column | with a | --- | --- | line under the first row.";
  if (name === "ul" || name === "ol" || name === "li")
    return "Write the list in Markdown: each item on a line starting with - or 1.";
  return `Remove it. In the text you can use Markdown, the site's components and these HTML elements: ${HTML_ELEMENTS.map((each) => `<${each}>`).join(", ")}.`;
}

/** The elements whose use the live site's security policy would block outright. */
export const BLOCKED_BY_POLICY: ReadonlySet<string> = new Set([
  "iframe",
  "script",
  "style",
  "img",
  "object",
  "embed",
]);
