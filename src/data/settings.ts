import text from "../../content/settings.yaml?raw";
import { practiceToday } from "../lib/site/hours.ts";
import { exampleValuesWarning, findExampleValues } from "../lib/site/example-values.ts";
import { parseSettings, SETTINGS_FILE } from "../lib/site/settings.ts";

/** The practice's validated settings; the single source for name, contact and booking details. */
export const settings = parseSettings(text);

/**
 * Today in the practice's time zone, fixed when the site is built: the home page announces an
 * upcoming change of hours from this date, and a scheduled post goes live on it, so the site is
 * rebuilt daily (docs/CONTENT.md). BUILD_DATE=YYYY-MM-DD pins it (for previews and tests).
 */
export const today: string = practiceToday(new Date(), settings.timeZone, process.env["BUILD_DATE"]);

/** The year in the footer's copyright line: the practice's year on the build's date. */
export const thisYear: string = today.slice(0, 4);

// A production build still carrying example values says so once, listing each; never an error,
// so a preview can be built before the practice has its details ready. Quiet while writing.
if (import.meta.env.PROD) {
  const warning = exampleValuesWarning(SETTINGS_FILE, findExampleValues(settings));
  if (warning) console.warn(`\n[warning] ${warning}\n`);
}
