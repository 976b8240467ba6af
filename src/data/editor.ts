import { existsSync, readdirSync } from "node:fs";
import { getCollection } from "astro:content";
import type { z } from "astro/zod";
import settingsText from "../../content/settings.yaml?raw";
import { editorSiteUrlFrom, settingsFrom } from "../lib/site/settings.ts";
import { EDITOR_BLOCKS } from "../lib/content/body-model.ts";
import { buildEditorConfig, type EditorContent, type EditorModel } from "../lib/cms/config.ts";
import {
  COLLECTIONS,
  COPY_FILES,
  editorModelOf,
  editorTranslationsOf,
  SINGLE_FILES,
  type CollectionKey,
  type FileSpec,
} from "../lib/content/model.ts";
import { editorBackendFromEnv } from "../lib/cms/backend.ts";
import { CONTENT_DIR, listPageFiles, readSiteFiles } from "./content-files.ts";
import { compilerReading } from "./mdx-compiler-reading.ts";
import { LANGUAGE_CODE, translatedLanguages } from "../lib/site/languages.ts";
import { staticRoutesFrom } from "../lib/content/checks.ts";
import { isPublished } from "../lib/content/posts.ts";
import {
  checkedContent,
  checkSiteForPublishing,
  type PublishedContent,
  type SiteFiles,
} from "../lib/content/site-check.ts";
import { toSnapshot, type SiteSnapshot } from "../lib/content/edit-check.ts";
import { fileSlug } from "../lib/content/slug.ts";
import { practiceToday } from "../lib/site/hours.ts";
import { getAuthorProfiles } from "./people.ts";

/**
 * The languages besides the default that the editor shows: those the settings list, and any whose
 * folder (content/es/) is there, so a translation can be written before its language is published.
 */
function languagesInEditor(): string[] {
  const settings = settingsFrom(settingsText);
  const folders = existsSync(CONTENT_DIR)
    ? readdirSync(CONTENT_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && LANGUAGE_CODE.test(entry.name))
        .map((entry) => entry.name)
    : [];
  const listed = settings ? translatedLanguages(settings) : [];
  return [...new Set([...listed, ...folders])].filter((code) => code !== settings?.defaultLanguage).sort();
}

/**
 * The schemas the build validates content with, by the content model's key (a collection's, a copy
 * file's, the settings'): the editor's one source of fields. An image is the path of an uploaded file.
 */
export function editorSchemas(): Record<
  CollectionKey | keyof typeof COPY_FILES | "settings" | "redirects",
  z.ZodType
> {
  return {
    ...(Object.fromEntries(Object.entries(COLLECTIONS).map(([key, spec]) => [key, spec.schema])) as Record<
      CollectionKey,
      z.ZodType
    >),
    ...(Object.fromEntries(
      Object.entries(COPY_FILES as Record<string, FileSpec>).map(([key, spec]) => [key, spec.schema]),
    ) as Record<keyof typeof COPY_FILES, z.ZodType>),
    settings: SINGLE_FILES.settings.schema,
    redirects: SINGLE_FILES.redirects.schema,
  };
}

/** What the editor edits, from the content model; a test replaces a schema with `schemas`. */
export function editorModel(schemas: Record<string, z.ZodType> = {}): EditorModel {
  const model = editorModelOf(COLLECTIONS, EDITOR_BLOCKS, languagesInEditor());
  const byName = new Map([
    ...Object.entries(COLLECTIONS).map(([key, spec]) => [spec.name, key] as const),
    ...Object.entries(COPY_FILES).map(([key, spec]) => [`words/${spec.editor.name}`, key] as const),
    ["settings/settings", "settings"] as const,
    ["redirects/redirects", "redirects"] as const,
  ]);
  const schemaOf = (name: string, schema: z.ZodType) => schemas[byName.get(name) ?? ""] ?? schema;
  return {
    ...model,
    collections: model.collections.map((each) => ({ ...each, schema: schemaOf(each.name, each.schema) })),
    fileGroups: model.fileGroups.map((group) => ({
      ...group,
      files: group.files.map((file) => ({
        ...file,
        schema: schemaOf(`${group.name}/${file.name}`, file.schema),
      })),
    })),
  };
}

