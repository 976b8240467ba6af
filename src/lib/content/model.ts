import { z } from "astro/zod";
import type { EditorCollection, EditorFileGroup, EditorModel } from "../cms/config.ts";
import type { FieldOptions } from "../cms/fields.ts";
import {
  authorOptions,
  authorTranslationOptions,
  copyPhoto,
  homeCardOptions,
  massageTypeOptions,
  massageTypeTranslationOptions,
  pageTranslationOptions,
  postTranslationOptions,
  POST_IMAGE_FOLDER,
  postFieldOptions,
  redirectOptions,
  settingsOptions,
  teamOptions,
  teamTranslationOptions,
  testimonialOptions,
} from "../cms/options.ts";
import {
  faqSchema,
  homeCopySchema,
  listingsCopySchema,
  siteCopySchema,
  visitCopySchema,
} from "../site/copy.ts";
import { settingsSchema } from "../site/settings.ts";
import { settingsWordsSchema } from "../site/settings-words.ts";
import { quizWordsSchema } from "../quiz/schema.ts";
import { ADDRESS_RECORD_FILE, REDIRECTS_FILE, redirectsSchema } from "./redirects.ts";
import {
  authorSchema,
  massageTypeSchema,
  pageSchema,
  postSchema,
  teamSchema,
  testimonialSchema,
} from "./schemas.ts";
import {
  authorTranslationSchema,
  massageTypeTranslationSchema,
  pageTranslationSchema,
  postTranslationSchema,
  teamTranslationSchema,
} from "./translation-schemas.ts";

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
  /**
   * A language's words for another collection's entries (its key): the folder then holds
   * `{lang}`, a language's two-letter code (content/{lang}/posts), an entry's id is
   * "<code>/<file name>" and the route's `{lang}` is that code.
   */
  translates?: string;
}

/** Where a translation collection's folder names the language. */
export const LANGUAGE_SLOT = "{lang}";

/**
 * A new translation's file name when it shares its original's (a massage type, a page, a
 * therapist, an author): the entry picked in "Translation of", never its words.
 */
const ORIGINALS_NAME = "{{fields.translationOf}}";

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
 * declaration serves Astro's typed entries and the plain pre-check. Schemas made from the helpers
 * are built when read, so asking for one collection's schema builds that one only: schemaPerEntry
 * counts the image() calls it makes.
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
      get schema() {
        return postSchema({ image, author: () => reference("authors") });
      },
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
      get schema() {
        return massageTypeSchema({ image });
      },
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
      get schema() {
        return authorSchema({ image, teamMember: () => reference("team") });
      },
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
      get schema() {
        return teamSchema({ image });
      },
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
    postTranslations: {
      name: "post-translations",
      folder: "content/{lang}/posts",
      kind: "mdx",
      translates: "posts",
      get schema() {
        return postTranslationSchema({ reference });
      },
      route: "/{lang}/blog/{id}/",
      editor: {
        label: "Posts in other languages",
        labelSingular: "Translated post",
        identifierField: "title",
        summary: "{{draft | ternary('Draft: ', '')}}{{title}}",
        options: () => postTranslationOptions,
      },
    },
    massageTypeTranslations: {
      name: "massage-type-translations",
      folder: "content/{lang}/massage-types",
      kind: "mdx",
      translates: "massageTypes",
      schema: massageTypeTranslationSchema,
      route: "/{lang}/massage/{id}/",
      editor: {
        label: "Massage types in other languages",
        labelSingular: "Translated massage type",
        identifierField: "name",
        slug: ORIGINALS_NAME,
        options: () => massageTypeTranslationOptions,
      },
    },
    pageTranslations: {
      name: "page-translations",
      folder: "content/{lang}/pages",
      kind: "mdx",
      translates: "pages",
      schema: pageTranslationSchema,
      route: "/{lang}/{id}/",
      editor: {
        label: "Policy pages in other languages",
        labelSingular: "Translated page",
        identifierField: "title",
        slug: ORIGINALS_NAME,
        options: () => pageTranslationOptions,
      },
    },
    teamTranslations: {
      name: "team-translations",
      folder: "content/{lang}/team",
      kind: "yaml",
      translates: "team",
      schema: teamTranslationSchema,
      route: "/{lang}/team/{id}/",
      editor: {
        label: "Team in other languages",
        labelSingular: "Translated therapist",
        identifierField: "role",
        slug: ORIGINALS_NAME,
        options: () => teamTranslationOptions,
      },
    },
    authorTranslations: {
      name: "author-translations",
      folder: "content/{lang}/authors",
      kind: "yaml",
      translates: "authors",
      schema: authorTranslationSchema,
      route: "/{lang}/authors/{id}/",
      editor: {
        label: "Authors in other languages",
        labelSingular: "Translated author",
        identifierField: "role",
        slug: ORIGINALS_NAME,
        options: authorTranslationOptions,
      },
    },
  }) as const satisfies Record<string, CollectionSpec>;

