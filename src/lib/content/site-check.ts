import { z } from "astro/zod";
import { withoutEmptyFields } from "./empty-fields.ts";
import { bookingUrlProblems, type BookingServiceUse } from "../booking/booking-check.ts";
import { quizFrom, quizProblems, typesLeftOutOfQuiz } from "../quiz/definition.ts";
import { quizWordsSchema } from "../quiz/schema.ts";
import { translateQuiz } from "../quiz/translation.ts";
import { cardLinkProblems, copyProblems } from "../site/copy.ts";
import {
  bookingPlaceholderProblems,
  settingsFrom,
  addressSettingsFrom,
  type AddressSettings,
  settingsProblems,
  type Settings,
} from "../site/settings.ts";
import { settingsWordsSchema } from "../site/settings-words.ts";
import { readBody, type CompilerReading } from "./body-rules.ts";
import {
  checkAuthors,
  checkDuplicates,
  checkInternalLinks,
  listPageNameProblems,
  checkRelated,
  normaliseRoute,
  picturePath,
  resolveImage,
  resolveSettingPicture,
  type ContentFile,
  type PostSummary,
} from "./checks.ts";
import { yamlLinks } from "./links.ts";
import { describeSniffed, pictureProblem } from "./media.ts";
import { contentFileKind } from "./file-rules.ts";
import { isPublished, laterListPages } from "./posts.ts";
import { choices } from "./messages.ts";
import { problem, type ContentProblem, type Where } from "./problems.ts";
import {
  collectionModel,
  COLLECTIONS,
  COPY_FILES,
  copySchemaOf,
  entryIdOf,
  LANGUAGE_SLOT,
  translatedFileSpec,
  routesOf,
  type CollectionKey,
  type Collections,
  type TranslationKey,
} from "./model.ts";
import { FIELD_EXAMPLES } from "./schemas.ts";
import {
  checkRedirects,
  droppedAddresses,
  listPagesLeft,
  placeEntries,
  publicAddresses,
  readAddressRecord,
  redirectedLinkWarnings,
  redirectsSchema,
  type Retired,
} from "./redirects.ts";
import { fileSlug } from "./slug.ts";
import { LANGUAGE_ROUTE } from "./checks.ts";
import { languageOfFile } from "../site/languages.ts";
import { splitFrontmatter } from "./frontmatter-block.ts";
import { issuesToProblems, keysOf, readYaml, type YamlSource } from "./yaml-source.ts";

// The build's pre-check (src/integrations/content-guard.ts) and the pages run in one process but from
// two copies of this module (the config's and the build's bundle), so a passed check and what it
// found published are noted on a global, not a module variable.
const CHECKED = Symbol.for("back-pain-massage-site.content-checked");

/**
 * Notes that every content file passed checkSite() in this process, before the build began, and
 * what the build publishes: the pages then need not read the files again.
 */
export function markContentChecked(published: PublishedContent): void {
  (globalThis as Record<symbol, unknown>)[CHECKED] = published;
}

/** What this process's check found published, if it already checked every content file. */
export function checkedContent(): PublishedContent | undefined {
  return (globalThis as Record<symbol, unknown>)[CHECKED] as PublishedContent | undefined;
}

/** Whether this process already checked every content file (the pages need not read them again). */
export function contentWasChecked(): boolean {
  return checkedContent() !== undefined;
}

/**
 * Every content file, as read from disk (see src/data/content-files.ts): each collection's files
 * under its key in the content model (model.ts), the site's words, the settings and the quiz.
 */
export type SiteFiles = { readonly [K in Exclude<CollectionKey, TranslationKey>]: readonly ContentFile[] } & {
  readonly [K in TranslationKey]?: readonly ContentFile[];
} & {
  /** The site's words: the copy files of the content model (content/copy/*.yaml, content/faq.yaml). */
  copy: readonly ContentFile[];
  settings?: ContentFile | undefined;
  quiz?: ContentFile | undefined;
  /** Addresses that moved or were removed (content/redirects.yaml). */
  redirects?: ContentFile | undefined;
  /** Every address the site has published (content/published-addresses.txt). */
  addressRecord?: ContentFile | undefined;
  /** Every file below content/, as project paths (content/posts/images/a.jpg), for image checks. */
  files: ReadonlySet<string>;
  /** Links (symbolic links) below content/: never read, each a mistake. */
  links?: readonly string[] | undefined;
  /**
   * The first bytes of a file below content/ (SNIFF_BYTES in media.ts), so a picture field can tell
   * a picture from a web page named .jpg. A function, so the editor's JSON snapshot leaves it out:
   * there the check goes by the file's name alone.
   */
  readHead?: ((file: string) => Uint8Array | undefined) | undefined;
  /** Addresses of pages without parameters, e.g. "/quiz/". */
  staticRoutes: readonly string[];
};

/** A collection's files in a site, also for a collection only a test's model declares. */
export const filesOf = (site: SiteFiles, key: string): readonly ContentFile[] =>
  (site as unknown as Record<string, readonly ContentFile[] | undefined>)[key] ?? [];

/** The site's MDX bodies, each with its collection's key: the files of every collection of kind mdx. */
const mdxBodies = (site: SiteFiles, collections: Collections = COLLECTIONS) =>
  Object.entries(collections)
    .filter(([, spec]) => spec.kind === "mdx")
    .flatMap(([key]) => filesOf(site, key).map((file) => ({ key, file })));

export interface CheckOptions {
  /** The practice's date, YYYY-MM-DD (`practiceToday` in site/hours.ts): scheduled posts wait for it. */
  today: string;
  /** astro dev shows drafts and scheduled posts; the build leaves them out. */
  includeDrafts: boolean;
  /**
   * How the MDX compiler reads a file's text, where it can run (the build's pre-check,
   * src/integrations/content-guard.ts, and the preview's check of each page,
   * src/data/content-checks.ts): the body rules walk its reading (body-rules.ts). The editor has
   * no compiler in the browser and walks micromark's.
   */
  compilerReading?: CompilerReading | undefined;
}

