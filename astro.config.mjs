// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { contentGuard } from "./src/integrations/content-guard.ts";
import { finishedPages, outputFiles } from "./src/integrations/build-outputs.ts";
import { searchIndex } from "./src/integrations/search-index.ts";
import { cmsAdmin } from "./src/integrations/cms-admin.ts";
import { mdxContent } from "./src/integrations/mdx-content.ts";
import { shareImagesAhead } from "./src/integrations/share-images.ts";
import { headingFont } from "./src/integrations/heading-font.ts";
import { SITE_POLICY_DIRECTIVES } from "./src/lib/html/policy.ts";
import { cleanContentSvgs } from "./src/integrations/clean-svg.ts";
import { contentImports } from "./src/integrations/content-imports.ts";
import { redirectOutputs } from "./src/integrations/redirects.ts";

// This file never reads content/: contentGuard() checks it (every mistake listed before the build
// starts) and sets `site` from content/settings.yaml; the sitemap's dates come from the built pages.
const base = process.env["BASE_PATH"] || "/";
const guard = contentGuard();
const pages = finishedPages();
const redirects = redirectOutputs(guard.published);

export default defineConfig({
  base,
  output: "static",
  // Pages render four at a time, so one page's file write overlaps the next page's rendering.
  build: { concurrency: 4, inlineStylesheets: "always" },
  // A post whose data and code are unchanged since the last build (its cacheKey, and Astro's hash of
  // its code) is copied from node_modules/.astro instead of rendered again. `astro build --force`
  // renders every page.
  experimental: { incrementalBuild: true },
  // .cache/ holds throwaway copies of the site (tests, bench): their config and tsconfig files would
  // restart `astro dev` mid-session. Only this site's own .cache/: a copy's preview, which lives
  // inside it, must still see its own files change (tests/e2e/dev-server.ts).
  vite: { server: { watch: { ignored: [`${fileURLToPath(new URL(".cache/", import.meta.url))}**`] } } },
  trailingSlash: "always",
  // No code blocks on this site, and Shiki's inline styles would need unsafe-inline under the CSP.
  markdown: { syntaxHighlight: false },
  image: { responsiveStyles: true },
  // The same directives are sent by `astro dev` (src/middleware.ts): the preview is the live site.
  security: { csp: { directives: [...SITE_POLICY_DIRECTIVES] } },
  // The toolbar writes an inline script of its own into every page, which the preview's policy
  // would have to allow; the preview shows the page as visitors get it.
  devToolbar: { enabled: false },
  integrations: [
    guard,
    // Before anything imports a picture: SVGs from content/ are published cleaned.
    cleanContentSvgs(),
    // What a body imports is the picture the check read, beside it (no code from content/ runs); after
    // the SVG cleaner, which resolves each SVG through it and then names its cleaned copy.
    contentImports(),
    shareImagesAhead(guard.published),
    headingFont(),
    pages,
    mdxContent(),
    // Preact's Babel pass only for the quiz's .tsx components: run on every .ts module (its default), it
    // cost over a second a build and changed nothing there.
    preact({ include: [/\.tsx$/] }),
    sitemap({
      // The content editor at /admin/ is not a public page. Pages kept out of search (a language's
      // 404 page, an old address's, the search page) are left out by `serialize`, from their head.
      filter: (page) => !new URL(page).pathname.includes("/admin/"),
      // Each page with its translations (xhtml:link), read from the hreflang links its head has:
      // the sitemap's own i18n option pairs only pages whose paths match after the language.
      serialize(item) {
        const lastmod = pages.lastmod(item.url);
        const { alternates: links, indexed } = pages.head(item.url);
        if (!indexed) return undefined;
        return { ...item, ...(lastmod ? { lastmod } : {}), ...(links.length > 0 ? { links } : {}) };
      },
    }),
    cmsAdmin(),
    outputFiles(),
    redirects,
    searchIndex({ pagesFinished: pages.finished }),
  ],
});
