import { getCollection } from "astro:content";
import { checkSite, contentWasChecked } from "../lib/content/site-check.ts";
import { assertNoProblems, formatProblem } from "../lib/content/problems.ts";
import { reviewWarnings } from "../lib/content/review.ts";
import { getPublishedPosts } from "./posts.ts";
import { staticRoutesFrom } from "../lib/content/checks.ts";
import { fileSlug } from "../lib/content/slug.ts";
import { readSiteFiles } from "./content-files.ts";
import { compilerReading } from "./mdx-compiler-reading.ts";
import { today } from "./settings.ts";
import { FAQ_FILE, faq } from "./copy.ts";
import { examplesInFile } from "../lib/site/example-values.ts";

const staticRoutes = staticRoutesFrom(Object.keys(import.meta.glob("/src/pages/**/*.{astro,ts,md,mdx}")));

/** Every problem in content/ right now, from the files on disk (the same check the build runs first). */
function currentProblems() {
  return checkSite(readSiteFiles(process.cwd(), staticRoutes), {
    today,
    includeDrafts: import.meta.env.DEV,
    compilerReading,
  });
}

let checked: Promise<void> | undefined;

/**
 * Stops the page with every content mistake listed. `astro build` has already run this check before
 * any page (src/integrations/content-guard.ts), so there the files are not read again; without that
 * pre-check (a config missing the integration) the first page runs it.
 */
export function assertContentIsPublishable(): Promise<void> {
  if (import.meta.env.DEV) return Promise.resolve();
  checked ??= Promise.resolve()
    .then(() => {
      if (!contentWasChecked()) assertNoProblems(currentProblems());
    })
    .then(warnAboutExamples);
  return checked;
}

/** Example wording, licence numbers and reviews still waiting for the practice: warnings, never errors. */
async function warnAboutExamples(): Promise<void> {
  const [pages, team] = await Promise.all([getCollection("pages"), getCollection("team")]);
  // The rule the editor's notice uses too (src/admin/editor.ts).
  const examples = [
    ...pages.map((page) => ({ file: page.filePath ?? page.id, data: page.data })),
    ...team.map((member) => ({ file: member.filePath ?? member.id, data: member.data })),
    { file: FAQ_FILE, data: faq },
  ].flatMap(({ file, data }) =>
    examplesInFile(file, data as Record<string, unknown>).map(
      ({ field, value }) => `${file}: ${field}: ${value}`,
    ),
  );
  // Reviews run out with time, not with an edit: warn, and let the pages say so plainly.
  const posts = await getPublishedPosts();
  const reviews = reviewWarnings(
    posts.map((post) => ({ file: post.filePath ?? post.id, reviewedDate: post.data.reviewedDate })),
    today,
  );
  if (reviews.length > 0) {
    console.warn(`\n[warning] Clinical reviews to renew:\n${reviews.map(formatProblem).join("\n")}\n`);
  }
  if (examples.length > 0) {
    console.warn(
      `\n[warning] ${examples.length} example ${examples.length === 1 ? "value is" : "values are"} still waiting for the practice's own:\n${examples.map((line) => `  - ${line}`).join("\n")}\n`,
    );
  }
}

/**
 * While writing (astro dev): the mistakes in one file, checked afresh on every request, so the
 * page for a broken file shows them in the error overlay while every other page keeps working,
 * and saving the fix brings the page back without a restart.
 */
export function assertFileIsPublishable(file: string): void {
  if (!import.meta.env.DEV) return;
  assertNoProblems(currentProblems().filter((problem) => problem.file === file));
}

/** Files under content/posts that the preview must show a page for, broken or not: slug → file. */
export function postFilesInDev(): Map<string, string> {
  const files = new Map<string, string>();
  if (!import.meta.env.DEV) return files;
  for (const { file } of readSiteFiles(process.cwd(), []).posts) {
    files.set(fileSlug(file), file);
  }
  return files;
}
