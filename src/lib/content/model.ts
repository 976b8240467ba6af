import { z } from "astro/zod";
import type { EditorCollection, EditorFileGroup, EditorModel } from "../cms/config";
import type { FieldOptions } from "../cms/fields";
import {
  authorOptions,
  copyPhoto,
  homeCardOptions,
  massageTypeOptions,
  POST_IMAGE_FOLDER,
  postFieldOptions,
  redirectOptions,
  settingsOptions,
  teamOptions,
  testimonialOptions,
} from "../cms/options";
import { faqSchema, homeCopySchema, listingsCopySchema, siteCopySchema, visitCopySchema } from "../site/copy";
import { settingsSchema } from "../site/settings";
import { ADDRESS_RECORD_FILE, REDIRECTS_FILE, redirectsSchema } from "./redirects";
import {
  authorSchema,
  massageTypeSchema,
  pageSchema,
  postSchema,
  teamSchema,
  testimonialSchema,
} from "./schemas";

/**
 * The content model: every collection and every single file of content/, each declared here once
 * with its folder, its kind of file, its schema, the address of its pages and its editor form.
 * Astro's collections (src/content.config.ts), the content pre-check's reading of content/
 * (site-check.ts, edit-check.ts, src/data/content-files.ts) and the editor's configuration
 * (cms/config.ts, src/data/editor.ts) are derived from it. The MDX components a body may use are
 * declared in body-model.ts. Nothing here reads content.
 */

/**
 * What a schema is built with. src/content.config.ts passes Astro's `image()` and `reference()`;
 * the pre-check and the editor pass plain strings (PLAIN_HELPERS), and check pictures and names
 * themselves.
 */
export interface ModelHelpers<I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  image: () => I;
  reference: (collection: string) => R;
}

/** One collection: a folder of files of one kind, each file one entry named by its file name. */
export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** Astro's and the editor's name for it. */
  name: string;
  /** Below the project, e.g. content/posts. */
  folder: string;
  /** mdx: YAML frontmatter, then an MDX body; yaml: a data file. */
  kind: "mdx" | "yaml";
  /** Files in sub-folders belong to it too (posts by year); the address is still the file name. */
  nested?: boolean;
  schema: S;
  /** The address of an entry's page, `{id}` standing for the file's slug; none when it has no page. */
  route?: string;
  editor: Omit<EditorCollection, "name" | "folder" | "kind" | "schema" | "previewPath">;
}

/** One single file of content/ that a check reads (the site's words, the settings, the quiz). */
export interface FileSpec {
  file: string;
  schema: z.ZodType;
  /** The editor's name and label, with the options of its form; no editor form when absent. */
  editor?: { group: string; name: string; label: string; options?: Record<string, FieldOptions> };
}

const titledSummary = "{{draft | ternary('Draft: ', '')}}{{title}} ({{pubDate}})";

/**
 * The collections, in the order of the editor's menu. A schema is built from the helpers, so one
 * declaration serves Astro's typed entries and the plain pre-check.
 */
export const collectionModel = <I extends z.ZodType, R extends z.ZodType>({
  image,
  reference,
}: ModelHelpers<I, R>) =>
  ({
    posts: {
      name: "posts",
      folder: "content/posts",
      kind: "mdx",
      nested: true,
      schema: postSchema({ image, author: () => reference("authors") }),
      route: "/blog/{id}/",
      editor: {
        label: "Posts",
        labelSingular: "Post",
        identifierField: "title",
        // A draft is marked in the list, so it is not mistaken for a published post.
        summary: titledSummary,
        media: { folder: POST_IMAGE_FOLDER, publicFolder: "posts/images/{{slug}}" },
        sortableFields: ["pubDate", "title"],
        options: postFieldOptions,
      },
    },
    massageTypes: {
      name: "massage-types",
      folder: "content/massage-types",
      kind: "mdx",
      schema: massageTypeSchema({ image }),
      route: "/massage/{id}/",
      editor: {
        label: "Massage types",
        labelSingular: "Massage type",
        identifierField: "name",
        media: {
          folder: "content/massage-types/images/{{slug}}",
          publicFolder: "massage-types/images/{{slug}}",
        },
        options: () => massageTypeOptions,
      },
    },
    authors: {
      name: "authors",
      folder: "content/authors",
      kind: "yaml",
      schema: authorSchema({ image, teamMember: () => reference("team") }),
      route: "/authors/{id}/",
      editor: {
        label: "Authors",
        labelSingular: "Author",
        identifierField: "name",
        options: () => authorOptions,
      },
    },
    team: {
      name: "team",
      folder: "content/team",
      kind: "yaml",
      schema: teamSchema({ image }),
      route: "/team/{id}/",
      editor: {
        label: "Team",
        labelSingular: "Therapist",
        identifierField: "name",
        options: () => teamOptions,
      },
    },
    testimonials: {
      name: "testimonials",
      folder: "content/testimonials",
      kind: "yaml",
      schema: testimonialSchema,
      editor: {
        label: "Clients' words",
        labelSingular: "Testimonial",
        identifierField: "name",
        slug: "{{year}}-{{month}}-{{fields.name}}",
        summary: "{{name}}: {{quote}}",
        options: () => testimonialOptions,
      },
    },
    pages: {
      name: "pages",
      folder: "content/pages",
      kind: "mdx",
      schema: pageSchema,
      route: "/{id}/",
      editor: { label: "Policy pages", labelSingular: "Page", identifierField: "title", options: () => ({}) },
    },
  }) as const satisfies Record<string, CollectionSpec>;

