import { z } from "astro/zod";
import { bookingUrlProblems, type BookingServiceUse } from "../booking/booking-check";
import { quizProblems } from "../quiz/definition";
import { cardLinkProblems, COPY_SCHEMAS, copyProblems } from "../site/copy";
import { settingsFrom, settingsProblems } from "../site/settings";
import { readBody } from "./body-rules";
import {
  checkAuthors,
  checkDuplicates,
  checkInternalLinks,
  checkRelated,
  normaliseRoute,
  picturePath,
  resolveImage,
  resolveSettingPicture,
  type ContentFile,
  type PostSummary,
} from "./checks";
import { yamlLinks } from "./links";
import { pictureProblem } from "./media";
import { isPublished, POSTS_PER_PAGE } from "./posts";
import { choices } from "./messages";
import { problem, type ContentProblem, type Where } from "./problems";
import {
  authorSchema,
  FIELD_EXAMPLES,
  massageTypeSchema,
  pageSchema,
  postSchema,
  teamSchema,
  testimonialSchema,
} from "./schemas";
import { fileSlug } from "./slug";
import { issuesToProblems, readYaml, splitFrontmatter, type YamlSource } from "./yaml-source";

// The build's pre-check (src/integrations/content-guard.ts) and the pages run in one process but from
// two copies of this module (the config's and the build's bundle), so a passed check is noted on a
// global, not a module variable.
const CHECKED = Symbol.for("back-pain-massage-site.content-checked");

/** Notes that every content file passed checkSite() in this process, before the build began. */
export function markContentChecked(): void {
  (globalThis as Record<symbol, unknown>)[CHECKED] = true;
}

/** Whether this process already checked every content file (the pages need not read them again). */
export function contentWasChecked(): boolean {
  return (globalThis as Record<symbol, unknown>)[CHECKED] === true;
}

/** Photos a copy file names (heroPhoto.src, gallery.photos[].src) that are not next to it. */
function copyPhotoProblems(
  file: ContentFile,
  files: ReadonlySet<string>,
  readHead: SiteFiles["readHead"],
): ContentProblem[] {
  const source = readYaml(file.text, file.file);
  const found: ContentProblem[] = [];
  const visit = (value: unknown, path: Array<string | number>) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      const src = record["src"];
      if (typeof src === "string" && /\.(jpe?g|png|webp|avif)$/i.test(src)) {
        const lookedFor = resolveImage(file.file, src);
        const field = [...path, "src"].join(".");
        const where = { file: file.file, field, line: source.lineOf([...path, "src"]) };
        if (!files.has(lookedFor)) {
          found.push(problem("imageNotFound", { field, value: src, lookedFor }, where));
        } else {
          const wrong = pictureProblem(
            { field, value: src, path: lookedFor, head: readHead?.(lookedFor) },
            where,
          );
          if (wrong) found.push(wrong);
        }
      }
      for (const [key, item] of Object.entries(record)) visit(item, [...path, key]);
    }
  };
  if (source.syntaxOk) visit(source.data, []);
  return found;
}

/** Every content file, as read from disk (see src/data/content-files.ts). */
export interface SiteFiles {
  posts: readonly ContentFile[];
  massageTypes: readonly ContentFile[];
  authors: readonly ContentFile[];
  team: readonly ContentFile[];
  /** Stand-alone pages of prose (content/pages/*.mdx), published at /<file-name>/. */
  pages: readonly ContentFile[];
  /** Clients' words, each with their consent (content/testimonials/*.yaml). */
  testimonials: readonly ContentFile[];
  /** The site's words: content/copy/*.yaml and content/faq.yaml. */
  copy: readonly ContentFile[];
  settings?: ContentFile | undefined;
  quiz?: ContentFile | undefined;
  /** Every file below content/, as project paths (content/posts/images/a.jpg), for image checks. */
  files: ReadonlySet<string>;
  /**
   * The first bytes of a file below content/ (SNIFF_BYTES in media.ts), so a picture field can tell
   * a picture from a web page named .jpg. A function, so the editor's JSON snapshot leaves it out:
   * there the check goes by the file's name alone.
   */
  readHead?: ((file: string) => Uint8Array | undefined) | undefined;
  /** Addresses of pages without parameters, e.g. "/quiz/". */
  staticRoutes: readonly string[];
}

