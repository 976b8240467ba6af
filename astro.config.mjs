// @ts-check
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { parseSettings, resolveSiteUrl, SETTINGS_FILE } from "./src/lib/settings.ts";
import { hoistIslandStyles } from "./src/integrations/hoist-island-styles.ts";

// Read once here so a broken settings file stops `astro dev` and `astro build` before any page renders.
const settings = parseSettings(readFileSync(SETTINGS_FILE, "utf8"));

export default defineConfig({
  site: resolveSiteUrl(settings, process.env),
  base: process.env["BASE_PATH"] || "/",
  output: "static",
  trailingSlash: "always",
  integrations: [mdx(), preact(), sitemap(), hoistIslandStyles()],
});
