import type { APIRoute } from "astro";
import { editorCsp, editorPage } from "../../lib/cms/backend.ts";
import { editorSetup } from "../../data/editor.ts";

/** The editor's page, with its own Content-Security-Policy and noindex (not a public page). */
export const GET: APIRoute = async () => {
  const { backend } = await editorSetup();
  return new Response(editorPage(editorCsp(backend)), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
};
