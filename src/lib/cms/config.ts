import type { z } from "astro/zod";
import { editorFields, type EditorField, type FieldOptions } from "./fields.ts";
import { SLUG_SETTINGS } from "./entry-slug.ts";
import { EDITOR_LOCALE } from "./locale.ts";

/** The editor's media library (its "Media" page): "Copy Path" gives paths in this folder. */
export const MEDIA_LIBRARY_FOLDER = "content/images";

/**
 * The browser editor's whole configuration (Decap CMS), built from the zod schemas the build
 * uses. Labels and widgets are chosen here; required-ness, lengths, patterns and allowed values
 * come from the schemas, so a field added to a schema appears in the editor without a change here.
 */

/** One collection of the editor, as the content model (src/lib/content/model.ts) declares it. */
export interface EditorCollection {
  /** The editor's name (and Astro's): the address of its list in the editor. */
  name: string;
  /** The folder of its files, e.g. content/posts. */
  folder: string;
  /** mdx: frontmatter and a body; yaml: a data file. */
  kind: "mdx" | "yaml";
  schema: z.ZodType;
  label: string;
  labelSingular: string;
  identifierField: string;
  /** The file name of a new entry; the title's slug when absent. */
  slug?: string;
  /** The list's line for an entry. */
  summary?: string;
  /** One entry's page, below the site's address, e.g. "blog/{{slug}}/". */
  previewPath?: string;
  /** Where uploads from this collection's forms go, and how the files name them. */
  media?: { folder: string; publicFolder: string };
  sortableFields?: readonly string[];
  options: (content: EditorContent) => Record<string, FieldOptions>;
}

/** A group of single files edited as one collection (the site's words, the settings). */
export interface EditorFileGroup {
  name: string;
  label: string;
  files: ReadonlyArray<{
    name: string;
    label: string;
    file: string;
    schema: z.ZodType;
    options?: Record<string, FieldOptions>;
  }>;
}

/** Everything the editor edits, in the order of its menu. */
export interface EditorModel {
  collections: readonly EditorCollection[];
  fileGroups: readonly EditorFileGroup[];
  /** The body's blocks: the ids of the MDX components' editor blocks (body-model.ts). */
  blocks: readonly string[];
}

export interface EditorContent {
  /** Authors and reviewers by name (a therapist's name comes from the team), for their dropdowns. */
  authors?: ReadonlyArray<{ value: string; label: string }>;
  /** Tags used by at least one post, for the tag dropdown. */
  tags: readonly string[];
  /** Massage type ids (file names), for BookingButton's service. */
  massageTypes: readonly string[];
  /** The same, each with its name, for the booking button's dropdown. */
  massageTypeChoices?: ReadonlyArray<{ value: string; label: string }>;
  /** The translation collections and what each translates, for their previews (model.ts). */
  translations?: ReadonlyArray<{ collection: string; translates: string; language: string }>;
}

export interface EditorBackend {
  /** "owner/name" of the GitHub repository; editors sign in with GitHub. */
  repo?: string;
  branch?: string;
  /** The OAuth endpoint that hands the editor a GitHub token (see docs/CONTENT.md). */
  authBaseUrl?: string;
  /** The GitHub access the sign-in asks for (backend.ts, githubScopeFromEnv); `repo` when unset. */
  authScope?: "repo" | "public_repo";
  /** The published site, for "View live" and deploy-preview links. */
  siteUrl: string;
  /** Local mode: the local proxy's API address (only for `astro dev` on this computer). */
  localProxyUrl?: string;
}

/** The body field: Markdown, with the site's MDX components as blocks (their ids, registered in src/admin/blocks.ts). */
const bodyField = (blocks: readonly string[]): EditorField => ({
  name: "body",
  label: "Text",
  widget: "markdown",
  // As every field's (fields.ts): the check refuses a published entry with no text, and a draft may wait.
  required: false,
  needed_to_save: true,
  modes: ["rich_text", "raw"],
  buttons: [
    "bold",
    "italic",
    "link",
    "heading-two",
    "heading-three",
    "quote",
    "bulleted-list",
    "numbered-list",
  ],
  editor_components: [...blocks],
  hint: "Use the + menu for a callout, a booking button, the quiz box or an image with alt text.",
});

