import { pictureProblem } from "./media";
import { choices } from "./messages";
import { problem, type ContentProblem } from "./problems";
import { youtubeProblems } from "./youtube";

export type { ContentProblem } from "./problems";

export interface ContentFile {
  /** Relative to the project, e.g. content/posts/x.mdx. */
  file: string;
  /** The whole file, frontmatter included, so line numbers match the editor. */
  text: string;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** The body of an MDX file with the frontmatter blanked out, so indices keep their lines. */
export function bodyOf(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---/.exec(text);
  return match ? match[0].replace(/[^\n]/g, " ") + text.slice(match[0].length) : text;
}

/** A path as the router sees it: no query or fragment, always a trailing slash unless a file. */
export function normaliseRoute(path: string): string {
  const bare = path.split(/[?#]/)[0] ?? "";
  if (bare === "" || bare === "/") return "/";
  if (/\.[a-z0-9]+$/i.test(bare)) return bare;
  return bare.endsWith("/") ? bare : `${bare}/`;
}

const LINK_PATTERNS = [
  /\]\((\/[^)\s]*)[^)]*\)/g,
  /\bhref=["'](\/[^"']*)["']/g,
  // `path: /blog/` in the YAML files of content/copy.
  /^[ \t]*(?:- )?(?:\{[^\n]*?)?\bpath: *["']?(\/[^"'\s},]*)/gm,
];

/** Root-relative links in the body that lead to no page this build publishes. */
export function checkInternalLinks(
  { file, text }: ContentFile,
  routes: ReadonlySet<string>,
): ContentProblem[] {
  const body = bodyOf(text);
  const problems: ContentProblem[] = [];
  for (const pattern of LINK_PATTERNS) {
    for (const match of body.matchAll(pattern)) {
      const target = match[1] ?? "";
      if (target.startsWith("//")) continue;
      if (routes.has(normaliseRoute(target))) continue;
      problems.push(
        problem("brokenLink", { target }, { file, line: lineOf(body, match.index), field: "link" }),
      );
    }
  }
  return problems;
}

const YOUTUBE_ID = /(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?v=|shorts\/)|youtu\.be\/)([\w-]{11})/;

function insteadOf(tag: string, snippet: string): string {
  if (tag === "iframe") {
    const id = YOUTUBE_ID.exec(snippet)?.[1];
    if (id) return `Use the YouTube component instead: <YouTube id="${id}" title="What the video shows" />.`;
    return 'Only YouTube videos can be embedded, with <YouTube id="…" title="…" />; for anything else ask a developer to add a component.';
  }
  if (tag === "script")
    return "Remove it. Scripts cannot run in posts; ask a developer to add a component for what it does.";
  if (tag === "style")
    return "Remove it. Styles are set for the whole site; use <Callout> or <Figure> for a special look.";
  if (tag === "img")
    return 'Use ![Description](./images/name.jpg) or <Figure src="posts/images/name.jpg" alt="…" />.';
  if (tag === "handler")
    return "Remove the handler. Use <BookingButton>, <QuizCallout> or a plain link instead.";
  return "Remove it, or ask a developer to add a component for it.";
}

/** Raw HTML the production Content-Security-Policy would block, so the preview can never show it. */
export function checkRawHtml({ file, text }: ContentFile): ContentProblem[] {
  const body = bodyOf(text);
  const problems: ContentProblem[] = [];
  for (const match of body.matchAll(/<(iframe|script|style|img|object|embed)\b[^>]*>?/gi)) {
    const tag = (match[1] ?? "").toLowerCase();
    problems.push(
      problem(
        "rawHtml",
        { snippet: `<${tag}>`, instead: insteadOf(tag, match[0]) },
        { file, line: lineOf(body, match.index), field: `<${tag}>` },
      ),
    );
  }
  // Any case: onclick= in HTML, onClick= as JSX writes it.
  for (const match of body.matchAll(/<[A-Za-z][\w.]*\b[^>]*?\s(on[a-z]+)\s*=/gi)) {
    const handler = match[1] ?? "on…";
    problems.push(
      problem(
        "rawHtml",
        { snippet: `${handler}=…`, instead: insteadOf("handler", match[0]) },
        { file, line: lineOf(body, match.index), field: handler },
      ),
    );
  }
  return problems;
}

/**
 * MDX reads a line starting with import or export as code. A post has no use for it (its components
 * come without an import), and the build does not carry the styles of what a post imports
 * (src/integrations/mdx-content.ts), so such a line stops the build.
 */
export function checkCodeLines({ file, text }: ContentFile): ContentProblem[] {
  const body = bodyOf(text);
  return [...body.matchAll(/^(import|export)\b.*$/gm)].map((match) =>
    problem(
      "codeLine",
      { snippet: match[0].length > 60 ? `${match[0].slice(0, 59)}…` : match[0] },
      { file, line: lineOf(body, match.index), field: match[1] ?? "import" },
    ),
  );
}

/** Where a relative image path points, as a path below the project, e.g. content/posts/images/a.jpg. */
export function resolveImage(fromFile: string, src: string): string {
  const parts = fromFile.split("/").slice(0, -1);
  for (const part of src.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

/** Component and image mistakes that would otherwise surface only as a broken page. */
export function checkComponents(
  { file, text }: ContentFile,
  massageTypeIds: ReadonlySet<string>,
  files?: ReadonlySet<string>,
  readHead?: (file: string) => Uint8Array | undefined,
): ContentProblem[] {
  const body = bodyOf(text);
  const notAPicture = (field: string, value: string, path: string, line: number) => {
    const wrong = pictureProblem({ field, value, path, head: readHead?.(path) }, { file, line, field });
    return wrong ? [wrong] : [];
  };
  const problems: ContentProblem[] = [];
  for (const match of body.matchAll(/<BookingButton\b([^>]*)>/g)) {
    const service = /\bservice=["']([^"']*)["']/.exec(match[1] ?? "")?.[1];
    if (service !== undefined && !massageTypeIds.has(service)) {
      problems.push(
        problem(
          "unknownChoice",
          {
            field: "BookingButton service",
            value: service,
            kind: "a massage type",
            choices: choices(massageTypeIds),
          },
          { file, line: lineOf(body, match.index), field: "BookingButton service" },
        ),
      );
    }
  }
  for (const match of body.matchAll(/<YouTube\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? "";
    const where = { file, line: lineOf(body, match.index) };
    const id = /\bid=["']([^"']*)["']/.exec(attributes)?.[1];
    const title = /\btitle=["']([^"']*)["']/.exec(attributes)?.[1];
    problems.push(...youtubeProblems({ id, title }, where));
  }
  for (const match of body.matchAll(/<Figure\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? "";
    const line = lineOf(body, match.index);
    const src = /\bsrc=["']([^"']*)["']/.exec(attributes)?.[1];
    const alt = /\balt=["']([^"']*)["']/.exec(attributes)?.[1];
    if (alt === undefined || alt.trim() === "") {
      problems.push(
        problem(
          "imageNoAlt",
          { snippet: `<Figure src="${src ?? ""}">` },
          { file, line, field: "Figure alt" },
        ),
      );
    }
    if (src !== undefined && files) {
      const lookedFor = `content/${src.replace(/^\.?\/?(content\/)?/, "")}`;
      if (!files.has(lookedFor)) {
        problems.push(
          problem(
            "imageNotFound",
            { field: "Figure src", value: src, lookedFor },
            { file, line, field: "Figure src" },
          ),
        );
      } else problems.push(...notAPicture("Figure src", src, lookedFor, line));
    }
  }
  for (const match of body.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?[^)]*\)/g)) {
    const [, alt = "", src = ""] = match;
    const line = lineOf(body, match.index);
    if (alt.trim() === "")
      problems.push(problem("imageNoAlt", { snippet: match[0] }, { file, line, field: "image alt" }));
    if (/^(https?:)?\/\//.test(src)) {
      problems.push(problem("remoteImage", { src }, { file, line, field: "image" }));
    } else if (files && src !== "" && !src.startsWith("/")) {
      const lookedFor = resolveImage(file, decodeURI(src));
      if (!files.has(lookedFor)) {
        problems.push(
          problem("imageNotFound", { field: "image", value: src, lookedFor }, { file, line, field: "image" }),
        );
      } else problems.push(...notAPicture("image", src, lookedFor, line));
    }
  }
  return problems;
}

export interface PostSummary {
  file: string;
  id: string;
  title: string;
  related: readonly string[];
  /** The line of the related: field, if known. */
  line?: number | undefined;
}

/** Two posts with one title, or two files that would publish at one address: both files named. */
export function checkDuplicates(posts: readonly PostSummary[], section = "blog"): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = Map.groupBy(posts, (post) => post.id);
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const files = group.map((post) => post.file).sort();
    problems.push(
      problem(
        "duplicateAddress",
        { address: `/${section}/${id}/`, files },
        { file: files[0]!, field: "slug" },
      ),
    );
  }
  const firstByTitle = new Map<string, PostSummary>();
  for (const post of posts) {
    const key = post.title.trim().toLowerCase();
    if (key === "") continue;
    const earlier = firstByTitle.get(key);
    if (earlier)
      problems.push(problem("duplicateTitle", { other: earlier.file }, { file: post.file, field: "title" }));
    else firstByTitle.set(key, post);
  }
  return problems;
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

/** Addresses of pages without a [parameter] in their file name, e.g. src/pages/quiz.astro → /quiz/. */
export function staticRoutesFrom(pageFiles: readonly string[]): string[] {
  return pageFiles
    .map((path) => path.replace(/^\/?src\/pages/, ""))
    .filter((path) => !path.includes("[") && /\.(astro|ts|md|mdx)$/.test(path))
    .map((path) => normaliseRoute(path.replace(/\.(astro|ts|md|mdx)$/, "").replace(/(^|\/)index$/, "/")));
}