/**
 * Today as the build sees it (src/data/settings.ts), read without requiring valid settings: the
 * editor must open while the settings file has a mistake, so the marketer can fix it there.
 */
const editorToday = () =>
  practiceToday(new Date(), settingsFrom(settingsText)?.timeZone ?? "UTC", process.env["BUILD_DATE"]);

/**
 * Dropdown values that come from the content itself. The tags are those of published posts only:
 * /admin/config.json is a public file, so a draft's or a scheduled post's tags must not show there
 * (while writing, `astro dev`, they are included, as the preview shows those posts anyway).
 */
export async function editorContent(): Promise<EditorContent> {
  const today = editorToday();
  const posts = await getCollection("posts", ({ data }) => isPublished(data, today, import.meta.env.DEV));
  const types = await getCollection("massage-types");
  const authors = await getCollection("authors");
  // By name as the pages show them (a therapist's from the team); an author whose team member is
  // missing (a mistake the pages show) is listed by its file name, so the editor still opens.
  const profiles = await getAuthorProfiles().catch(() => new Map<string, { name: string }>());
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return {
    tags: [...new Set(posts.flatMap((post) => post.data.tags))].sort(),
    massageTypes: types.map((type) => type.id).sort(),
    massageTypeChoices: types.map((type) => ({ value: type.id, label: type.data.name })).sort(byName),
    authors: authors
      .map((author) => ({ value: author.id, label: profiles.get(author.id)?.name || author.id }))
      .sort(byName),
    translations: editorTranslationsOf(COLLECTIONS, languagesInEditor()),
  };
}

/** Local mode: the editor's local proxy that `npm run edit` starts on this computer (see docs/CONTENT.md); never in a build. */
export function localProxyUrl(): string | undefined {
  if (!import.meta.env.DEV) return undefined;
  return `http://127.0.0.1:${process.env["CMS_PROXY_PORT"] || "8081"}/api/v1`;
}

/**
 * The editor's page and configuration. They read only the schemas and the site address, never the
 * whole settings, so the editor still opens while a content file has a mistake and the marketer
 * can fix it there (the site's pages show the mistake meanwhile).
 */
export async function editorSetup() {
  const backend = editorBackendFromEnv(process.env, editorSiteUrlFrom(settingsText), localProxyUrl());
  const content = await editorContent();
  return { backend, content, config: buildEditorConfig(editorModel(), content, backend) };
}

/**
 * What a build publishes, when this process has not checked the content already: the build's
 * pre-check notes it (src/integrations/content-guard.ts), which saves checking every file again.
 */
function publishedNow(site: SiteFiles): PublishedContent {
  return checkSiteForPublishing(site, { today: editorToday(), includeDrafts: false, compilerReading })
    .published;
}

/**
 * What the editor checks an edit against (/admin/checks.json): every content file, read as the
 * build's pre-check reads them, so the editor runs the same check on the site as it would be after
 * the save. The editor page is public, so a build leaves out posts that are not published yet, name
 * and all (a draft being edited is added back by the edit itself); the writing preview keeps them.
 */
export function editorCheckSite(root = process.cwd()): SiteSnapshot {
  const site = readSiteFiles(root, staticRoutesFrom(listPageFiles(root)));
  if (import.meta.env.DEV) return toSnapshot(site);
  const published = checkedContent() ?? publishedNow(site);
  const shown = new Set(published.posts.map((post) => post.id));
  const hidden = new Set(
    site.posts.filter((file) => !shown.has(fileSlug(file.file))).map((file) => file.file),
  );
  return toSnapshot({
    ...site,
    posts: site.posts.filter((file) => !hidden.has(file.file)),
    files: new Set([...site.files].filter((file) => !hidden.has(file))),
  });
}