/**
 * A collection's schema for each entry Astro loads, from one schema built once. Astro calls a
 * collection's schema function for every entry, because image() resolves paths from the entry's
 * file; building the whole schema each time cost 1.5 s and 0.4 GB of short-lived memory per 5,000
 * posts. `build` is given a stand-in for image(); each entry's schema puts its own image() in the
 * fields made from it (top-level fields, optional or not), and zod's safeExtend keeps the rules.
 */
export function schemaPerEntry<S extends z.ZodType>(
  build: (image: () => z.ZodType) => S,
): (image: () => z.ZodType) => S {
  const standIn = z.string();
  let calls = 0;
  const once = build(() => {
    calls += 1;
    return standIn;
  });
  const shape: Record<string, z.ZodType> = once instanceof z.ZodObject ? once.shape : {};
  const imageFields = Object.entries(shape).flatMap(([key, field]) => {
    if (field === standIn) return [{ key, optional: false }];
    return field instanceof z.ZodOptional && field.unwrap() === standIn ? [{ key, optional: true }] : [];
  });
  if (imageFields.length !== calls) {
    throw new Error(
      "schemaPerEntry: image() may only make a top-level field of an object schema, optional or not",
    );
  }
  if (imageFields.length === 0) return () => once;
  return (image) =>
    (once as unknown as z.ZodObject).safeExtend(
      Object.fromEntries(
        imageFields.map(({ key, optional }) => [key, optional ? image().optional() : image()]),
      ),
    ) as unknown as S;
}

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

/** The site's collections, with plain schemas, each built once (the spread reads every getter). */
export const COLLECTIONS: Collections = Object.fromEntries(
  Object.entries(collectionModel(PLAIN_HELPERS)).map(([key, spec]) => [key, { ...spec }]),
);

export type CollectionKey = keyof ReturnType<typeof collectionModel>;

/** The collections that hold another language's words for a collection's entries. */
export type TranslationKey = {
  [K in CollectionKey]: ReturnType<typeof collectionModel>[K] extends { translates: string } ? K : never;
}[CollectionKey];

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
      heroPhoto: { label: "Photo beside the introduction", ...copyPhoto },
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
        label: "Photos of the practice",
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

/**
 * The single files in another language, in content/{lang}/: the site's words in full (each copy
 * file's own schema), and only the words of the quiz and of the settings.
 */
