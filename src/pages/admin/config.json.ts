import type { APIRoute } from "astro";
import { editorSetup } from "../../data/editor.ts";

/** The editor's configuration, built from the content schemas at build time. */
export const GET: APIRoute = async ({ url }) => {
  const { config, content } = await editorSetup();
  // Local mode (`npm run edit`): "View Live" opens the page in the local preview this editor runs in.
  const site = new URL(import.meta.env.BASE_URL, url).href.replace(/\/$/, "");
  const local = import.meta.env.DEV ? { site_url: site, display_url: site } : {};
  return new Response(JSON.stringify({ config: { ...config, ...local }, content }, null, 2), {
    headers: { "Content-Type": "application/json" },
  });
};
