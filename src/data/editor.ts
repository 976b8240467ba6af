import { getCollection } from "astro:content";
import { z } from "astro/zod";
import { collections } from "../content.config";
import settingsText from "../../content/settings.yaml?raw";
import { editorSiteUrlFrom, settingsFrom, settingsSchema } from "../lib/site/settings";
import {
  faqSchema,
  homeCopySchema,
  listingsCopySchema,
  siteCopySchema,
  visitCopySchema,
} from "../lib/site/copy";
import { CALLOUT_KINDS } from "../lib/content/callout";
import { redirectsSchema } from "../lib/content/redirects";
import { buildEditorConfig, type EditorContent, type EditorSchemas } from "../lib/cms/config";
import { editorBackendFromEnv } from "../lib/cms/backend";
import { listPageFiles, readSiteFiles } from "./content-files";
import { staticRoutesFrom } from "../lib/content/checks";
import { isPublished } from "../lib/content/posts";
import { checkSiteForPublishing } from "../lib/content/site-check";
import { toSnapshot, type SiteSnapshot } from "../lib/content/edit-check";
import { fileSlug } from "../lib/content/slug";
import { practiceToday } from "../lib/site/hours";
import { getAuthorProfiles } from "./people";

type SchemaOption = z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType) | undefined;

/** A collection's schema as the editor sees it: an image is the path of an uploaded file. */
function schemaOf(schema: SchemaOption): z.ZodType {
  if (schema === undefined) throw new Error("a collection without a schema cannot be edited");
  return typeof schema === "function" ? schema({ image: () => z.string() }) : schema;
}

/** The schemas the build validates content with: the editor's one source of fields. */
export function editorSchemas(): EditorSchemas {
  return {
    posts: schemaOf(collections.posts.schema as SchemaOption),
    massageTypes: schemaOf(collections["massage-types"].schema as SchemaOption),
    authors: schemaOf(collections.authors.schema as SchemaOption),
    team: schemaOf(collections.team.schema as SchemaOption),
    pages: schemaOf(collections.pages.schema as SchemaOption),
    testimonials: schemaOf(collections.testimonials.schema as SchemaOption),
    settings: settingsSchema,
    siteCopy: siteCopySchema,
    homeCopy: homeCopySchema,
    listingsCopy: listingsCopySchema,
    visitCopy: visitCopySchema,
    faq: faqSchema,
    redirects: redirectsSchema,
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
  const posts = await getCollection("posts", ({ data }) =>
    isPublished(data, editorToday(), import.meta.env.DEV),
  );
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
    calloutKinds: CALLOUT_KINDS,
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
  return { backend, content, config: buildEditorConfig(editorSchemas(), content, backend) };
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
  const { published } = checkSiteForPublishing(site, { today: editorToday(), includeDrafts: false });
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
