import { readFileSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ADDRESS_RECORD_FILE, hostRules, noteRetired, recordWith } from "../lib/content/redirects.ts";
import type { PublishedContent } from "../lib/content/site-check.ts";

/**
 * What the build does with moved and removed addresses once the content check has passed
 * (src/integrations/content-guard.ts): writes the hosts' rules (dist/_redirects, a 301 for each
 * moved address) and adds the addresses this build published to the committed record
 * (content/published-addresses.txt), so a later build that drops one of them stops. The pages at
 * the old addresses, for hosts without rules, are src/pages/[...retired].astro.
 */
export function redirectOutputs(published: () => PublishedContent | undefined): AstroIntegration & {
  /** Whether an address (below the base path) is an old one: the sitemap leaves those out. */
  isRetired: (path: string) => boolean;
} {
  let base = "/";
  let root = "";
  const retired = () => new Set((published()?.retired ?? []).map((entry) => entry.from));
  return {
    name: "redirects",
    isRetired: (path) => {
      const below = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
      return retired().has(below.replace(/^\/+/, "/"));
    },
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      "astro:build:start": () => {
        const content = published();
        if (content) noteRetired(content.retired);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const content = published();
        if (!content) return;
        const rules = hostRules(
          content.retired,
          base,
          process.env["NETLIFY"] === "true",
          content.translations.map((each) => each.language),
        );
        if (rules) await writeFile(join(fileURLToPath(dir), "_redirects"), rules);
        const recordPath = join(root, ADDRESS_RECORD_FILE);
        let text: string | undefined;
        try {
          text = readFileSync(recordPath, "utf8");
        } catch {
          text = undefined;
        }
        const next = recordWith(text, content.addresses);
        if (next === undefined) return;
        writeFileSync(recordPath, next);
        logger.info(`${ADDRESS_RECORD_FILE} lists this build's new addresses: commit it with the content.`);
      },
    },
  };
}