export interface CheckOptions {
  /** The practice's date, YYYY-MM-DD (`practiceToday` in site/hours.ts): scheduled posts wait for it. */
  today: string;
  /** astro dev shows drafts and scheduled posts; the build leaves them out. */
  includeDrafts: boolean;
}

interface Parsed<T> {
  file: ContentFile;
  data: T | undefined;
  source: YamlSource | undefined;
  problems: ContentProblem[];
}

// Plain stand-ins for Astro's image() and reference(): the pre-check checks files and names itself.
const plainHelpers = { image: () => z.string(), author: () => z.string(), teamMember: () => z.string() };
const posts = postSchema(plainHelpers);
const massageTypes = massageTypeSchema(plainHelpers);
const authors = authorSchema(plainHelpers);
const team = teamSchema(plainHelpers);

/** Frontmatter (MDX) or whole-file (YAML) data checked against a schema, each mistake on its line. */
export function parseFile<T>(file: ContentFile, schema: z.ZodType<T>, kind: "mdx" | "yaml"): Parsed<T> {
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
    ({ yaml, lineOffset } = block);
  }
  const source = readYaml(yaml, file.file, lineOffset);
  if (!source.syntaxOk) return { file, data: undefined, source, problems: source.problems };
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { file, data: result.data, source, problems: source.problems };
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

const idOf = (file: string) => fileSlug(file);

/** What the check found will be published, for work that can start before Astro loads content. */
export interface PublishedContent {
  posts: Array<{ id: string; title: string }>;
  massageTypes: Array<{ id: string; name: string }>;
}

/**
 * Checks the whole of content/ before Astro reads it, so the build's first words are the list of
 * every mistake, each with file, line, field, what is wrong and the fix. Pure: takes the files'
 * text, returns problems.
 */
export function checkSite(site: SiteFiles, options: CheckOptions): ContentProblem[] {
  return checkSiteForPublishing(site, options).problems;
}

