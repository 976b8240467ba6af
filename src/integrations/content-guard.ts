import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import {
  checkKey,
  keepVerdict,
  keptVerdict,
  recordingHeads,
  type CheckInputs,
} from "../data/verdict-cache.ts";
import { listPageFiles, readSiteFiles } from "../data/content-files.ts";
import { compilerReading } from "../data/mdx-compiler-reading.ts";
import { forgetBodies } from "../lib/content/body-rules.ts";
import { staticRoutesFrom } from "../lib/content/checks.ts";
import { formatProblem, formatProblems } from "../lib/content/problems.ts";
import {
  checkSiteForPublishing,
  markContentChecked,
  type PublishedContent,
  type SiteFiles,
} from "../lib/content/site-check.ts";
import { practiceToday } from "../lib/site/hours.ts";
import { resolveSiteUrl, SETTINGS_FILE, settingsFrom } from "../lib/site/settings.ts";

/**
 * The check of every content file, each body walked as the MDX compiler reads it. A build (`key`
 * given) keeps a verdict with no mistake for the next build.
 */
function checkContentFolder(root: string, site: SiteFiles, inputs: CheckInputs, key?: string) {
  const recording = recordingHeads(site);
  const checked = checkSiteForPublishing(recording.site, { ...inputs, compilerReading });
  // What it read of each body is not needed again: the pages are bundled with their own copy.
  forgetBodies();
  if (key && checked.problems.length === 0) keepVerdict(root, key, recording.heads, checked);
  return checked;
}

/**
 * Checks everything in content/ before Astro reads it. Astro's own content sync stops at the first
 * broken file with a stack trace (a YAML error names no field; a zod error reads "Did not match
 * union"), and a date like 2026-13-45 silently rolls over. So `astro build` runs the content
 * pre-check first and, when anything is wrong, prints every mistake in one list (file:line, field,
 * what is wrong, the fix) and stops before a single page is built. In `astro dev` the same list
 * is printed as a warning and each page shows its own file's mistakes in the error overlay
 * (src/data/content-checks.ts), so the preview keeps running.
 *
 * It also sets the site address from content/settings.yaml (or SITE_URL), so the config file
 * itself never reads content, and keeps what the check found will be published (`published`), so
 * work such as drawing share images can start before Astro has loaded the content.
 */
export function contentGuard(): AstroIntegration & { published: () => PublishedContent | undefined } {
  let published: PublishedContent | undefined;
  return {
    published: () => published,
    name: "content-checks",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const settingsPath = join(root, SETTINGS_FILE);
        const settings = existsSync(settingsPath)
          ? settingsFrom(readFileSync(settingsPath, "utf8"))
          : undefined;
        if (settings) updateConfig({ site: resolveSiteUrl(settings, process.env) });
        if (command !== "build" && command !== "dev") return;
        const site = readSiteFiles(root, staticRoutesFrom(listPageFiles(root)));
        // The same day the pages go by (src/data/settings.ts): a broken settings file is reported below.
        const today = practiceToday(new Date(), settings?.timeZone ?? "UTC", process.env["BUILD_DATE"]);
        const inputs = { today, includeDrafts: command === "dev" };
        // `astro dev` checks afresh each time: its check shows drafts, and nothing is published from it.
        const key = command === "build" ? checkKey(root, site, inputs) : undefined;
        const kept = key ? keptVerdict(root, key, site) : undefined;
        if (kept)
          logger.info("content check: nothing it reads has changed since the last build's check passed");
        const checked = kept ? { ...kept, problems: [] } : checkContentFolder(root, site, inputs, key);
        const { problems, warnings } = checked;
        // The list of mistakes comes first when there is one: it is what stops the build.
        if (warnings.length > 0 && (problems.length === 0 || command === "dev"))
          logger.warn(`Worth fixing (the site is built):\n${warnings.map(formatProblem).join("\n")}`);
        if (problems.length === 0) {
          published = checked.published;
          if (command === "build") markContentChecked(checked.published);
          return;
        }
        if (command === "dev") {
          logger.warn(formatProblems(problems));
          return;
        }
        logger.error(formatProblems(problems));
        // Exit here rather than throw: a thrown error would put "An unhandled error occurred" and a
        // stack trace in front of the list, and the list is the whole story.
        process.exit(1);
      },
    },
  };
}