/**
 * The part of the editor's configuration that comes from the build's environment (repository,
 * branch, sign-in endpoint, published address, local mode); everything else comes from the schemas.
 * The sign-in test writes this part for its stand-in GitHub into an otherwise built configuration.
 */
export function editorBackendSettings(backend: EditorBackend): Record<string, unknown> {
  return {
    backend: {
      name: "github",
      repo: backend.repo ?? "OWNER/REPOSITORY",
      branch: backend.branch ?? "main",
      ...(backend.authBaseUrl ? { base_url: backend.authBaseUrl } : {}),
      auth_scope: backend.authScope ?? "repo",
      squash_merges: true,
      commit_messages: {
        create: "Content: new {{collection}} “{{slug}}”",
        update: "Content: edit {{collection}} “{{slug}}”",
        delete: "Content: delete {{collection}} “{{slug}}”",
        uploadMedia: "Content: upload “{{path}}”",
        deleteMedia: "Content: delete “{{path}}”",
      },
    },
    // Local mode (a developer's computer, the tests) saves straight into the working tree. Online,
    // drafts are pull requests: the host builds a deploy preview and the content checks annotate it.
    ...(backend.localProxyUrl
      ? { local_backend: { url: backend.localProxyUrl } }
      : { publish_mode: "editorial_workflow" }),
    site_url: backend.siteUrl,
    display_url: backend.siteUrl,
  };
}

export interface BuildEditorConfigOptions {
  /** Options for fields added by later work, by collection or file name; unknown names fail, like the built-in ones. */
  extraOptions?: Partial<Record<string, Record<string, FieldOptions>>>;
}

export function buildEditorConfig(
  model: EditorModel,
  content: EditorContent,
  backend: EditorBackend,
  { extraOptions = {} }: BuildEditorConfigOptions = {},
): Record<string, unknown> {
  const fields = (name: string, schema: z.ZodType, options: Record<string, FieldOptions>) =>
    editorFields(schema, { ...options, ...extraOptions[name] });
  return {
    load_config_file: false,
    // English, with the site's notices in place of a few of Decap's (src/admin/editor.ts).
    locale: EDITOR_LOCALE,
    ...editorBackendSettings(backend),
    media_folder: MEDIA_LIBRARY_FOLDER,
    public_folder: "images",
    slug: SLUG_SETTINGS,
    collections: [
      ...model.collections.map((collection) => ({
        name: collection.name,
        label: collection.label,
        label_singular: collection.labelSingular,
        folder: collection.folder,
        extension: collection.kind,
        format: collection.kind === "mdx" ? "frontmatter" : "yaml",
        create: true,
        slug: collection.slug ?? "{{slug}}",
        identifier_field: collection.identifierField,
        ...(collection.summary ? { summary: collection.summary } : {}),
        ...(collection.previewPath ? { preview_path: collection.previewPath } : {}),
        ...(collection.media
          ? { media_folder: `/${collection.media.folder}`, public_folder: collection.media.publicFolder }
          : {}),
        ...(collection.sortableFields ? { sortable_fields: [...collection.sortableFields] } : {}),
        fields: [
          ...fields(collection.name, collection.schema, collection.options(content)),
          ...(collection.kind === "mdx" ? [bodyField(model.blocks)] : []),
        ],
      })),
      // Words used across many pages and the settings: no single page to show beside the form, and
      // a save changes only what was edited, so the files' comments (their instructions) stay.
      ...model.fileGroups.map((group) => ({
        name: group.name,
        label: group.label,
        editor: { preview: false },
        format: "yaml-in-place",
        files: group.files.map(({ name, label, file, schema, options = {} }) => ({
          name,
          label,
          file,
          format: "yaml-in-place",
          fields: fields(`${group.name}/${name}`, schema, options),
        })),
      })),
    ],
  };
}
