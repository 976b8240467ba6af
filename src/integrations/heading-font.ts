import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { headingFontModule } from "../lib/site/heading-font.ts";
import { SETTINGS_FILE, settingsFrom } from "../lib/site/settings.ts";

/** The module that gives the chosen heading font file's public address (undefined when none). */
export const HEADING_FONT_MODULE = "virtual:heading-font-url";
const RESOLVED = `\0${HEADING_FONT_MODULE}`;

/**
 * Publishes the one font file the settings choose (brand.headingFont), and no other: the module
 * imports that file with Vite's `?url`, so it is served from /_astro/ with a content hash (cached
 * for a year by the host rules there), and a site without a heading font publishes no font at all.
 * A static import of every font would publish all of them, chosen or not.
 */
export function headingFont(): AstroIntegration {
  return {
    name: "heading-font",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const settingsPath = join(fileURLToPath(config.root), SETTINGS_FILE);
        const chosen = () =>
          existsSync(settingsPath)
            ? settingsFrom(readFileSync(settingsPath, "utf8"))?.brand?.headingFont
            : undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "heading-font",
                resolveId: (id) => (id === HEADING_FONT_MODULE ? RESOLVED : undefined),
                load(id) {
                  if (id !== RESOLVED) return undefined;
                  // The preview picks a new choice up when the settings file changes.
                  this.addWatchFile(settingsPath);
                  return headingFontModule(chosen());
                },
              },
            ],
          },
        });
      },
    },
  };
}
