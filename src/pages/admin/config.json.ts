import type { APIRoute } from "astro";
import { editorSetup } from "../../data/editor";

/** The editor's configuration, built from the content schemas at build time. */
export const GET: APIRoute = async () => {
  const { config, content } = await editorSetup();
  return new Response(JSON.stringify({ config, content }, null, 2), {
    headers: { "Content-Type": "application/json" },
  });
};
