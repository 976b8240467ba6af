import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getCollection } from "astro:content";
import {
  checkAuthors,
  checkComponents,
  checkDuplicates,
  checkInternalLinks,
  checkRelated,
  formatProblems,
  normaliseRoute,
  type ContentFile,
} from "../lib/content/checks";
import { ContentError } from "../lib/content/errors";
import { readFrontmatter } from "../lib/content/frontmatter";
import { POSTS_PER_PAGE } from "../lib/content/posts";
import { reviewWarnings } from "../lib/content/review";
import { fileSlug } from "../lib/content/slug";
import { getPublishedPosts } from "./posts";
import { cardLinkProblems } from "../lib/site/copy";
import { HOME_COPY_FILE, homeCopy } from "./copy";

const POSTS_DIR = "content/posts";
const TYPES_DIR = "content/massage-types";

function readContentFiles(dir: string): ContentFile[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { file, text: readFileSync(file, "utf8") };
    });
}

const COPY_FILES = [
  "content/copy/site.yaml",
  "content/copy/home.yaml",
  "content/copy/listings.yaml",
  "content/faq.yaml",
];

// Pages without a [parameter] in their file name, e.g. src/pages/quiz.astro → /quiz/.
const staticPages = Object.keys(import.meta.glob("/src/pages/**/*.{astro,ts}"))
  .filter((path) => !path.includes("["))
  .map((path) =>
    normaliseRoute(
      path
        .replace(/^\/src\/pages/, "")
        .replace(/\.(astro|ts)$/, "")
        .replace(/(^|\/)index$/, "/"),
    ),
  );

let checked: Promise<void> | undefined;

/**
 * Checks every published content file once per build and stops the build with one message
 * listing each mistake by file, line and field. Called from the pages that publish content.
 */
export function assertContentIsPublishable(): Promise<void> {
  // While writing (astro dev) content changes under a running server: check it on every request.
  if (import.meta.env.DEV) return runChecks();
  checked ??= runChecks();
  return checked;
}

async function runChecks(): Promise<void> {
  const [published, types, authors] = await Promise.all([
    getPublishedPosts(),
    getCollection("massage-types"),
    getCollection("authors"),
  ]);
  const publishedIds = new Set(published.map((post) => post.id));
  const pageCount = Math.ceil(published.length / POSTS_PER_PAGE);
  const routes = new Set([
    ...staticPages,
    "/blog/",
    ...published.map((post) => `/blog/${post.id}/`),
    ...published.flatMap((post) => post.data.tags.map((tag) => `/tags/${tag}/`)),
    ...Array.from({ length: pageCount }, (_, index) => `/blog/${index + 1}/`).slice(1),
    ...types.map((type) => `/massage/${type.id}/`),
    ...authors.map((author) => `/authors/${author.id}/`),
  ]);
  const typeIds = new Set(types.map((type) => type.id));
  const authorIds = new Set(authors.map((author) => author.id));

  const postFiles = readContentFiles(POSTS_DIR);
  const summaries = postFiles.map(({ file, text }) => {
    const data = readFrontmatter(text);
    return {
      file,
      id: fileSlug(file),
      title: String(data["title"] ?? ""),
      related: Array.isArray(data["related"]) ? data["related"].map(String) : [],
      author: String(data["author"] ?? ""),
      reviewedBy: data["reviewedBy"] === undefined ? undefined : String(data["reviewedBy"]),
    };
  });
  const publishedFiles = postFiles.filter((_, index) => publishedIds.has(summaries[index]?.id ?? ""));
  const publishedSummaries = summaries.filter((summary) => publishedIds.has(summary.id));
  // Comments explain the link syntax with a made-up address: blank them, keeping line numbers.
  const copyFiles = COPY_FILES.map((file) => ({
    file,
    text: readFileSync(file, "utf8").replace(/^[ \t]*#.*$/gm, ""),
  }));
  const bodies = [...publishedFiles, ...readContentFiles(TYPES_DIR)];

  const problems = [
    ...checkDuplicates(summaries),
    ...checkAuthors(publishedSummaries, authorIds),
    ...checkRelated(publishedSummaries, publishedIds),
    ...bodies.flatMap((file) => [...checkInternalLinks(file, routes), ...checkComponents(file, typeIds)]),
    ...copyFiles.flatMap((file) => checkInternalLinks(file, routes)),
    ...cardLinkProblems(
      HOME_COPY_FILE,
      readFileSync(HOME_COPY_FILE, "utf8"),
      homeCopy.helpsWith.cards,
      publishedIds,
      typeIds,
    ),
  ];
  if (problems.length > 0) throw new ContentError(formatProblems(problems));

  // Reviews run out with time, not with an edit: warn, and let the pages say so plainly.
  const warnings = reviewWarnings(
    published
      .filter((post) => !post.data.draft)
      .map((post) => ({ file: post.filePath ?? post.id, reviewedDate: post.data.reviewedDate })),
    new Date(),
  );
  if (warnings.length > 0) {
    console.warn(formatProblems(warnings).replace(/^The content has .*?;.*$/m, "Clinical reviews to renew:"));
  }
}
