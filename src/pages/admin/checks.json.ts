import type { APIRoute } from "astro";
import { editorCheckSite } from "../../data/editor.ts";

/** The content the editor checks each save against, with the build's own check (src/admin/editor.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(editorCheckSite()), { headers: { "Content-Type": "application/json" } });
