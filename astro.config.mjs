// @ts-check
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import pagefind from "astro-pagefind";
import sitemap from "@astrojs/sitemap";
import { parseSettings, resolveSiteUrl, SETTINGS_FILE } from "./src/lib/site/settings.ts";
import { lastModifiedFor, postLastModified } from "./src/lib/seo/sitemap-lastmod.ts";
import { hoistIslandStyles } from "./src/integrations/hoist-island-styles.ts";
import { cmsAdmin } from "./src/integrations/cms-admin.ts";

// Read once here so a broken settings file stops `astro dev` and `astro build` before any page renders.
const settings = parseSettings(readFileSync(SETTINGS_FILE, "utf8"));
const base = process.env["BASE_PATH"] || "/";
const postDates = postLastModified("content/posts");

export default defineConfig({
  site: resolveSiteUrl(settings, process.env),
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
    mdx(),
    preact(),
    sitemap({
      // The content editor at /admin/ is not a public page.
      filter: (page) => !new URL(page).pathname.includes("/admin/"),
      serialize(item) {
        const lastmod = lastModifiedFor(item.url, base, postDates);
        return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
      },
    }),
    hoistIslandStyles(),
    cmsAdmin(),
    pagefind(),
  ],
});
