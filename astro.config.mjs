// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import pagefind from "astro-pagefind";
import sitemap from "@astrojs/sitemap";
import { hoistIslandStyles } from "./src/integrations/hoist-island-styles.ts";
import { contentGuard, sitemapDates } from "./src/integrations/content-guard.ts";
import { cmsAdmin } from "./src/integrations/cms-admin.ts";

// This file never reads content/: contentGuard() checks it (every mistake listed before the build
// starts) and sets `site` from content/settings.yaml; the sitemap's dates come from the built pages.
const base = process.env["BASE_PATH"] || "/";
const dates = sitemapDates();

export default defineConfig({
  base,
  output: "static",
  trailingSlash: "always",
  // No code blocks on this site, and Shiki's inline styles would need unsafe-inline under the CSP.
  markdown: { syntaxHighlight: false },
  image: { responsiveStyles: true },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [
    contentGuard(),
    dates,
    mdx(),
    preact(),
    sitemap({
      // The content editor at /admin/ is not a public page.
      filter: (page) => !new URL(page).pathname.includes("/admin/"),
      serialize(item) {
        const lastmod = dates.lastmod(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    hoistIslandStyles(),
    cmsAdmin(),
    pagefind(),
  ],
});
