import { getCollection } from "astro:content";
import { z } from "astro/zod";
import { collections } from "../content.config";
import settingsText from "../../content/settings.yaml?raw";
import { editorSiteUrlFrom, settingsSchema } from "../lib/site/settings";
import {
  faqSchema,
  homeCopySchema,
  listingsCopySchema,
  siteCopySchema,
  visitCopySchema,
} from "../lib/site/copy";
import { CALLOUT_KINDS } from "../lib/content/callout";
import { buildEditorConfig, type EditorContent, type EditorSchemas } from "../lib/cms/config";
import { editorBackendFromEnv } from "../lib/cms/backend";

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
    settings: settingsSchema,
    siteCopy: siteCopySchema,
    homeCopy: homeCopySchema,
    listingsCopy: listingsCopySchema,
    visitCopy: visitCopySchema,
    faq: faqSchema,
  };
}

/** Dropdown values that come from the content itself. */
export async function editorContent(): Promise<EditorContent> {
  const posts = await getCollection("posts");
  const types = await getCollection("massage-types");
  return {
    tags: [...new Set(posts.flatMap((post) => post.data.tags))].sort(),
    massageTypes: types.map((type) => type.id).sort(),
    calloutKinds: CALLOUT_KINDS,
  };
}

/** Local mode: `npx decap-server` on this computer (see docs/CONTENT.md); never in a build. */
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