export const TRANSLATED_FILES: Readonly<Record<string, { file: string; schema: z.ZodType }>> = {
  ...Object.fromEntries(
    Object.entries(COPY_FILES).map(([key, spec]) => [
      key,
      { file: spec.file.replace(/^content\//, `content/${LANGUAGE_SLOT}/`), schema: spec.schema },
    ]),
  ),
  quiz: { file: `content/${LANGUAGE_SLOT}/quiz.yaml`, schema: quizWordsSchema },
  settings: { file: `content/${LANGUAGE_SLOT}/settings.yaml`, schema: settingsWordsSchema },
};

/** A translated single file's key and schema: "content/es/copy/site.yaml" is the site's words in Spanish. */
export function translatedFileSpec(
  file: string,
): { key: string; language: string; schema: z.ZodType } | undefined {
  const language = /^content\/([a-z]{2})\//.exec(file)?.[1];
  if (language === undefined) return undefined;
  for (const [key, spec] of Object.entries(TRANSLATED_FILES))
    if (spec.file.replace(LANGUAGE_SLOT, language) === file) return { key, language, schema: spec.schema };
  return undefined;
}

/** The schema of a words file: a copy file of the default language or of another. */
export const copySchemaOf = (file: string): z.ZodType | undefined =>
  Object.values(COPY_FILES).find((spec) => spec.file === file)?.schema ?? translatedFileSpec(file)?.schema;

/** The editor's labels of its groups of single files. */
const GROUP_LABELS: Readonly<Record<string, string>> = {
  words: "Site words",
  redirects: "Addresses that moved",
  settings: "Practice settings",
};

/** A collection's folder for a file: a translation's `{lang}` stands for the file's language folder. */
const folderFor = (spec: Pick<CollectionSpec, "folder">, file: string): string => {
  if (!spec.folder.includes(LANGUAGE_SLOT)) return spec.folder;
  const language = /^content\/([a-z]{2})\//.exec(file)?.[1];
  return language === undefined ? spec.folder : spec.folder.replace(LANGUAGE_SLOT, language);
};

const matches = (spec: CollectionSpec, file: string): boolean => {
  const folder = folderFor(spec, file);
  if (!file.startsWith(`${folder}/`) || !file.endsWith(`.${spec.kind}`)) return false;
  return spec.nested === true || !file.slice(folder.length + 1).includes("/");
};

/**
 * The part of the site a file below content/ belongs to: a collection's key, "copy", or a single
 * file's key; undefined when no check reads it.
 */
export function fileKindIn(collections: Collections, file: string): string | undefined {
  for (const [key, spec] of Object.entries(SINGLE_FILES)) if (spec.file === file) return key;
  if (Object.values(COPY_FILES).some((spec) => spec.file === file)) return "copy";
  // Another language's words (content/es/copy/site.yaml, content/es/quiz.yaml): checked as words.
  if (translatedFileSpec(file)) return "copy";
  for (const [key, spec] of Object.entries(collections)) if (matches(spec, file)) return key;
  return undefined;
}

/** Astro's glob pattern for a collection's files. */
export const patternOf = (spec: Pick<CollectionSpec, "kind" | "nested">): string =>
  `${spec.nested ? "**/" : ""}*.${spec.kind}`;

/**
 * Where Astro's glob loader looks for a collection's files: its folder and pattern; a translation
 * collection's files in every language folder (content/es/posts/*.mdx), its ids "es/<file name>".
 */
export function globOf(spec: Pick<CollectionSpec, "folder" | "kind" | "nested">): {
  base: string;
  pattern: string;
} {
  const [before, after] = spec.folder.split(`/${LANGUAGE_SLOT}/`);
  if (after === undefined) return { base: spec.folder, pattern: patternOf(spec) };
  return { base: before!, pattern: `[a-z][a-z]/${after}/${patternOf(spec)}` };
}

/** An entry's id: its file name, after its language folder for a translation ("es/seis-razones"). */
export function entryIdOf(
  spec: Pick<CollectionSpec, "folder">,
  file: string,
  slug: (file: string) => string,
): string {
  const language = spec.folder.includes(LANGUAGE_SLOT) ? /^content\/([a-z]{2})\//.exec(file)?.[1] : undefined;
  return language === undefined ? slug(file) : `${language}/${slug(file)}`;
}

/** The addresses of a collection's pages, for the entries with these ids. */
export const routesOf = (spec: CollectionSpec, ids: Iterable<string>): string[] =>
  spec.route === undefined
    ? []
    : [...ids].map((id) => {
        if (!spec.route!.includes(LANGUAGE_SLOT)) return spec.route!.replace("{id}", id);
        const [language, ...rest] = id.split("/");
        return spec.route!.replace(LANGUAGE_SLOT, language!).replace("{id}", rest.join("/"));
      });

/**
 * The editor's whole model: the collections, then the site's words and the settings; `blocks` from
 * body-model.ts. Each of `languages` (the languages besides the default) gets its own copy of every
 * translation collection (folder content/es/posts) and its own group of words files.
 */
/** A translation collection's name in the editor, in one language: "post-translations-es". */
export const translationCollectionName = (name: string, language: string): string => `${name}-${language}`;

/**
 * The editor's translation collections, each with the editor name of the collection it translates
 * ("post-translations-es" translates "posts"): their preview is the original's, in their language.
 */
export function editorTranslationsOf(
  collections: Collections,
  languages: readonly string[],
): Array<{ collection: string; translates: string; language: string }> {
  return Object.values(collections).flatMap((spec) => {
    const original = spec.translates === undefined ? undefined : collections[spec.translates];
    if (!original) return [];
    return languages.map((language) => ({
      collection: translationCollectionName(spec.name, language),
      translates: original.name,
      language,
    }));
  });
}

export function editorModelOf(
  collections: Collections,
  blocks: readonly string[],
  languages: readonly string[] = [],
): EditorModel {
  // The quiz is edited in its file, in every language, as its rules are (content/quiz.yaml).
  const translatedWords = (language: string): FileSpec[] =>
    Object.entries(TRANSLATED_FILES).flatMap(([key, spec]) => {
      const original: FileSpec["editor"] =
        (COPY_FILES as Record<string, FileSpec>)[key]?.editor ??
        (key === "settings" ? SINGLE_FILES.settings.editor : undefined);
      if (!original) return [];
      return [
        {
          file: spec.file.replace(LANGUAGE_SLOT, language),
          schema: spec.schema,
          editor: {
            group: `words-${language}`,
            name: `${original.name}-${language}`,
            label: `${original.label} (${language})`,
            // The settings' words are a few of the settings' fields: their labels are their schema's.
            ...(original.options && key !== "settings" ? { options: original.options } : {}),
          },
        },
      ];
    });
  const files: FileSpec[] = [
    ...Object.values(COPY_FILES),
    SINGLE_FILES.redirects,
    SINGLE_FILES.settings,
    ...languages.flatMap(translatedWords),
  ];
  const groups = [...new Set(files.flatMap((spec) => (spec.editor ? [spec.editor.group] : [])))];
  const fileGroups: EditorFileGroup[] = groups.map((group) => ({
    name: group,
    label: GROUP_LABELS[group] ?? `${GROUP_LABELS["words"]} (${group.replace(/^words-/, "")})`,
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
    collections: Object.values(collections).flatMap((spec) =>
      (spec.translates === undefined ? [undefined] : languages).map((language) => ({
        ...spec.editor,
        ...(language === undefined
          ? { name: spec.name }
          : {
              name: translationCollectionName(spec.name, language),
              label: `${spec.editor.label} (${language})`,
            }),
        folder: spec.folder.replace(LANGUAGE_SLOT, language ?? ""),
        kind: spec.kind,
        schema: spec.schema,
        ...(spec.route
          ? {
              previewPath: spec.route
                .replace(/^\//, "")
                .replace(LANGUAGE_SLOT, language ?? "")
                .replace("{id}", "{{slug}}"),
            }
          : {}),
      })),
    ),
    fileGroups,
    blocks,
  };
}
