// A build reuses a post's page from the previous build when its data, the site's shared data and
// its code are unchanged (Astro's experimental.incrementalBuild, src/data/page-cache.ts). What it
// publishes must be what rendering every page gives: this builds one copy again and again, as a
// host keeping its build cache would, and compares with `astro build --force` after each edit.
// Nine builds: the first, an edit, every page rendered, nothing changed, an author's name, the
// year, a picture replaced, every page rendered, the counting module changed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLE, buildSiteCopy, rebuildSiteCopy, type BuiltSite } from "../../scripts/site-copy.ts";

const POST = (slug: string) => `content/posts/${slug}.mdx`;
const EDITED = "knots-trigger-points-and-desk-posture";
const WITH_QUIZ = "massage-stress-and-sleep";
const WITH_PHOTO = "what-research-says-about-massage-for-back-pain";
// A published post: a draft has no page, so nothing about it could be compared.
const WITH_BODY_IMAGE = "gentle-movement-between-massage-sessions";
const BUILD_DATE = "2026-11-26";

const plainPicture = (background: string) =>
  sharp({ create: { width: 2400, height: 1600, channels: 3, background } })
    .png()
    .toBuffer();
/** The picture in WITH_BODY_IMAGE's text, then the one that replaces it under the same name. */
const bodyImages: Buffer[] = [];

const postSlugs = readdirSync("content/posts")
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.replace(/\.mdx$/, ""));

/** Posts whose page the build copied from the last one instead of rendering. */
function reusedPosts(output: string): string[] {
  return [...output.matchAll(/├─ \/blog\/([\w-]+)\/index\.html \((?:restored|cached)\)/g)]
    .map((match) => match[1]!)
    .sort();
}

/** Every published file (search index included), by path. */
function publishedFiles(dir: string): Map<string, Buffer> {
  const dist = join(dir, "dist");
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dist.length + 1), readFileSync(path)] as const;
      }),
  );
}

function differences(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => !before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0))).sort();
}

