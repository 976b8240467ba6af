import { staticRoutesFrom } from "../lib/content/checks.ts";
import { listOfLaterPage } from "../lib/content/posts.ts";
import { notedRetired, readAddressRecord, type Retired } from "../lib/content/redirects.ts";
import { checkSiteForPublishing } from "../lib/content/site-check.ts";
import { readSiteFiles } from "./content-files.ts";
import { today } from "./settings.ts";
// Imported so that `npm run dev` reloads the old addresses' pages when the file is saved.
import redirectsText from "../../content/redirects.yaml?raw";
import recordText from "../../content/published-addresses.txt?raw";
import { parse } from "yaml";

const staticRoutes = staticRoutesFrom(Object.keys(import.meta.glob("/src/pages/**/*.{astro,ts,md,mdx}")));

/**
 * The old addresses the site answers with a page: moved (the page sends the visitor on) or gone.
 * The build's content check already worked them out (src/integrations/redirects.ts notes them); the
 * preview checks the files afresh, drafts included, as its pages do.
 */
export function retiredPages(): readonly Retired[] {
  const noted = import.meta.env.DEV ? undefined : notedRetired();
  if (noted) return noted;
  // The preview asks at every unknown address: with no entries, and no later page of a list in the
  // record (which may be sent to its list without one), no need to check the whole site.
  let listed: unknown;
  try {
    listed = (parse(redirectsText) as { redirects?: unknown } | null)?.redirects;
  } catch {
    // A mistake in the file: the check below words it, file, line and fix.
    listed = undefined;
  }
  const listPages = readAddressRecord(recordText).some(
    ({ address }) => listOfLaterPage(address) !== undefined,
  );
  if (Array.isArray(listed) && listed.length === 0 && !listPages) return [];
  return checkSiteForPublishing(readSiteFiles(process.cwd(), staticRoutes), {
    today,
    includeDrafts: import.meta.env.DEV,
  }).published.retired;
}