/** checkSite(), and the posts and massage types that will be published (from the same parse). */
export function checkSiteForPublishing(
  site: SiteFiles,
  { today, includeDrafts }: CheckOptions,
): { problems: ContentProblem[]; published: PublishedContent } {
  const problems: ContentProblem[] = [];
  // Only pictures may be named as one: by the file's ending, and by its first bytes when at hand.
  const pictureCheck = (field: string, value: string, path: string, where: Where): ContentProblem[] => {
    const wrong = pictureProblem({ field, value, path, head: site.readHead?.(path) }, where);
    return wrong ? [wrong] : [];
  };

  const teamFiles = site.team.map((file) => parseFile(file, team, "yaml"));
  problems.push(...teamFiles.flatMap((parsed) => parsed.problems));
  const teamIds = new Set(site.team.map((file) => idOf(file.file)));

  const authorFiles = site.authors.map((file) => parseFile(file, authors, "yaml"));
  problems.push(...authorFiles.flatMap((parsed) => parsed.problems));
  const authorIds = new Set(site.authors.map((file) => idOf(file.file)));
  for (const parsed of authorFiles) {
    const member = (parsed.source?.data as Record<string, unknown> | undefined)?.["teamMember"];
    if (typeof member === "string" && !teamIds.has(member)) {
      problems.push(
        problem(
          "unknownChoice",
          {
            field: "teamMember",
            value: member,
            kind: "a team member in content/team/",
            choices: choices(teamIds),
          },
          { file: parsed.file.file, field: "teamMember", line: parsed.source?.lineOf(["teamMember"]) },
        ),
      );
    }
  }
  const typeFiles = site.massageTypes.map((file) => parseFile(file, massageTypes, "mdx"));
  // Photos of people and of massage types: a missing file names the file, the field and the path
  // looked for.
  for (const parsed of [...teamFiles, ...authorFiles, ...typeFiles]) {
    const photo = (parsed.source?.data as Record<string, unknown> | undefined)?.["photo"];
    if (typeof photo !== "string") continue;
    const lookedFor = resolveImage(parsed.file.file, photo);
    const where = { file: parsed.file.file, field: "photo", line: parsed.source?.lineOf(["photo"]) };
    if (!site.files.has(lookedFor)) {
      problems.push(problem("imageNotFound", { field: "photo", value: photo, lookedFor }, where));
    } else {
      problems.push(...pictureCheck("photo", photo, lookedFor, where));
    }
  }

  const pageFiles = site.pages.map((file) => parseFile(file, pageSchema, "mdx"));
  problems.push(...pageFiles.flatMap((parsed) => parsed.problems));
  const pageIds = new Set(site.pages.map((file) => idOf(file.file)));

  problems.push(...typeFiles.flatMap((parsed) => parsed.problems));
  const typeIds = new Set(site.massageTypes.map((file) => idOf(file.file)));

  for (const file of site.testimonials) {
    const parsed = parseFile(file, testimonialSchema, "yaml");
    problems.push(...parsed.problems);
    const type = (parsed.source?.data as Record<string, unknown> | undefined)?.["massageType"];
    if (typeof type === "string" && !typeIds.has(type)) {
      problems.push(
        problem(
          "unknownChoice",
          {
            field: "massageType",
            value: type,
            kind: "a massage type in content/massage-types/",
            choices: choices(typeIds),
          },
          { file: file.file, field: "massageType", line: parsed.source?.lineOf(["massageType"]) },
        ),
      );
    }
  }

  const postFiles = site.posts.map((file) => parseFile(file, posts, "mdx"));
  problems.push(...postFiles.flatMap((parsed) => parsed.problems));

  for (const file of [...site.posts, ...site.massageTypes]) {
    if (idOf(file.file) === "")
      problems.push(problem("badFileName", { name: file.file.split("/").pop() ?? "" }, { file: file.file }));
  }

  const published = postFiles.filter(
    (parsed) => parsed.data !== undefined && isPublished(parsed.data, today, includeDrafts),
  );
  const publishedIds = new Set(published.map((parsed) => idOf(parsed.file.file)));
  // A post whose fields have a mistake is still checked for names and images, from its raw data,
  // so one build lists everything; only drafts' and scheduled posts' references wait.
  const raw = (parsed: Parsed<unknown>): Record<string, unknown> =>
    (parsed.data ?? parsed.source?.data ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const checkedForReferences = postFiles.filter(
    (parsed) =>
      publishedIds.has(idOf(parsed.file.file)) ||
      (parsed.data === undefined && raw(parsed)["draft"] !== true),
  );

  const summaries: PostSummary[] = postFiles.map((parsed) => ({
    file: parsed.file.file,
    id: idOf(parsed.file.file),
    title: text(raw(parsed)["title"]) ?? "",
    related: list(raw(parsed)["related"]),
    line: parsed.source?.lineOf(["related"]),
  }));
  problems.push(...checkDuplicates(summaries, "blog"));
  problems.push(
    ...checkDuplicates(
      site.massageTypes.map((file) => ({ file: file.file, id: idOf(file.file), title: "", related: [] })),
      "massage",
    ),
  );
  const referencing = new Set(checkedForReferences.map((parsed) => parsed.file.file));
  problems.push(
    ...checkRelated(
      summaries.filter((summary) => referencing.has(summary.file)),
      publishedIds,
    ),
  );

  for (const parsed of postFiles) {
    const data = raw(parsed);
    const line = (field: string) => parsed.source?.lineOf([field]);
    const author = text(data["author"]);
    problems.push(
      ...checkAuthors(
        [{ file: parsed.file.file, author, reviewedBy: text(data["reviewedBy"]), line }],
        authorIds,
      ),
    );
    const heroImage = text(data["heroImage"]);
    if (heroImage !== undefined) {
      const lookedFor = resolveImage(parsed.file.file, heroImage);
      const where = { file: parsed.file.file, field: "heroImage", line: line("heroImage") };
      if (!site.files.has(lookedFor)) {
        problems.push(problem("imageNotFound", { field: "heroImage", value: heroImage, lookedFor }, where));
      } else {
        problems.push(...pictureCheck("heroImage", heroImage, lookedFor, where));
      }
    }
  }

  const tags = new Set(published.flatMap((parsed) => parsed.data?.tags ?? []));
  const pageCount = Math.ceil(published.length / POSTS_PER_PAGE);
  const routes = new Set([
    ...site.staticRoutes.map(normaliseRoute),
    // The first page of the paginated article list (src/pages/blog/[...page].astro).
    "/blog/",
    ...[...publishedIds].map((id) => `/blog/${id}/`),
    ...[...tags].map((tag) => `/tags/${tag}/`),
    ...Array.from({ length: pageCount }, (_, index) => `/blog/${index + 1}/`).slice(1),
    ...[...typeIds].map((id) => `/massage/${id}/`),
    ...[...authorIds].map((id) => `/authors/${id}/`),
    ...[...teamIds].map((id) => `/team/${id}/`),
    ...[...pageIds].map((id) => `/${id}/`),
    // The settings can hide prices, and with them the /prices/ page.
    ...(site.settings && settingsFrom(site.settings.text)?.prices.show === false ? [] : ["/prices/"]),
  ]);
  // Every body is read once and walked against the allowlist (body-rules.ts), drafts too: the preview
  // shows them. What needs the rest of the site is checked here, from the facts that walk returns.
  const publishedFiles = new Set(checkedForReferences.map((parsed) => parsed.file.file));
  for (const file of [...site.posts, ...site.massageTypes, ...site.pages]) {
    const body = readBody(file);
    problems.push(...body.problems);
    for (const { service, field, line } of body.services) {
      if (typeIds.has(service)) continue;
      problems.push(
        problem(
          "unknownChoice",
          { field, value: service, kind: "a massage type", choices: choices(typeIds) },
          { file: file.file, line, field },
        ),
      );
    }
    for (const { src, field, fromContentFolder, line } of body.pictures) {
      const lookedFor = picturePath(file.file, src, fromContentFolder);
      if (!site.files.has(lookedFor))
        problems.push(
          problem("imageNotFound", { field, value: src, lookedFor }, { file: file.file, line, field }),
        );
      else {
        const head = site.readHead?.(lookedFor);
        const wrong = pictureProblem(
          { field, value: src, path: lookedFor, head },
          { file: file.file, line, field },
        );
        if (wrong) problems.push(wrong);
      }
    }
    // Drafts and scheduled posts may link to pages that are not out yet: they wait.
    if (!file.file.startsWith("content/posts/") || publishedFiles.has(file.file))
      problems.push(...checkInternalLinks(file.file, body.siteLinks, routes));
  }

  // Menus leave out the prices link when prices are hidden, so the copy files may always name it.
  const copyRoutes = new Set([...routes, "/prices/"]);
  for (const file of site.copy) {
    const schema = COPY_SCHEMAS[file.file];
    if (schema) problems.push(...copyProblems(schema, file.text, file.file));
    problems.push(...checkInternalLinks(file.file, yamlLinks(file), copyRoutes));
    if (file.file.endsWith("/home.yaml")) {
      problems.push(...cardLinkProblems(file.file, file.text, publishedIds, typeIds));
    }
    problems.push(...copyPhotoProblems(file, site.files, site.readHead));
  }

  if (site.settings) {
    problems.push(...settingsProblems(site.settings.text, site.settings.file));
    const settings = settingsFrom(site.settings.text);
    if (settings) {
      const uses: BookingServiceUse[] = typeFiles.flatMap((parsed) => {
        if (!parsed.data) return [];
        const at = (path: Array<string | number>) => ({
          file: parsed.file.file,
          field: path.join("."),
          line: parsed.source?.lineOf(path),
        });
        return [
          { service: parsed.data.bookingService, ...at(["bookingService"]) },
          ...parsed.data.sessions.flatMap((session, index) =>
            session.bookingService === undefined
              ? []
              : [{ service: session.bookingService, ...at(["sessions", index, "bookingService"]) }],
          ),
        ];
      });
      const source = readYaml(site.settings.text, site.settings.file);
      const line = source.lineOf(["booking", "url"]);
      problems.push(...bookingUrlProblems(settings.booking, uses, { file: site.settings.file, line }));
      const logo = settings.brand?.logo;
      if (logo !== undefined) {
        const lookedFor = resolveSettingPicture(site.settings.file, logo);
        const where = {
          file: site.settings.file,
          field: "brand.logo",
          line: source.lineOf(["brand", "logo"]),
        };
        if (!site.files.has(lookedFor))
          problems.push(problem("imageNotFound", { field: "brand.logo", value: logo, lookedFor }, where));
        else problems.push(...pictureCheck("brand.logo", logo, lookedFor, where));
      }
    }
  }
  if (site.quiz) {
    const conditions = typeFiles.flatMap((parsed) => parsed.data?.askDoctorFirst ?? []);
    problems.push(...quizProblems(site.quiz.text, site.quiz.file, [...typeIds], conditions));
  }
  return {
    problems,
    published: {
      posts: published.flatMap((parsed) =>
        parsed.data ? [{ id: idOf(parsed.file.file), title: parsed.data.title }] : [],
      ),
      massageTypes: typeFiles.flatMap((parsed) =>
        parsed.data ? [{ id: idOf(parsed.file.file), name: parsed.data.name }] : [],
      ),
    },
  };
}