describe("a build reusing unchanged posts from the previous build", () => {
  let copy: BuiltSite | undefined;
  afterAll(() => copy?.remove());

  const build = (options: Parameters<typeof rebuildSiteCopy>[1] = {}) => {
    const run = rebuildSiteCopy(copy!, { ...options, env: { BUILD_DATE, ...options.env } });
    expect(run.ok, run.output.slice(-3000)).toBe(true);
    return run;
  };

  it("publishes what rendering every page publishes, and renders only the posts an edit touches", async () => {
    // A post with a photo: reused, its page must still come with the resized copies only.
    const photo = await plainPicture("#5c7a70");
    bodyImages.push(await plainPicture("#7a5c66"), await plainPicture("#3d4f8a"));
    copy = buildSiteCopy({
      env: { BUILD_DATE },
      changes: {
        [POST(WITH_PHOTO)]: (text) =>
          text.replace(
            /^title: .*$/m,
            (title) => `${title}\nheroImage: ./images/photo.png\nheroAlt: "A plain green picture"`,
          ),
        [POST(WITH_BODY_IMAGE)]: (text) => `${text}\n![A plain picture](./images/In-Body.PNG)\n`,
        // Counting on: every page carries the counting module (the last test changes its code).
        "content/settings.yaml": (text) =>
          `${text}\ncounting:\n  provider: goatcounter\n  endpoint: https://still-point.goatcounter.com/count\n`,
      },
      prepare: (dir) => {
        mkdirSync(join(dir, "content/posts/images"), { recursive: true });
        writeFileSync(join(dir, "content/posts/images/photo.png"), photo);
        writeFileSync(join(dir, "content/posts/images/In-Body.PNG"), bodyImages[0]!);
      },
    });
    expect(copy.ok, copy.output.slice(-3000)).toBe(true);
    expect(reusedPosts(copy.output)).toEqual([]);
    // Each MDX file is bundled once (src/integrations/mdx-content.ts). Astro's per-entry wrapper,
    // which doubled the modules, warned once per entry in every build's log.
    expect(copy.output).not.toContain("astroPropagatedAssets");

    // One post's title (shown on its own page and in its neighbours' links and related lists), and
    // the quiz added to another (an island, whose style the build moves into <head>).
    const edited = build({
      changes: {
        [POST(EDITED)]: (text) => text.replace(/^title: .*$/m, "title: Knots, explained"),
        [POST(WITH_QUIZ)]: (text) => `${text}\n<Quiz />\n`,
      },
    });
    const reused = reusedPosts(edited.output);
    expect(edited.output).toMatch(/Pagefind indexed \d+ pages/);
    expect(reused).toContain(WITH_PHOTO);
    expect(reused).not.toContain(EDITED);
    expect(reused).not.toContain(WITH_QUIZ);
    expect(reused.length).toBeGreaterThan(0);
    expect(reused.length).toBeLessThan(postSlugs.length - 2);
    // The quiz changed that post's text alone: the pages next to it show its card (title, date,
    // description), not its text, so they are reused, unless they show the edited title.
    const dist = join(copy.dir, "dist/blog");
    const page = (slug: string) => readFileSync(join(dist, slug, "index.html"), "utf8");
    const nextToQuiz = [...page(WITH_QUIZ).matchAll(/href="\/blog\/([\w-]+)\/" rel="(?:prev|next)"/g)]
      .map((match) => match[1]!)
      .filter((slug) => !page(slug).includes("Knots, explained"));
    expect(nextToQuiz.length).toBeGreaterThan(0);
    expect(reused).toEqual(expect.arrayContaining(nextToQuiz));
    const afterEdit = publishedFiles(copy.dir);
    const rendered = build({ args: ["--force"] });
    expect(reusedPosts(rendered.output)).toEqual([]);
    const everyPageRendered = publishedFiles(copy.dir);
    expect(differences(afterEdit, everyPageRendered)).toEqual([]);
    const photos = [...afterEdit.keys()].filter((name) => name.startsWith("_astro/photo"));
    expect(photos.length).toBeGreaterThan(0);
    expect(photos.filter((name) => name.endsWith(".png"))).toEqual([]);
    expect(everyPageRendered.get(`blog/${WITH_QUIZ}/index.html`)?.toString()).toContain("<astro-island");
    const showingNewTitle = postSlugs.filter((slug) =>
      everyPageRendered.get(`blog/${slug}/index.html`)?.toString().includes("Knots, explained"),
    );
    expect(showingNewTitle.length).toBeGreaterThan(2);

    // Nothing changed: every post is reused, the one with the quiz too, and the site is the same
    // (its island style moved, its sitemap date given, as when it was rendered).
    const unchanged = build();
    const published = postSlugs.filter((slug) => everyPageRendered.has(`blog/${slug}/index.html`)).sort();
    expect(published.length).toBeGreaterThan(5);
    expect(reusedPosts(unchanged.output)).toEqual(published);
    // No page changed, so the search index kept from the last build is published again. (The build
    // rendering every page reused it too; its comparison above is with the index Pagefind wrote
    // for the same pages in the edit's build.)
    expect(unchanged.output).toMatch(/Pagefind index of \d+ pages reused/);
    expect(differences(everyPageRendered, publishedFiles(copy.dir))).toEqual([]);
  }, 300_000);

  it("renders every post again when shared data or the year changes", () => {
    expect(copy, "the first test builds the copy").toBeDefined();
    // An author's name appears on each of their posts; the collections every page may show are
    // part of every post's key.
    const author = build({
      changes: {
        "content/authors/derrick-allen.yaml": (text) => text.replace("Derrick Allen", "Derrick J. Allen"),
      },
    });
    expect(reusedPosts(author.output)).toEqual([]);
    const article = ARTICLE.replace(/^content\/posts\/(.*)\.mdx$/, "blog/$1/index.html");
    expect(readFileSync(join(copy!.dir, "dist", article), "utf8")).toContain("Derrick J. Allen");

    // The footer's year comes from the build's date.
    const nextYear = build({ env: { BUILD_DATE: "2027-01-04" } });
    expect(reusedPosts(nextYear.output)).toEqual([]);
    expect(readFileSync(join(copy!.dir, "dist/blog", EDITED, "index.html"), "utf8")).toContain("© 2027");
  }, 300_000);

  // The next test builds as of the year above: the copy's cache is up to date for that date.
  const NEXT_YEAR = { BUILD_DATE: "2027-01-04" };

  // Named as a camera names it, its ending in capitals: the pictures' bytes reach the page's code
  // through a glob (src/data/content-images.ts) that once matched lowercase endings only.
  it("renders a post again when a picture in its text is replaced under the same name", () => {
    expect(copy, "the first test builds the copy").toBeDefined();
    writeFileSync(join(copy!.dir, "content/posts/images/In-Body.PNG"), bodyImages[1]!);
    const replaced = build({ env: NEXT_YEAR });
    expect(reusedPosts(replaced.output)).not.toContain(WITH_BODY_IMAGE);
    const afterReplace = publishedFiles(copy!.dir);
    build({ env: NEXT_YEAR, args: ["--force"] });
    expect(differences(afterReplace, publishedFiles(copy!.dir))).toEqual([]);
  }, 300_000);

  // The counting module is bundled while the pages render, outside the code Astro hashes
  // (src/data/counting.ts): a change to it must still reach every post (found by a review of the
  // page cache, 2026-12-07).
  it("renders every post again when the counting module's code changes", () => {
    expect(copy, "the first test builds the copy").toBeDefined();
    const client = join(copy!.dir, "src/lib/counting/client.ts");
    const code = readFileSync(client, "utf8");
    const changed = code.replace('"a[href]"', '"a[href]:not([data-uncounted])"');
    expect(changed).not.toBe(code);
    writeFileSync(client, changed);
    const rebuilt = build({ env: NEXT_YEAR });
    expect(reusedPosts(rebuilt.output)).toEqual([]);
    expect(readFileSync(join(copy!.dir, "dist/blog", EDITED, "index.html"), "utf8")).toContain(
      "data-uncounted",
    );
  }, 300_000);
});