/**
 * Plain stand-ins for Astro's image() and reference(): a path and a name, which the pre-check
 * checks itself; a name says which collection it names, for the editor's dropdown.
 */
export const PLAIN_HELPERS: ModelHelpers = {
  image: () => z.string(),
  reference: (collection) => z.string().meta({ reference: collection }),
};

/** A site's collections as the pre-check and the editor read them. */
export type Collections = Readonly<Record<string, CollectionSpec>>;

/** The site's collections, with plain schemas. */
export const COLLECTIONS: Collections = collectionModel(PLAIN_HELPERS);

export type CollectionKey = keyof ReturnType<typeof collectionModel>;

const words = (name: string, label: string, options?: Record<string, FieldOptions>) => ({
  group: "words",
  name,
  label,
  ...(options ? { options } : {}),
});

/** The site's words: every sentence the pages show that is not in a post, page or settings. */
export const COPY_FILES = {
  site: {
    file: "content/copy/site.yaml",
    schema: siteCopySchema,
    editor: words("site", "Every page: menus, footer, buttons"),
  },
  home: {
    file: "content/copy/home.yaml",
    schema: homeCopySchema,
    editor: words("home", "Home page", {
      heroPhoto: { label: "Photo beside the introduction (optional)", ...copyPhoto },
      helpsWith: homeCardOptions,
    }),
  },
  listings: {
    file: "content/copy/listings.yaml",
    schema: listingsCopySchema,
    editor: words("listings", "List pages, quiz and search pages"),
  },
  visit: {
    file: "content/copy/visit.yaml",
    schema: visitCopySchema,
    editor: words("visit", "Visit, prices and team pages", {
      gallery: {
        label: "Photos of the practice (optional)",
        fields: { photos: { label: "Photos", ...copyPhoto } },
      },
    }),
  },
  faq: { file: "content/faq.yaml", schema: faqSchema, editor: words("faq", "Questions and answers") },
} as const satisfies Record<string, FileSpec>;

/** The practice's settings and the quiz: one file each, with their own checks (site/settings.ts, quiz/). */
export const SINGLE_FILES = {
  settings: {
    file: "content/settings.yaml",
    schema: settingsSchema,
    editor: { group: "settings", name: "settings", label: "Practice settings", options: settingsOptions },
  },
  quiz: { file: "content/quiz.yaml" },
  redirects: {
    file: REDIRECTS_FILE,
    schema: redirectsSchema,
    editor: {
      group: "redirects",
      name: "redirects",
      label: "Addresses that moved or were removed",
      options: redirectOptions,
    },
  },
  /** Every address the site has published: written by the build, read by the check, not edited. */
  addressRecord: { file: ADDRESS_RECORD_FILE },
} as const;

export type SingleFileKey = keyof typeof SINGLE_FILES;

/** The editor's labels of its groups of single files. */
const GROUP_LABELS: Readonly<Record<string, string>> = {
  words: "Site words",
  redirects: "Addresses that moved",
  settings: "Practice settings",
};

const matches = (spec: CollectionSpec, file: string): boolean => {
  if (!file.startsWith(`${spec.folder}/`) || !file.endsWith(`.${spec.kind}`)) return false;
  return spec.nested === true || !file.slice(spec.folder.length + 1).includes("/");
};

/**
 * The part of the site a file below content/ belongs to: a collection's key, "copy", or a single
 * file's key; undefined when no check reads it.
 */
export function fileKindIn(collections: Collections, file: string): string | undefined {
  for (const [key, spec] of Object.entries(SINGLE_FILES)) if (spec.file === file) return key;
  if (Object.values(COPY_FILES).some((spec) => spec.file === file)) return "copy";
  for (const [key, spec] of Object.entries(collections)) if (matches(spec, file)) return key;
  return undefined;
}

/** Astro's glob pattern for a collection's files. */
export const patternOf = (spec: Pick<CollectionSpec, "kind" | "nested">): string =>
  `${spec.nested ? "**/" : ""}*.${spec.kind}`;

/** The addresses of a collection's pages, for the entries with these ids. */
export const routesOf = (spec: CollectionSpec, ids: Iterable<string>): string[] =>
  spec.route === undefined ? [] : [...ids].map((id) => spec.route!.replace("{id}", id));

/** The editor's whole model: the collections, then the site's words and the settings; `blocks` from body-model.ts. */
export function editorModelOf(collections: Collections, blocks: readonly string[]): EditorModel {
  const files: FileSpec[] = [...Object.values(COPY_FILES), SINGLE_FILES.redirects, SINGLE_FILES.settings];
  const groups = [...new Set(files.flatMap((spec) => (spec.editor ? [spec.editor.group] : [])))];
  const fileGroups: EditorFileGroup[] = groups.map((group) => ({
    name: group,
    label: GROUP_LABELS[group] ?? group,
    files: files.flatMap((spec) =>
      spec.editor?.group === group
        ? [
            {
              name: spec.editor.name,
              label: spec.editor.label,
              file: spec.file,
              schema: spec.schema,
              options: spec.editor.options,
            },
          ]
        : [],
    ),
  }));
  return {
    collections: Object.values(collections).map((spec) => ({
      ...spec.editor,
      name: spec.name,
      folder: spec.folder,
      kind: spec.kind,
      schema: spec.schema,
      ...(spec.route ? { previewPath: spec.route.replace(/^\//, "").replace("{id}", "{{slug}}") } : {}),
    })),
    fileGroups,
    blocks,
  };
}
