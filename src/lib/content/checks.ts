/** One mistake in a content file, worded for the marketer who has to fix it. */
export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  hint: string;
}

export interface ContentFile {
  file: string;
  /** The whole file, frontmatter included, so line numbers match the editor. */
  text: string;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((problem) => {
    const where = `${problem.file}${problem.line ? `:${problem.line}` : ""}`;
    const field = problem.field ? ` (${problem.field})` : "";
    return `  - ${where}${field}: ${problem.message}\n    Fix: ${problem.hint}`;
  });
  return `The content has ${problems.length === 1 ? "a mistake" : `${problems.length} mistakes`}; nothing was published:\n${lines.join("\n")}`;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
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
  const problems: ContentProblem[] = [];
  for (const pattern of LINK_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const target = match[1] ?? "";
      if (target.startsWith("//")) continue;
      if (routes.has(normaliseRoute(target))) continue;
      problems.push({
        file,
        line: lineOf(text, match.index),
        message: `the link to ${target} goes to a page that does not exist (or is a draft).`,
        hint: "check the spelling; a post's address is /blog/ followed by its file name without .mdx and a final /.",
      });
    }
  }
  return problems;
}

/** Component and image mistakes that would otherwise surface only as a broken page. */
export function checkComponents(
  { file, text }: ContentFile,
  massageTypeIds: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of text.matchAll(/<BookingButton\b([^>]*)>/g)) {
    const service = /\bservice=["']([^"']*)["']/.exec(match[1] ?? "")?.[1];
    if (service !== undefined && !massageTypeIds.has(service)) {
      problems.push({
        file,
        line: lineOf(text, match.index),
        field: "BookingButton service",
        message: `service="${service}" is not a massage type.`,
        hint: `use one of: ${[...massageTypeIds].sort().join(", ")}.`,
      });
    }
  }
  for (const match of text.matchAll(/<Figure\b([^>]*)\/?>/g)) {
    const alt = /\balt=["']([^"']*)["']/.exec(match[1] ?? "")?.[1];
    if (alt === undefined || alt.trim() === "") {
      problems.push({
        file,
        line: lineOf(text, match.index),
        field: "Figure alt",
        message: "the image has no alt text.",
        hint: 'add alt="…" describing what the image shows, for people who cannot see it.',
      });
    }
  }
  for (const match of text.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)) {
    if ((match[1] ?? "").trim() === "") {
      problems.push({
        file,
        line: lineOf(text, match.index),
        field: "image alt",
        message: `the image ${match[2]} has no alt text.`,
        hint: "write a description between the square brackets: ![A therapist working on a client's shoulder](…).",
      });
    }
  }
  return problems;
}

export interface PostSummary {
  file: string;
  id: string;
  title: string;
  related: readonly string[];
}

/** Two posts with one title, or two files that would publish at one address. */
export function checkDuplicates(posts: readonly PostSummary[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = (key: (post: PostSummary) => string, what: string, hint: string) => {
    const first = new Map<string, PostSummary>();
    for (const post of posts) {
      const value = key(post);
      const earlier = first.get(value);
      if (earlier) {
        problems.push({ file: post.file, field: what, message: `same ${what} as ${earlier.file}.`, hint });
      } else first.set(value, post);
    }
  };
  seen((post) => post.title.trim().toLowerCase(), "title", "give each post its own title.");
  seen((post) => post.id, "slug", "rename one of the files: the file name is the post's address.");
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
      .map((id) => ({
        file: post.file,
        field: "related",
        message: id === post.id ? "a post cannot be related to itself." : `"${id}" is not a published post.`,
        hint: "list file names of other published posts, without .mdx.",
      })),
  );
}

/** Authors and reviewers must have a file in content/authors/. */
export function checkAuthors(
  posts: readonly { file: string; author: string; reviewedBy?: string | undefined }[],
  authorIds: ReadonlySet<string>,
): ContentProblem[] {
  const hint = `use a file name from content/authors/ without .yaml: ${[...authorIds].sort().join(", ")}.`;
  return posts.flatMap((post) => {
    const problems: ContentProblem[] = [];
    if (!authorIds.has(post.author)) {
      problems.push({ file: post.file, field: "author", message: `unknown author "${post.author}".`, hint });
    }
    if (post.reviewedBy !== undefined && !authorIds.has(post.reviewedBy)) {
      problems.push({
        file: post.file,
        field: "reviewedBy",
        message: `unknown reviewer "${post.reviewedBy}".`,
        hint,
      });
    }
    return problems;
  });
}
