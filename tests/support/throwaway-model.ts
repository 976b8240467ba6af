import type { ComponentModel } from "../../src/lib/content/body-model.ts";

// A throwaway collection and a throwaway MDX component, each added by one declaration (plus the
// component's view), as a developer would add them: tests/unit/content-model.test.ts checks the
// pre-check and the editor in-process, tests/build/content-model-build.test.ts the built site
// (the published variant in tests/support/variants.ts carries them).

/** The collection's entry, as it is written into collectionModel (src/lib/content/model.ts). */
export const NOTES_ENTRY = `
    notes: {
      name: "notes",
      folder: "content/notes",
      kind: "yaml",
      schema: z.strictObject({ title: z.string().min(3, { error: "write a title of at least 3 characters" }) }),
      editor: {
        label: "Practice notes",
        labelSingular: "Note",
        identifierField: "title",
        options: () => ({ title: { label: "Title" } }),
      },
    },
`;

/** The component's entry, as it is written into COMPONENT_MODEL (src/lib/content/body-model.ts). */
export const HIGHLIGHT_ENTRY = `
  Highlight: {
    attributes: { tone: { kind: "choice", values: ["calm", "bright"] } },
    required: ["tone"],
    children: "text",
    editor: {
      id: "highlight",
      label: "Highlighted words",
      fields: { tone: { label: "Tone" }, children: { label: "Words" } },
    },
  },
`;

/** The component's entry as the model holds it once written into the file (plain JavaScript). */
export const highlightModel = (): Record<string, ComponentModel> =>
  new Function(`return {${HIGHLIGHT_ENTRY}}`)() as Record<string, ComponentModel>;

/** The component's view: a file named after it in src/components/mdx/. */
export const HIGHLIGHT_VIEW = `---
interface Props {
  tone: "calm" | "bright";
}
const { tone } = Astro.props;
---

<mark class={\`highlight-\${tone}\`} data-throwaway="highlight"><slot /></mark>
`;

/** Adds an entry just before a declaration's closing line; fails when the declaration moved. */
export function insertBefore(closing: string, entry: string) {
  return (text: string): string => {
    if (!text.includes(closing)) throw new Error(`the declaration's end "${closing}" is not in the file`);
    return text.replace(closing, `${entry.replace(/^\n/, "")}${closing}`);
  };
}

/** Where each declaration ends in its file. */
export const COLLECTIONS_END = "  }) as const satisfies Record<string, CollectionSpec>;";
export const COMPONENTS_END = "} as const satisfies Record<string, ComponentModel>;";

/** The changes that add both, with a note and a post that uses the component. */
export const throwawayChanges = (): Record<string, (text: string) => string> => ({
  "src/lib/content/model.ts": insertBefore(COLLECTIONS_END, NOTES_ENTRY),
  "src/lib/content/body-model.ts": insertBefore(COMPONENTS_END, HIGHLIGHT_ENTRY),
  "src/components/mdx/Highlight.astro": () => HIGHLIGHT_VIEW,
  "content/notes/first-note.yaml": () => "title: A note kept by the practice\n",
});
