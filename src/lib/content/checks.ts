import { choices } from "./messages.ts";
import { problem, type ContentProblem } from "./problems.ts";
import { splitFrontmatter } from "./frontmatter-block.ts";
import { listOfLaterPage } from "./posts.ts";
import { nearest } from "./nearest.ts";

export type { ContentProblem } from "./problems.ts";

export interface ContentFile {
  /** Relative to the project, e.g. content/posts/x.mdx. */
  file: string;
  /** The whole file, frontmatter included, so line numbers match the editor. */
  text: string;
}

/**
 * The body of an MDX file with the frontmatter blanked out, so indices keep their lines. The block
 * ends where the fields' reader (and the MDX compiler) end it, or the whole file is the body: a
 * second rule here let code in the fields through unread when the two disagreed.
 */
export function bodyOf(text: string): string {
  const block = splitFrontmatter(text);
  if (!block) return text;
  return text.slice(0, block.end).replace(/[^\n]/g, " ") + text.slice(block.end);
}

/** A path as the router sees it: no query or fragment, always a trailing slash unless a file. */
export function normaliseRoute(path: string): string {
  const bare = path.split(/[?#]/)[0] ?? "";
  if (bare === "" || bare === "/") return "/";
  if (/\.[a-z0-9]+$/i.test(bare)) return bare;
  return bare.endsWith("/") ? bare : `${bare}/`;
}

/** Links to this site's pages that lead to no page this build publishes. */
export function checkInternalLinks(
  file: string,
  links: readonly { target: string; line?: number | undefined; field?: string | undefined }[],
  routes: ReadonlySet<string>,
): ContentProblem[] {
  return links
    .filter(({ target }) => target.startsWith("/") && !target.startsWith("//"))
    .filter(({ target }) => !routes.has(normaliseRoute(target)))
    .map(({ target, line, field }) =>
      problem(
        "brokenLink",
        // A slip of a few letters (/price/ for /prices/); a long address a few letters off another
        // is more likely a page that is gone or a draft, which no suggestion should paper over.
        { target, suggestion: nearest(normaliseRoute(target), routes, 2) },
        // A words file's link is in a field (an FAQ answer), where the editor shows its mistake.
        { file, line, field: field ?? "link" },
      ),
    );
}

/** Where a relative image path points, as a path below the project, e.g. content/posts/images/a.jpg. */
export function resolveImage(fromFile: string, src: string): string {
  const parts = fromFile.split("/").slice(0, -1);
  for (const part of src.split("/")) {
    if (part === "" || part === ".") continue;
    // Above the project's folder a ".." stays: the path names a file outside it, as the build reads it.
    if (part === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

/**
 * Where a setting's picture path points: a path from the project's folder, as the editor's media
 * library copies it ("content/images/logo.svg"), or a path next to the file ("./images/logo.svg").
 */
export function resolveSettingPicture(fromFile: string, src: string): string {
  return /^\/?content\//.test(src) ? resolveImage("", src) : resolveImage(fromFile, src);
}

/** The file a picture path names: below content/ for a component's, beside the file for Markdown's. */
export function picturePath(fromFile: string, src: string, fromContentFolder: boolean): string {
  if (fromContentFolder) return `content/${src.replace(/^\.?\/?(content\/)?/, "")}`;
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // A stray % is part of the name as written.
  }
  return resolveImage(fromFile, decoded);
}

export interface PostSummary {
  file: string;
  id: string;
  title: string;
  related: readonly string[];
  /** The line of the related: field, if known. */
  line?: number | undefined;
}

/**
 * Two entries of a kind with one title (or name), or two files that would publish at one address:
 * both files named. `section` is the kind's address ("blog" for /blog/<id>/, "" for /<id>/).
 */
export function checkDuplicates(
  posts: readonly PostSummary[],
  section = "blog",
  { field = "title", kind = "post" }: { field?: string; kind?: string } = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = Map.groupBy(posts, (post) => post.id);
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const files = group.map((post) => post.file).sort();
    problems.push(
      problem(
        "duplicateAddress",
        { address: section ? `/${section}/${id}/` : `/${id}/`, files },
        { file: files[0]!, field: "slug" },
      ),
    );
  }
  // Each file of a group is named, with another of the group: the editor shows the file it saves.
  const byTitle = Map.groupBy(
    posts.filter((post) => post.title.trim() !== ""),
    (post) => post.title.trim().toLowerCase(),
  );
  for (const post of posts) {
    const other = byTitle.get(post.title.trim().toLowerCase())?.find((each) => each.file !== post.file);
    if (other)
      problems.push(
        problem("duplicateTitle", { field, kind, other: other.file }, { file: post.file, field }),
      );
  }
  return problems;
}

/**
 * A post named with a number alone would publish at a page of its language's article list
 * (content/posts/2.mdx at /blog/2/): one of the two pages would be lost once the list is that long.
 * `list` is the list's first page, /blog/ or /es/blog/.
 */
export function listPageNameProblems(
  posts: readonly { file: string; id: string }[],
  list = "/blog/",
): ContentProblem[] {
  return posts.flatMap(({ file, id }) => {
    const address = `${list}${id}/`;
    return listOfLaterPage(address) === undefined
      ? []
      : [
          problem(
            "postNamedLikeListPage",
            { name: file.split("/").pop() ?? file, address },
            { file, field: "slug" },
          ),
        ];
  });
}

/** `related:` entries must name published posts, and not the post itself. */
export function checkRelated(
  posts: readonly PostSummary[],
  publishedIds: ReadonlySet<string>,
): ContentProblem[] {
  return posts.flatMap((post) =>
    post.related
      .filter((id) => id === post.id || !publishedIds.has(id))
      .map((id) =>
        id === post.id
          ? problem("relatedSelf", {}, { file: post.file, field: "related", line: post.line })
          : problem(
              "unknownChoice",
              {
                field: "related",
                value: id,
                kind: "a published post",
                choices: choices([...publishedIds].filter((other) => other !== post.id)),
              },
              { file: post.file, field: "related", line: post.line },
            ),
      ),
  );
}

/** Authors and reviewers must have a file in content/authors/. */
export function checkAuthors(
  posts: readonly {
    file: string;
    author?: string | undefined;
    reviewedBy?: string | undefined;
    line?: (field: string) => number | undefined;
  }[],
  authorIds: ReadonlySet<string>,
): ContentProblem[] {
  return posts.flatMap((post) =>
    (["author", "reviewedBy"] as const).flatMap((field) => {
      const value = post[field];
      if (value === undefined || authorIds.has(value)) return [];
      return [
        problem(
          "unknownChoice",
          { field, value, kind: "an author in content/authors/", choices: choices(authorIds) },
          { file: post.file, field, line: post.line?.(field) },
        ),
      ];
    }),
  );
}

/** A page below src/pages/[...lang]/ exists in each of the site's languages: its routes start with this. */
export const LANGUAGE_ROUTE = "/{lang}";

/**
 * Addresses of pages without a [parameter] in their file name, e.g. src/pages/robots.txt.ts →
 * /robots.txt; one below src/pages/[...lang]/ keeps the language's place: /{lang}/quiz/.
 */
export function staticRoutesFrom(pageFiles: readonly string[]): string[] {
  return pageFiles
    .map((path) => path.replace(/^\/?src\/pages/, "").replace(/^\/\[\.\.\.lang\]/, LANGUAGE_ROUTE))
    .filter((path) => !path.replace(LANGUAGE_ROUTE, "").includes("[") && /\.(astro|ts|md|mdx)$/.test(path))
    .map((path) => normaliseRoute(path.replace(/\.(astro|ts|md|mdx)$/, "").replace(/(^|\/)index$/, "/")));
}
