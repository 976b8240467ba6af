import { defineMiddleware } from "astro:middleware";

// The preview is the live site: in `astro dev` every page is sent with the live site's
// script-blocking policy and what that page adds to it (the build writes it into each page itself). The editor's pages keep
// their own policy (src/lib/cms/backend.ts). The policy's module is loaded only for a page in dev,
// so a content mistake it reads (the settings) never stops the editor's own files from loading.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.DEV) return response;
  const admin = `${import.meta.env.BASE_URL.replace(/\/$/, "")}/admin/`;
  if (context.url.pathname.startsWith(admin)) return response;
  if (!response.headers.get("content-type")?.includes("text/html")) return response;
  const { devPagePolicy } = await import("./data/preview-policy.ts");
  const headers = new Headers(response.headers);
  headers.set("Content-Security-Policy", await devPagePolicy(context.locals.pageAdditions));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
});