interface Parsed<T> {
  file: ContentFile;
  data: T | undefined;
  source: YamlSource | undefined;
  problems: ContentProblem[];
}

/** Frontmatter (MDX) or whole-file (YAML) data checked against a schema, each mistake on its line. */
export function parseFile<T>(
  file: ContentFile,
  schema: z.ZodType<T>,
  kind: "mdx" | "yaml",
  /** A collection's entry, which Astro's loader reads: its YAML is read as Astro reads it. */
  { entry = false }: { entry?: boolean } = {},
): Parsed<T> {
  let yaml = file.text;
  let lineOffset = 0;
  if (kind === "mdx") {
    const block = splitFrontmatter(file.text);
    if (!block)
      return {
        file,
        data: undefined,
        source: undefined,
        problems: [problem("noFrontmatter", {}, { file: file.file, line: 1 })],
      };
    if (block.fence)
      return {
        file,
        data: undefined,
        source: undefined,
        problems: [
          problem("fenceInFields", { text: block.fence.text }, { file: file.file, line: block.fence.line }),
        ],
      };
    ({ yaml, lineOffset } = block);
  }
  const source = readYaml(yaml, file.file, lineOffset);
  if (!source.syntaxOk) return { file, data: undefined, source, problems: source.problems };
  const result = schema.safeParse(withoutEmptyFields(source.data ?? {}));
  if (result.success) {
    const asDates = entry ? readAsDates(yaml, file.file, lineOffset, schema, source) : [];
    return asDates.length > 0
      ? { file, data: undefined, source, problems: [...source.problems, ...asDates] }
      : { file, data: result.data, source, problems: source.problems };
  }
  const examples = FIELD_EXAMPLES;
  return {
    file,
    data: undefined,
    source,
    problems: [
      ...source.problems,
      ...issuesToProblems(result.error.issues, schema, { file: file.file, source, examples }),
    ],
  };
}

/**
 * Text fields Astro's loader would read as dates: it reads a collection entry's YAML with dates
 * (an unquoted 2026-12-24 is a Date there), the check with plain text, which also keeps a date
 * like 2026-02-30 from rolling over into March. Where the entry passes as text but a field fails as
 * a date, the build would stop on it: the field is named with the fix, quotes.
 */
function readAsDates(
  yaml: string,
  file: string,
  lineOffset: number,
  schema: z.ZodType,
  source: YamlSource,
): ContentProblem[] {
  const astro = readYaml(yaml, file, lineOffset, { asAstroReadsIt: true });
  const result = schema.safeParse(withoutEmptyFields(astro.data ?? {}));
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const path = issue.path.map((part) => (typeof part === "number" ? part : String(part)));
    const value = path.reduce<unknown>(
      (data, part) => (data as Record<string | number, unknown> | undefined)?.[part],
      source.data,
    );
    if (typeof value !== "string") return [];
    const field = path.join(".");
    return [problem("yamlReadAsDate", { field, value }, { file, field, line: source.lineOf(path) })];
  });
}

const idOf = (file: string) => fileSlug(file);

/** What the check found will be published, for work that can start before Astro loads content. */
export interface PublishedContent {
  posts: Array<{ id: string; title: string }>;
  massageTypes: Array<{ id: string; name: string }>;
  /** The public page addresses this build publishes, for the address record. */
  addresses: string[];
  /** Old addresses the build answers: a 301 to a page, or a "gone" page. */
  retired: Retired[];
  /** Each other language the site publishes: its posts (ids are their own file names) and its types' names. */
  translations: Array<{
    language: string;
    posts: Array<{ id: string; title: string }>;
    massageTypes: Array<{ id: string; name: string }>;
  }>;
}

/**
 * Checks the whole of content/ before Astro reads it, so the build's first words are the list of
 * every mistake, each with file, line, field, what is wrong and the fix. Pure: takes the files'
 * text, returns problems.
 */
export function checkSite(
  site: SiteFiles,
  options: CheckOptions,
  collections: Collections = COLLECTIONS,
): ContentProblem[] {
  return checkSiteForPublishing(site, options, collections).problems;
}

/** A post's and a massage type's data, as the pre-check reads them (names and pictures as strings). */
type PostData = z.output<ReturnType<typeof collectionModel<z.ZodString, z.ZodString>>["posts"]["schema"]>;
type MassageTypeData = z.output<
  ReturnType<typeof collectionModel<z.ZodString, z.ZodString>>["massageTypes"]["schema"]
>;

/** Each collection's files, parsed against its schema, by the collection's key. */
type ParsedSite = Readonly<Record<string, ReadonlyArray<Parsed<unknown>>>>;

/** The fields of a file as written, even when they have a mistake: names and images are still checked. */
const rawOf = (parsed: Parsed<unknown>): Record<string, unknown> =>
  (parsed.data ?? parsed.source?.data ?? {}) as Record<string, unknown>;
const textOf = (value: unknown) => (typeof value === "string" ? value : undefined);
/** A date field as YYYY-MM-DD, whether the schema made it a Date or it is still the written text. */
const dayOf = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : textOf(value);

/** Everything the jobs below share: the site, its model, the parsed collections and their ids. */
interface CheckContext {
  site: SiteFiles;
  collections: Collections;
  parsed: ParsedSite;
  ids: Readonly<Record<string, ReadonlySet<string>>>;
  /** The settings, read once for every job (undefined while the file is missing or has a mistake). */
  settings: Settings | undefined;
  /**
   * The settings that decide the site's pages (languages, prices shown): the settings, or while
   * another setting has a mistake, these fields read on their own (addressSettingsFrom).
   */
  addresses: AddressSettings | undefined;
  /**
   * Whether the site's addresses are known: not while the settings file is there but its
   * languages or prices setting has a mistake, for then the pages in each language are unknown. A guess from a fallback
   * would find every page of the other languages lost and every link to them broken, lines the
   * marketer would act on, so the checks against the site's addresses (the record of published
   * addresses, redirect targets, links to the site's pages) wait for the fix; the settings' own
   * mistake stops the build meanwhile.
   */
  addressesKnown: boolean;
}

