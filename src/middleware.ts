import { defineMiddleware } from "astro:middleware";
import { devPagePolicy } from "./data/preview-policy";

// The preview is the live site: in `astro dev` every page is sent with the live site's
// script-blocking policy (the build writes it into each page itself). The editor's pages keep
// their own policy (src/lib/cms/backend.ts).
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (
    !import.meta.env.DEV ||
    context.url.pathname.startsWith(`${import.meta.env.BASE_URL.replace(/\/$/, "")}/admin/`)
  )
    return response;
  if (!response.headers.get("content-type")?.includes("text/html")) return response;
  const headers = new Headers(response.headers);
  headers.set("Content-Security-Policy", devPagePolicy());
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
});