/** A picture a field names: the file must be there, and be a picture (by ending and first bytes). */
function pictureFileProblems(
  site: SiteFiles,
  { field, value, lookedFor }: { field: string; value: string; lookedFor: string },
  where: Where,
): ContentProblem[] {
  if (/[?#]/.test(value)) return [problem("picturePathMark", { field, value }, where)];
  if (!site.files.has(lookedFor)) return [problem("imageNotFound", { field, value, lookedFor }, where)];
  const wrong = pictureProblem({ field, value, path: lookedFor, head: site.readHead?.(lookedFor) }, where);
  return wrong ? [wrong] : [];
}

/** A field that names an entry of another collection by its file name. */
function referenceProblems(
  parsed: Parsed<unknown>,
  field: string,
  known: ReadonlySet<string>,
  kind: string,
): ContentProblem[] {
  const value = rawOf(parsed)[field];
  if (typeof value !== "string" || known.has(value)) return [];
  return [
    problem(
      "unknownChoice",
      { field, value, kind, choices: choices(known) },
      { file: parsed.file.file, field, line: parsed.source?.lineOf([field]) },
    ),
  ];
}

/** Files below content/ that no check reads, each a mistake (contentFileKind in file-rules.ts). */
function strayFileProblems(site: SiteFiles, collections: Collections): ContentProblem[] {
  return [...site.files].sort().flatMap((file) => {
    const found = contentFileKind(file, collections, site.readHead?.(file));
    if (found.kind === "fake")
      return [problem("fakePicture", { holds: describeSniffed(found.holds) }, { file })];
    if (found.kind === "odd") return [problem("oddFileName", {}, { file })];
    return found.kind === "stray" ? [problem("strayFile", {}, { file })] : [];
  });
}

/** Every collection's files against its schema, and every file name that makes no address. */
function fileProblems({ parsed, site, collections }: CheckContext): ContentProblem[] {
  const all = Object.values(parsed).flat();
  return [
    ...(site.links ?? []).map((file) => problem("contentLink", {}, { file })),
    ...strayFileProblems(site, collections),
    ...all.flatMap((each) => each.problems),
    ...all.flatMap(({ file }) =>
      idOf(file.file) === ""
        ? [problem("badFileName", { name: file.file.split("/").pop() ?? "" }, { file: file.file })]
        : [],
    ),
  ];
}

/** Names of other entries: an author's team member, a testimonial's massage type. */
function crossReferenceProblems({ parsed, ids }: CheckContext): ContentProblem[] {
  const none = new Set<string>();
  return [
    ...(parsed["authors"] ?? []).flatMap((each) =>
      referenceProblems(each, "teamMember", ids["team"] ?? none, "a team member in content/team/"),
    ),
    ...(parsed["testimonials"] ?? []).flatMap((each) =>
      referenceProblems(
        each,
        "massageType",
        ids["massageTypes"] ?? none,
        "a massage type in content/massage-types/",
      ),
    ),
  ];
}

/**
 * A translation that shares its original's file name but names another original in
 * `translationOf`: in the editor, a second translation of one entry (Decap adds "-1" to the name).
 */
function fileNamedElse(each: Parsed<unknown>, name: string, translations: readonly Parsed<unknown>[]) {
  const file = each.file.file;
  const expected = `${name}${file.slice(file.lastIndexOf("."))}`;
  const other = translations.find(
    (candidate) => candidate.file.file === `${file.slice(0, file.lastIndexOf("/") + 1)}${expected}`,
  );
  const where = { file, field: "translationOf", line: each.source?.lineOf(["translationOf"]) };
  return other
    ? problem("translatedAlready", { name, other: other.file.file, field: "translationOf" }, where)
    : problem("translationFileName", { name, expected, field: "translationOf" }, where);
}

/**
 * Translations: each names an original that exists (a post its `translationOf`, the others their
 * file name); a published language is warned of originals it lacks and of translations older than
 * their original's last update or review.
 */
function translationProblems(
  { collections, parsed, ids, addresses }: CheckContext,
  warnings: ContentProblem[],
): ContentProblem[] {
  const languages = addresses?.languages ?? [];
  const found: ContentProblem[] = [];
  for (const [key, spec] of Object.entries(collections)) {
    if (spec.translates === undefined) continue;
    const originals = parsed[spec.translates] ?? [];
    const originalFolder = `${collections[spec.translates]?.folder ?? ""}/`;
    const originalIds = ids[spec.translates] ?? new Set<string>();
    const translatedIds = new Map<string, Set<string>>();
    for (const each of parsed[key] ?? []) {
      const language = languageOfFile(each.file.file) ?? "";
      const data = rawOf(each);
      const originalId =
        typeof data["translationOf"] === "string" ? data["translationOf"] : fileSlug(each.file.file);
      if (spec.translates === "posts") {
        found.push(...referenceProblems(each, "translationOf", originalIds, "a post in content/posts/"));
      } else if (typeof data["translationOf"] === "string" && !originalIds.has(originalId)) {
        found.push(...referenceProblems(each, "translationOf", originalIds, `an entry in ${originalFolder}`));
      } else if (originalId === "") {
        // A new translation in the editor with nothing picked: its file would have no name.
        found.push(
          problem(
            "originalNotPicked",
            { field: "translationOf" },
            { file: each.file.file, field: "translationOf" },
          ),
        );
      } else if (!originalIds.has(originalId)) {
        found.push(
          problem(
            "noOriginal",
            { name: originalId, folder: originalFolder, choices: choices(originalIds) },
            { file: each.file.file },
          ),
        );
      } else if (originalId !== fileSlug(each.file.file)) {
        found.push(fileNamedElse(each, originalId, parsed[key] ?? []));
      }
      translatedIds.set(language, (translatedIds.get(language) ?? new Set()).add(originalId));
      const original = originals.find((candidate) => fileSlug(candidate.file.file) === originalId);
      const originalData = original ? rawOf(original) : {};
      if (original && data["draft"] !== true) found.push(...untranslatedProblems(each, original, language));
      const originalDate = [originalData["updatedDate"], originalData["reviewedDate"]]
        .map(dayOf)
        .filter((value) => value !== undefined)
        .sort()
        .at(-1);
      const translatedDate = dayOf(data["translatedDate"]);
      if (original && originalDate && translatedDate && translatedDate < originalDate) {
        warnings.push(
          problem(
            "translationOlder",
            { original: original.file.file, originalDate, translatedDate },
            { file: each.file.file, field: "translatedDate", line: each.source?.lineOf(["translatedDate"]) },
          ),
        );
      }
    }
    // Only a language the site publishes is expected to be complete.
    const defaultLanguage = addresses?.defaultLanguage;
    for (const language of languages.filter((code) => code !== defaultLanguage)) {
      for (const original of originals) {
        if (translatedIds.get(language)?.has(fileSlug(original.file.file))) continue;
        // A draft waits; an author who is a team member has no words of their own to translate.
        if (rawOf(original)["draft"] === true || rawOf(original)["teamMember"] !== undefined) continue;
        warnings.push(
          problem(
            "translationMissing",
            { language, folder: `${spec.folder.replace(LANGUAGE_SLOT, language)}/` },
            { file: original.file.file },
          ),
        );
      }
    }
  }
  return found;
}

/** A translation's words that are worth checking against the original's: sentences, not names. */
const TRANSLATED_WORDS = ["description", "summary", "bio"] as const;
/** Shorter than this, the same words in both languages may be right (a name, a term). */
const SENTENCE = 20;
/** A language's English name ("es" → "Spanish"), for messages in English. */
const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

const bodyOf = (file: ContentFile) => {
  const block = splitFrontmatter(file.text);
  return (block ? file.text.slice(block.end) : "").trim();
};

/**
 * A translation's sentences or text copied from the original and left in its language: published
 * under the translation's language, they would be read out in the wrong one. A draft may wait.
 */
function untranslatedProblems(
  each: Parsed<unknown>,
  original: Parsed<unknown>,
  language: string,
): ContentProblem[] {
  const [data, originalData] = [rawOf(each), rawOf(original)];
  const languageName = LANGUAGE_NAMES.of(language) ?? language;
  const same = (words: string | undefined, originalWords: string | undefined) =>
    words !== undefined && words.trim().length >= SENTENCE && words.trim() === originalWords?.trim();
  const fields = TRANSLATED_WORDS.filter((field) => same(textOf(data[field]), textOf(originalData[field])));
  const where = (field: string) => ({ file: each.file.file, field, line: each.source?.lineOf([field]) });
  return [
    ...fields.map((field) => problem("untranslated", { field, language: languageName }, where(field))),
    ...(/\.mdx$/.test(each.file.file) && same(bodyOf(each.file), bodyOf(original.file))
      ? [
          problem(
            "untranslated",
            { field: "body", language: languageName },
            { file: each.file.file, field: "body" },
          ),
        ]
      : []),
  ];
}

/** The photos of people and massage types, and the posts' hero images. */
function entryPictureProblems({ site, parsed }: CheckContext): ContentProblem[] {
  const fields: ReadonlyArray<[string, string]> = [
    ["team", "photo"],
    ["authors", "photo"],
    ["massageTypes", "photo"],
    ["posts", "heroImage"],
  ];
  return fields.flatMap(([key, field]) =>
    (parsed[key] ?? []).flatMap((each) => {
      const value = textOf(rawOf(each)[field]);
      if (value === undefined) return [];
      const where = { file: each.file.file, field, line: each.source?.lineOf([field]) };
      // Astro reads a leading "/" from the project's root, and a YAML entry's path without "./" as a
      // package's name (an MDX entry's is tried next to the file too).
      const yaml = /\.ya?ml$/.test(each.file.file);
      if (value.trim().startsWith("/") || (yaml && !/^\.\.?\//.test(value.trim())))
        return [problem("picturePathForm", { field, value }, where)];
      const lookedFor = resolveImage(each.file.file, value);
      return pictureFileProblems(site, { field, value, lookedFor }, where);
    }),
  );
}

/**
 * Whether a post has a page in this build. One whose fields have a mistake is judged by its fields
 * as written: its file name is its address, so while the marketer fixes its own mistake it keeps
 * its page, tag pages and links, and no knock-on mistake (a lost address, a broken link) is asked for.
 */
function hasPage(each: Parsed<unknown>, today: string, includeDrafts: boolean): boolean {
  if (each.data !== undefined) return isPublished(each.data as PostData, today, includeDrafts);
  if (includeDrafts) return true;
  const raw = rawOf(each);
  const day = dayOf(raw["pubDate"]);
  return raw["draft"] !== true && (day === undefined || day <= today);
}

/**
 * The posts that will have a page (`published`, with those whose fields have a mistake: see
 * hasPage), and those whose names and links are checked now.
 */
function postsToPublish(postFiles: ReadonlyArray<Parsed<unknown>>, { today, includeDrafts }: CheckOptions) {
  const published = postFiles.filter((each) => hasPage(each, today, includeDrafts));
  const publishedIds = new Set(published.map((each) => idOf(each.file.file)));
  // A post whose fields have a mistake is still checked for names and images, from its raw data,
  // so one build lists everything; only drafts' and scheduled posts' references wait.
  const referencing = new Set(
    postFiles
      .filter(
        (each) =>
          publishedIds.has(idOf(each.file.file)) ||
          (each.data === undefined && rawOf(each)["draft"] !== true),
      )
      .map((each) => each.file.file),
  );
  return { published, publishedIds, referencing };
}

/** Two entries of a kind at one address or with one name, related posts, authors and reviewers. */
function postProblems(
  { parsed, ids }: CheckContext,
  { publishedIds, referencing }: ReturnType<typeof postsToPublish>,
): ContentProblem[] {
  const postFiles = parsed["posts"] ?? [];
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const summaries: PostSummary[] = postFiles.map((each) => ({
    file: each.file.file,
    id: idOf(each.file.file),
    title: textOf(rawOf(each)["title"]) ?? "",
    related: list(rawOf(each)["related"]),
    line: each.source?.lineOf(["related"]),
  }));
  // Each entry with a page has a name of its own among its kind: one person, one page, one type.
  const named = (key: string, field: string) =>
    (parsed[key] ?? []).map((each) => ({
      file: each.file.file,
      id: idOf(each.file.file),
      title: textOf(rawOf(each)[field]) ?? "",
      related: [],
    }));
  return [
    ...checkDuplicates(summaries, "blog"),
    ...listPageNameProblems(summaries),
    // A translation publishes under its own file name, in its language's list.
    ...(parsed["postTranslations"] ?? []).flatMap(({ file }) =>
      listPageNameProblems([{ file: file.file, id: idOf(file.file) }], `/${languageOfFile(file.file)}/blog/`),
    ),
    ...checkDuplicates(named("massageTypes", "name"), "massage", { field: "name", kind: "massage type" }),
    ...checkDuplicates(named("team", "name"), "team", { field: "name", kind: "team member" }),
    ...checkDuplicates(named("authors", "name"), "authors", { field: "name", kind: "author" }),
    ...checkDuplicates(named("pages", "title"), "", { field: "title", kind: "page" }),
    ...checkRelated(
      summaries.filter((summary) => referencing.has(summary.file)),
      publishedIds,
    ),
    ...postFiles.flatMap((each) => {
      const data = rawOf(each);
      const line = (field: string) => each.source?.lineOf([field]);
      return checkAuthors(
        [
          {
            file: each.file.file,
            author: textOf(data["author"]),
            reviewedBy: textOf(data["reviewedBy"]),
            line,
          },
        ],
        ids["authors"] ?? new Set(),
      );
    }),
  ];
}

/** What each other published language shows: its posts (by their own names) and its types' names. */
function publishedTranslations(
  { parsed, addresses }: CheckContext,
  { published }: ReturnType<typeof postsToPublish>,
): PublishedContent["translations"] {
  if (!addresses) return [];
  const publishedIds = new Set(published.flatMap((each) => (each.data ? [idOf(each.file.file)] : [])));
  const wordsIn = (key: string, language: string) =>
    (parsed[key] ?? []).filter((each) => languageOfFile(each.file.file) === language && each.data);
  return addresses.languages
    .filter((language) => language !== addresses.defaultLanguage)
    .map((language) => ({
      language,
      posts: wordsIn("postTranslations", language).flatMap((each) => {
        const data = each.data as { title: string; translationOf: string; draft: boolean };
        return !data.draft && publishedIds.has(data.translationOf)
          ? [{ id: idOf(each.file.file), title: data.title }]
          : [];
      }),
      massageTypes: (parsed["massageTypes"] ?? []).flatMap((each) => {
        const id = idOf(each.file.file);
        const translated = wordsIn("massageTypeTranslations", language).find(
          (words) => idOf(words.file.file) === id,
        );
        const name =
          (translated?.data as { name?: string } | undefined)?.name ??
          (each.data as MassageTypeData | undefined)?.name;
        return name === undefined ? [] : [{ id, name }];
      }),
    }));
}

/** Every address the built site will have, for the links in bodies and copy files. */
function siteRoutes(
  { site, collections, ids, parsed, addresses }: CheckContext,
  { published, publishedIds }: ReturnType<typeof postsToPublish>,
): Set<string> {
  // A post with a mistake in its fields still gives its tags as written (see hasPage).
  const tags = new Set(
    published.flatMap((each) => {
      const written = rawOf(each)["tags"];
      return Array.isArray(written) ? written.filter((tag): tag is string => typeof tag === "string") : [];
    }),
  );
  const defaultLanguage = addresses?.defaultLanguage ?? "en";
  const languages = addresses?.languages ?? [defaultLanguage];
  const prefix = (language: string) => (language === defaultLanguage ? "" : `/${language}`);
  // A translated post has a page when it is no draft and its original is published.
  const translatedPosts = (parsed["postTranslations"] ?? []).filter((each) => {
    const data = rawOf(each);
    return data["draft"] !== true && publishedIds.has(String(data["translationOf"] ?? ""));
  });
  const postCount = (language: string) =>
    language === defaultLanguage
      ? published.length
      : translatedPosts.filter((each) => languageOfFile(each.file.file) === language).length;
  // The pages below src/pages/[...lang]/ exist in every language the settings list.
  const perLanguage = (route: string) =>
    route.startsWith(LANGUAGE_ROUTE)
      ? languages.map((language) => `${prefix(language)}${route.slice(LANGUAGE_ROUTE.length)}`)
      : [route];
  const pricesShown = addresses?.prices.show !== false;
  // Every original has a page in each published language, in its words where translated.
  const translatedRoutes = (key: string, original: string | undefined) =>
    original === undefined
      ? (ids[key] ?? [])
      : languages
          .filter((language) => language !== defaultLanguage)
          .flatMap((language) => [...(ids[original] ?? [])].map((id) => `${language}/${id}`));
  return new Set([
    ...site.staticRoutes
      .flatMap(perLanguage)
      .map(normaliseRoute)
      // The settings can hide prices, and with them the /prices/ page.
      .filter((route) => pricesShown || !/^(\/[a-z]{2})?\/prices\/$/.test(route)),
    ...languages.flatMap((language) => [
      // The first page of the paginated article list (src/pages/[...lang]/blog/[...page].astro), and the others.
      `${prefix(language)}/blog/`,
      ...laterListPages(`${prefix(language)}/blog/`, postCount(language)),
    ]),
    ...Object.entries(collections).flatMap(([key, spec]) =>
      // Only published posts have a page; drafts wait; a language not yet listed has no pages.
      routesOf(
        spec,
        key === "posts"
          ? publishedIds
          : key === "postTranslations"
            ? translatedPosts
                .filter((each) => isPublishedLanguage(addresses, each.file.file))
                .map((each) => entryIdOf(spec, each.file.file, fileSlug))
            : translatedRoutes(key, spec.translates),
      ),
    ),
    ...[...tags].map((tag) => `/tags/${tag}/`),
    ...(pricesShown ? ["/prices/"] : []),
  ]);
}

/**
 * Every body, read once and walked against the allowlist (body-rules.ts), drafts too: the preview
 * shows them. What needs the rest of the site is checked here, from the facts that walk returns.
 */
function bodyProblems(
  { site, collections, parsed, ids, addresses }: CheckContext,
  { linkRoutes, retired }: OldAddresses,
  { referencing }: ReturnType<typeof postsToPublish>,
  warnings: ContentProblem[],
  compilerReading: CheckOptions["compilerReading"],
): ContentProblem[] {
  const typeIds = ids["massageTypes"] ?? new Set<string>();
  return mdxBodies(site, collections).flatMap(({ key, file }) => {
    const body = readBody(file, compilerReading);
    const at = (field: string, line: number | undefined) => ({ file: file.file, line, field });
    // Drafts and scheduled posts may link to pages that are not out yet: they wait.
    const linksChecked =
      (key !== "posts" || referencing.has(file.file)) && isPublishedLanguage(addresses, file.file);
    if (linksChecked) warnings.push(...redirectedLinkWarnings(file.file, body.siteLinks, retired));
    // A draft may wait for its text; a page would show a title and nothing to read.
    const entry = body.hasText ? undefined : entriesByFile(parsed[key]).get(file.file);
    const empty = !body.hasText && !(entry && rawOf(entry)["draft"] === true);
    return [
      ...(empty
        ? [
            problem(
              "emptyBody",
              { field: "body", draftable: keysOf(collections[key]?.schema).includes("draft") },
              at("body", undefined),
            ),
          ]
        : []),
      ...body.problems,
      ...body.services.flatMap(({ service, field, line }) =>
        typeIds.has(service)
          ? []
          : [
              problem(
                "unknownChoice",
                { field, value: service, kind: "a massage type", choices: choices(typeIds) },
                at(field, line),
              ),
            ],
      ),
      ...body.pictures.flatMap(({ src, field, fromContentFolder, line }) =>
        pictureFileProblems(
          site,
          { field, value: src, lookedFor: picturePath(file.file, src, fromContentFolder) },
          at(field, line),
        ),
      ),
      ...(linksChecked && linkRoutes ? checkInternalLinks(file.file, body.siteLinks, linkRoutes) : []),
    ];
  });
}

/** A collection's parsed entries by file, made once per list (a lookup per body stays linear). */
const byFile = new WeakMap<ReadonlyArray<Parsed<unknown>>, Map<string, Parsed<unknown>>>();
function entriesByFile(entries: ReadonlyArray<Parsed<unknown>> | undefined): Map<string, Parsed<unknown>> {
  if (!entries) return new Map();
  let found = byFile.get(entries);
  if (!found) byFile.set(entries, (found = new Map(entries.map((each) => [each.file.file, each]))));
  return found;
}

/**
 * Whether a file's links can be checked: a file of the default language, or of a language the
 * settings list. A language still being written (its folder there, not yet in `languages`) has no
 * pages to link to yet; its files are checked for everything else.
 */
function isPublishedLanguage(addresses: AddressSettings | undefined, file: string): boolean {
  const language = languageOfFile(file);
  if (language === undefined) return true;
  return addresses?.languages.includes(language) ?? false;
}

/** A translation collection's ids in one language, without the language: "es/seis-razones" -> "seis-razones". */
const translationIdsIn = (ids: ReadonlySet<string> | undefined, language: string): Set<string> =>
  new Set(
    [...(ids ?? [])].filter((id) => id.startsWith(`${language}/`)).map((id) => id.slice(language.length + 1)),
  );

/** The prices page in each of the site's languages: /prices/, /es/prices/. */
function pricesPages(addresses: AddressSettings | undefined): string[] {
  const languages = addresses?.languages ?? ["en"];
  return languages.map((language) =>
    language === addresses?.defaultLanguage || !addresses ? "/prices/" : `/${language}/prices/`,
  );
}

/** Photos a copy file names (heroPhoto.src, gallery.photos[].src). */
function copyPhotoProblems(site: SiteFiles, file: ContentFile): ContentProblem[] {
  const source = readYaml(file.text, file.file);
  const found: ContentProblem[] = [];
  const visit = (value: unknown, path: Array<string | number>) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      const src = record["src"];
      if (typeof src === "string" && /\.(jpe?g|png|webp|avif)$/i.test(src)) {
        const field = [...path, "src"].join(".");
        const where = { file: file.file, field, line: source.lineOf([...path, "src"]) };
        found.push(
          ...pictureFileProblems(site, { field, value: src, lookedFor: resolveImage(file.file, src) }, where),
        );
      }
      for (const [key, item] of Object.entries(record)) visit(item, [...path, key]);
    }
  };
  if (source.syntaxOk) visit(source.data, []);
  return found;
}

/** The site's words: each file against its schema, its links, its cards and its photos. */
function copyFileProblems(
  { site, ids, addresses }: CheckContext,
  { linkRoutes, retired }: OldAddresses,
  { publishedIds }: ReturnType<typeof postsToPublish>,
  warnings: ContentProblem[],
): ContentProblem[] {
  // Menus leave out the prices link when prices are hidden, so the copy files may always name it.
  const copyRoutes = linkRoutes && new Set([...linkRoutes, ...pricesPages(addresses)]);
  return site.copy.flatMap((file) => {
    const schema = copySchemaOf(file.file);
    const links = yamlLinks(file);
    warnings.push(...redirectedLinkWarnings(file.file, links, retired));
    return [
      ...(schema ? copyProblems(schema, file.text, file.file) : []),
      ...(copyRoutes && isPublishedLanguage(addresses, file.file)
        ? checkInternalLinks(file.file, links, copyRoutes)
        : []),
      ...(file.file === COPY_FILES.home.file
        ? cardLinkProblems(file.file, file.text, publishedIds, ids["massageTypes"] ?? new Set())
        : []),
      ...(translatedFileSpec(file.file)?.key === "home"
        ? cardLinkProblems(
            file.file,
            file.text,
            translationIdsIn(ids["postTranslations"], languageOfFile(file.file) ?? ""),
            ids["massageTypes"] ?? new Set(),
          )
        : []),
      ...copyPhotoProblems(site, file),
    ];
  });
}

/** The settings file, the booking ids the massage types give, and the logo. */
function settingsFileProblems({ site, parsed, settings }: CheckContext): ContentProblem[] {
  if (!site.settings) return [];
  const file = site.settings.file;
  const problems = settingsProblems(site.settings.text, file);
  if (!settings) return problems;
  const uses: BookingServiceUse[] = (parsed["massageTypes"] ?? []).flatMap((each) => {
    const data = each.data as MassageTypeData | undefined;
    if (!data) return [];
    const at = (path: Array<string | number>) => ({
      file: each.file.file,
      field: path.join("."),
      line: each.source?.lineOf(path),
    });
    return [
      { service: data.bookingService, ...at(["bookingService"]) },
      ...data.sessions.flatMap((session, index) =>
        session.bookingService === undefined
          ? []
          : [{ service: session.bookingService, ...at(["sessions", index, "bookingService"]) }],
      ),
    ];
  });
  const source = readYaml(site.settings.text, file);
  problems.push(
    ...bookingUrlProblems(settings.booking, uses, { file, line: source.lineOf(["booking", "url"]) }),
  );
  // A language's own booking page (content/<code>/settings.yaml), under the same rules.
  for (const words of site.copy) {
    if (translatedFileSpec(words.file)?.key !== "settings") continue;
    const wordsSource = readYaml(words.text, words.file);
    const url = (wordsSource.data as { booking?: { url?: unknown } } | undefined)?.booking?.url;
    if (typeof url !== "string") continue;
    const where = { file: words.file, line: wordsSource.lineOf(["booking", "url"]) };
    const placeholders = bookingPlaceholderProblems(url, where);
    problems.push(...placeholders);
    // An address the words' own schema refuses is worded by the copy check already.
    if (placeholders.length === 0 && settingsWordsSchema.safeParse(wordsSource.data).success)
      problems.push(...bookingUrlProblems({ ...settings.booking, url }, uses, where));
  }
  const logo = settings.brand?.logo;
  if (logo !== undefined) {
    const where = { file, field: "brand.logo", line: source.lineOf(["brand", "logo"]) };
    problems.push(
      ...pictureFileProblems(
        site,
        { field: "brand.logo", value: logo, lookedFor: resolveSettingPicture(file, logo) },
        where,
      ),
    );
  }
  return problems;
}

/**
 * Each language's labels of the changes of hours (content/<code>/settings.yaml), matched to the
 * changes by their first day: a label whose change is gone, and a change still to come with no
 * label, are warnings (each save is checked on its own, so removing a change must not be refused
 * because its translation is still there).
 */
function hoursLabelWarnings({ site, settings }: CheckContext, today: string): ContentProblem[] {
  if (!site.settings || !settings) return [];
  const changes = settings.hours.exceptions;
  const starts = new Set(changes.map((change) => change.from));
  const settingsSource = readYaml(site.settings.text, site.settings.file);
  const found: ContentProblem[] = [];
  for (const words of site.copy) {
    if (translatedFileSpec(words.file)?.key !== "settings") continue;
    const language = languageOfFile(words.file);
    if (!language || !settings.languages.includes(language)) continue;
    const source = readYaml(words.text, words.file);
    const listed = (source.data as { hours?: { exceptions?: unknown } } | undefined)?.hours?.exceptions;
    const labelled = new Set<string>();
    (Array.isArray(listed) ? listed : []).forEach((entry: unknown, index) => {
      const from = (entry as { from?: unknown } | null)?.from;
      if (typeof from !== "string") return;
      labelled.add(from);
      if (!starts.has(from))
        found.push(
          problem(
            "hoursLabelUnused",
            { from },
            {
              file: words.file,
              field: `hours.exceptions.${index}.from`,
              line: source.lineOf(["hours", "exceptions", index, "from"]),
            },
          ),
        );
    });
    changes.forEach((change, index) => {
      if (labelled.has(change.from) || (change.to ?? change.from) < today) return;
      found.push(
        problem(
          "hoursLabelMissing",
          { label: change.label, from: change.from, language, file: words.file },
          {
            file: site.settings!.file,
            field: `hours.exceptions.${index}.label`,
            line: settingsSource.lineOf(["hours", "exceptions", index, "label"]),
          },
        ),
      );
    });
  }
  return found;
}

/** The quiz, whose results name massage types and the conditions they ask a doctor about first. */
function quizFileProblems({ site, parsed, ids }: CheckContext, warnings: ContentProblem[]): ContentProblem[] {
  if (!site.quiz) return [];
  const conditions = (parsed["massageTypes"] ?? []).flatMap(
    (each) => (each.data as MassageTypeData | undefined)?.askDoctorFirst ?? [],
  );
  const problems = quizProblems(site.quiz.text, site.quiz.file, [...(ids["massageTypes"] ?? [])], conditions);
  const original =
    problems.length === 0
      ? quizFrom(site.quiz.text, site.quiz.file, [...(ids["massageTypes"] ?? [])])
      : undefined;
  if (!original) return problems;
  const leftOut = typesLeftOutOfQuiz(original, [...(ids["massageTypes"] ?? [])]);
  if (leftOut.length > 0)
    warnings.push(
      problem("quizLeavesOut", { types: leftOut }, { file: site.quiz.file, field: "gentleness" }),
    );
  // Each language's words: every sign, question and answer of the original, by id, and its
  // "ask your doctor first" lines word for word from that language's massage types.
  for (const file of site.copy) {
    const spec = translatedFileSpec(file.file);
    if (spec?.key !== "quiz") continue;
    const source = readYaml(file.text, file.file);
    const words = quizWordsSchema.safeParse(source.data);
    if (!words.success) continue; // worded by the copy check
    const { definition, issues } = translateQuiz(original, words.data);
    const at = (path: Array<string | number>) => ({
      file: file.file,
      field: path.join("."),
      line: source.lineOf(path),
    });
    problems.push(
      ...issues.map((issue) =>
        problem("invalidValue", { field: issue.path.join("."), rule: issue.message }, at(issue.path)),
      ),
    );
    const translatedConditions = (parsed["massageTypeTranslations"] ?? [])
      .filter((each) => languageOfFile(each.file.file) === spec.language)
      .flatMap((each) => (each.data as { askDoctorFirst?: string[] } | undefined)?.askDoctorFirst ?? []);
    definition.safety.signs.forEach((sign) => {
      if (sign.level !== "caution") return;
      sign.screens.forEach((line, lineIndex) => {
        if (translatedConditions.includes(line)) return;
        const path = [
          "safety",
          "signs",
          words.data.safety.signs.findIndex((each) => each.id === sign.id),
          "screens",
          lineIndex,
        ];
        problems.push(
          problem(
            "invalidValue",
            {
              field: path.join("."),
              value: line,
              rule: `copy the line word for word from an askDoctorFirst line in content/${spec.language}/massage-types/`,
            },
            at(path),
          ),
        );
      });
    });
  }
  return problems;
}

/** The old addresses the site answers, and the addresses a link may name (the pages, and old ones that moved). */
interface OldAddresses {
  retired: Retired[];
  /** Undefined while the site's addresses are not known (CheckContext's addressesKnown): links wait. */
  linkRoutes: ReadonlySet<string> | undefined;
}

/**
 * content/redirects.yaml against the pages the site will have, and the record of published
 * addresses against both: an address the record holds must stay a page or be listed as moved or gone.
 */
function oldAddressProblems(
  { site, addresses, addressesKnown }: CheckContext,
  routes: ReadonlySet<string>,
  warnings: ContentProblem[],
): { problems: ContentProblem[]; old: OldAddresses } {
  const redirectsFile = site.redirects ? parseFile(site.redirects, redirectsSchema, "yaml") : undefined;
  const redirects = checkRedirects(
    placeEntries(redirectsFile?.data, redirectsFile?.source?.lineOf),
    addressesKnown ? routes : undefined,
    site.redirects?.file,
  );
  warnings.push(...redirects.warnings);
  const problems = [...(redirectsFile?.problems ?? []), ...redirects.problems];
  let retired = redirects.retired;
  // Until the site's addresses are known, no recorded address can be found lost.
  if (!addressesKnown) return { problems, old: { retired, linkRoutes: undefined } };
  if (site.addressRecord) {
    const record = readAddressRecord(site.addressRecord.text);
    retired = [...retired, ...listPagesLeft(record, routes, retired)];
    problems.push(
      ...droppedAddresses(
        record,
        routes,
        retired,
        // Hiding prices in the settings takes the prices page down on purpose, in every language,
        // until they show again.
        new Set(routes.has("/prices/") ? [] : pricesPages(addresses)),
        site.addressRecord.file,
      ),
    );
  }
  // A link to an old address works (through the redirect): a warning with the new address, not a mistake.
  const linkRoutes = new Set([...routes, ...retired.flatMap((entry) => (entry.to ? [entry.from] : []))]);
  return { problems, old: { retired, linkRoutes } };
}

/**
 * checkSite(), and the posts and massage types that will be published (from the same parse).
 * `collections` is the site's content model; a test passes its own to add a collection.
 */
export function checkSiteForPublishing(
  site: SiteFiles,
  options: CheckOptions,
  collections: Collections = COLLECTIONS,
): { problems: ContentProblem[]; warnings: ContentProblem[]; published: PublishedContent } {
  const parsed: ParsedSite = Object.fromEntries(
    Object.entries(collections).map(([key, spec]) => [
      key,
      filesOf(site, key).map((file) => parseFile(file, spec.schema, spec.kind, { entry: true })),
    ]),
  );
  const ids = Object.fromEntries(
    Object.entries(collections).map(([key, spec]) => [
      key,
      new Set(filesOf(site, key).map((file) => entryIdOf(spec, file.file, fileSlug))),
    ]),
  );
  const settings = site.settings ? settingsFrom(site.settings.text) : undefined;
  const addresses = settings ?? (site.settings ? addressSettingsFrom(site.settings.text) : undefined);
  const addressesKnown = !site.settings || addresses !== undefined;
  const context: CheckContext = { site, collections, parsed, ids, settings, addresses, addressesKnown };
  const posts = postsToPublish(parsed["posts"] ?? [], options);
  const routes = siteRoutes(context, posts);
  // What the build prints and lets through: each with its fix, never a reason to stop.
  const warnings: ContentProblem[] = [];
  const { problems: oldAddressMistakes, old } = oldAddressProblems(context, routes, warnings);
  warnings.push(...hoursLabelWarnings(context, options.today));
  return {
    problems: [
      ...fileProblems(context),
      ...crossReferenceProblems(context),
      ...translationProblems(context, warnings),
      ...entryPictureProblems(context),
      ...postProblems(context, posts),
      ...bodyProblems(context, old, posts, warnings, options.compilerReading),
      ...copyFileProblems(context, old, posts, warnings),
      ...settingsFileProblems(context),
      ...quizFileProblems(context, warnings),
      ...oldAddressMistakes,
    ],
    warnings,
    published: {
      addresses: publicAddresses(routes),
      retired: old.retired,
      posts: posts.published.flatMap((each) =>
        each.data ? [{ id: idOf(each.file.file), title: (each.data as PostData).title }] : [],
      ),
      massageTypes: (parsed["massageTypes"] ?? []).flatMap((each) =>
        each.data ? [{ id: idOf(each.file.file), name: (each.data as MassageTypeData).name }] : [],
      ),
      translations: publishedTranslations(context, posts),
    },
  };
}
