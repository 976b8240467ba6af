import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ARTICLE } from "../../scripts/site-copy.ts";
import { FEED_SIZE } from "../../src/lib/content/posts.ts";
import { preCheck } from "../support/pre-check.ts";
import { solidPng } from "../support/png.ts";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { heroPost, publishedVariant } from "../support/variants.ts";

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture did not change: ${from}`);
  return changed;
};

// The published site with the new, reviewed and scheduled posts (tests/support/variants.ts).
let site: BuiltVariant;
beforeAll(async () => {
  site = builtVariant(await publishedVariant());
}, 600_000);

// The mistakes docs/CONTENT.md lists, all in one pre-check: the build must list every one of them.
describe("the marketer's mistakes from docs/CONTENT.md all stop one build, each named", () => {
  const OTHER = "content/posts/massage-stress-and-sleep.mdx";
  const THIRD = "content/posts/neck-pain-that-starts-in-the-back.mdx";
  const all =
    (...changes: Array<(text: string) => string>) =>
    (text: string) =>
      changes.reduce((changed, change) => change(changed), text);
  let output = "";
  let ok = true;
  beforeAll(async () => {
    ({ ok, output } = await preCheck({
      [ARTICLE]: all(
        replace(/^description: .*(?:\n {2}.*)*$/m, 'description: "Too short."'),
        replace("author: derrick-allen", "author: derek-allen"),
        replace(/^tags:/m, "related: [gone-post]\ntags:"),
        replace(
          "Do you suffer from persistent back pain?",
          "See [this](/blog/no-such-post/).\n\n![](./images/desk.jpg)\n\nDo you suffer?",
        ),
      ),
      [THIRD]: all(replace(/^title: .*\n(?: {2}.*\n)*/m, ""), replace(/^pubDate: .*$/m, "pubDate: someday")),
      [OTHER]: all(
        replace(/^title: .*(?:\n {2}.*)*$/m, 'title: "6 Reasons You Should Get a Massage for Back Pain"'),
        (text) => `${text}\n<BookingButton service="deep-tisue" />\n`,
      ),
      "content/settings.yaml": replace(/^ {2}url: https:\/\//m, "  url: http://"),
      "content/quiz.yaml": replace(
        "weights: { deep-tissue: 2, hot-stone: 1",
        "weights: { deep-tisue: 2, hot-stone: 1",
      ),
      "content/copy/home.yaml": all(
        replace("post: what-research-says-about-massage-for-back-pain", "post: sciatica-and-massage"),
        replace("massageType: myofascial-release", "massageType: myofascial"),
        replace("(/blog/when-to-see-a-doctor-before-a-massage/)", "(/blog/when-to-see-a-doctor/)"),
      ),
    }));
  });
  const SIX = String.raw`content/posts/six-reasons-to-get-a-massage-for-back-pain\.mdx`;
  const cases: Array<[string, RegExp]> = [
    [
      "a description that is too short",
      new RegExp(
        `^${SIX}:3 {2}description "Too short\\." is not accepted\\. Write 50 to 160 characters`,
        "m",
      ),
    ],
    [
      "an unknown author",
      new RegExp(
        `^${SIX}:\\d+ {2}author "derek-allen" is not an author in content/authors/\\. Use one of: clinical-team, derrick-allen or jordan-reyes\\.$`,
        "m",
      ),
    ],
    [
      "a related: entry naming a missing post",
      new RegExp(`^${SIX}:\\d+ {2}related "gone-post" is not a published post\\. Use one of: `, "m"),
    ],
    [
      "an internal link to a post that does not exist",
      new RegExp(`^${SIX}:\\d+ {2}The link to /blog/no-such-post/ goes to a page that does not exist`, "m"),
    ],
    [
      "an image without alt text",
      new RegExp(`^${SIX}:\\d+ {2}The image !\\[\\]\\(\\./images/desk\\.jpg\\) has no alt text\\.`, "m"),
    ],
    [
      "a missing title",
      /^content\/posts\/neck-pain-that-starts-in-the-back\.mdx {2}title is missing\. Add it, e\.g\. title: "/m,
    ],
    [
      "a malformed date",
      /^content\/posts\/neck-pain-that-starts-in-the-back\.mdx:\d+ {2}pubDate "someday" is not a real date\. Write it as YYYY-MM-DD, e\.g\. 2026-03-14\.$/m,
    ],
    [
      "two posts with the same title",
      new RegExp(
        `^${SIX} {2}title is the same as in content/posts/massage-stress-and-sleep\\.mdx\\. Give each post its own title\\.$`,
        "m",
      ),
    ],
    [
      "a home card pointing to a draft",
      /^content\/copy\/home\.yaml:\d+ {2}helpsWith\.cards\.0\.post "sciatica-and-massage" is not a published post\./m,
    ],
    [
      "a home card pointing to a missing massage type",
      /^content\/copy\/home\.yaml:\d+ {2}helpsWith\.cards\.3\.massageType "myofascial" is not a massage type\./m,
    ],
    [
      "a link in the site's words to a page that does not exist",
      /^content\/copy\/home\.yaml:\d+ {2}The link to \/blog\/when-to-see-a-doctor\/ goes to a page that does not exist/m,
    ],
    [
      "a booking button for a massage type that does not exist",
      /^content\/posts\/massage-stress-and-sleep\.mdx:\d+ {2}BookingButton service "deep-tisue" is not a massage type\. Use one of: chair, deep-tissue, /m,
    ],
    [
      "a booking URL without https in the settings",
      /^content\/settings\.yaml:\d+ {2}booking\.url "http:\/\/booking\.example\.com\/still-point" does not start with https:\/\/\. /m,
    ],
    [
      "a quiz answer weighting a massage type that does not exist",
      /^content\/quiz\.yaml:\d+ {2}steps\.\d+\.questions\.\d+\.answers\.\d+\.weights\.deep-tisue "deep-tisue" is not a massage type in content\/massage-types\/\. Use one of: /m,
    ],
  ];
  it("the build fails", () => expect(ok).toBe(false));
  for (const [name, pattern] of cases) {
    it(name, () => expect(output).toMatch(pattern));
  }
});

describe("a new post", () => {
  it("a post made with npm run new:post builds once its draft flag is off", () => {
    expect(site.ok, site.output.slice(-2000)).toBe(true);
    expect(site.output).toMatch(/blog\/a-brand-new-post-on-posture\/index\.html/);
  });
});

/** Every page in a build's output folder, by its path inside it. */
const builtPages = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));

// More articles in English than in Spanish: the list's later pages exist in one language only.
describe("translations named to search engines", () => {
  it("every page names as its translation (hreflang) only pages the site publishes to search engines, the sitemap too", () => {
    expect(site.ok, site.output.slice(-2000)).toBe(true);
    const dist = join(site.dir, "dist");
    // Built, and not kept out of search (the variant's Spanish privacy page is still the example
    // text, its English page confirmed).
    const published = (url: string) => {
      const path = decodeURIComponent(new URL(url).pathname);
      const file = join(dist, path.endsWith("/") ? `${path}index.html` : path);
      return (
        existsSync(file) && !readFileSync(file, "utf8").includes('<meta name="robots" content="noindex">')
      );
    };
    expect(readFileSync(join(dist, "privacy/index.html"), "utf8")).not.toContain('content="noindex"');
    expect(readFileSync(join(dist, "es/privacy/index.html"), "utf8")).toContain('content="noindex"');
    const pages = builtPages(dist);
    const named = pages.flatMap((file) =>
      [
        ...readFileSync(join(dist, file), "utf8").matchAll(
          /<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g,
        ),
      ].map((match) => ({ file, url: match[1]! })),
    );
    expect(named.length).toBeGreaterThan(50);
    // The variant has a second page of articles in English only.
    expect(existsSync(join(dist, "blog/2/index.html"))).toBe(true);
    expect(existsSync(join(dist, "es/blog/2/index.html"))).toBe(false);
    expect(named.filter(({ url }) => !published(url))).toEqual([]);
    const sitemap = readdirSync(dist)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(dist, file), "utf8"))
      .join("");
    const inSitemap = [
      ...sitemap.matchAll(/<xhtml:link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g),
    ].map((match) => match[1]!);
    expect(inSitemap.length).toBeGreaterThan(20);
    expect(inSitemap.filter((url) => !published(url))).toEqual([]);
  });
});

// A photo named as a camera names it (Camera-Photo.JPG): the check accepts any case of a
// picture's ending, so the build must find the file, and resize it, by that name too.
describe("a picture whose file ending is in capitals", () => {
  it("is found and resized for a <Figure> in a post", () => {
    expect(site.ok, site.output.slice(-2000)).toBe(true);
    const page = readFileSync(join(site.dir, "dist/blog/back-pain-at-the-desk/index.html"), "utf8");
    const figure = [...page.matchAll(/<figure[^>]*>[\s\S]*?<\/figure>/g)]
      .map((match) => match[0])
      .find((html) => html.includes("under a camera's file name"));
    expect(figure).toMatch(/<img[^>]+src="\/_astro\/Camera-Photo\.[^"]+"/);
  });
});

// A photo in another language's words file is named from that file, as the check reads it (the
// build looked next to the English file: found by a review of the check against the build).
describe("a photo in the Spanish words", () => {
  it("is found next to the Spanish file and shown on the Spanish home page only", () => {
    expect(site.ok, site.output.slice(-2000)).toBe(true);
    const spanish = readFileSync(join(site.dir, "dist/es/index.html"), "utf8");
    expect(spanish).toMatch(
      /<img[^>]+src="\/_astro\/sala\.[^"]+"[^>]*alt="La sala de masaje, con la camilla preparada"|alt="La sala de masaje, con la camilla preparada"[^>]+src="\/_astro\/sala\./,
    );
    expect(readFileSync(join(site.dir, "dist/index.html"), "utf8")).not.toContain("sala.");
  });
});

// A video is allowed in a policy page's text, so its page must allow the player as a post's does:
// the preview allowed it on every page, the build on posts and massage types only (found by a
// review of the preview against the build).
describe("a video on a policy page", () => {
  it("is allowed by that page's policy, and only that page's", () => {
    expect(site.ok, site.output.slice(-2000)).toBe(true);
    const policy = (page: string) =>
      /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
        readFileSync(join(site.dir, "dist", page), "utf8"),
      )?.[1] ?? "";
    expect(policy("first-visit/index.html")).toContain("frame-src https://www.youtube-nocookie.com");
    expect(policy("privacy/index.html")).not.toContain("frame-src");
  });

  it("speaks the page's language, and its link to YouTube keeps the page's address to itself", () => {
    const html = (page: string) => readFileSync(join(site.dir, "dist", page), "utf8");
    const spanish = html("es/first-visit/index.html");
    expect(spanish).toContain("Reproducir el vídeo: Cómo es una primera sesión");
    expect(spanish).toMatch(
      /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ" rel="noopener noreferrer">Ver en YouTube<\/a>/,
    );
    expect(spanish).not.toContain("Play video");
    expect(html("first-visit/index.html")).toMatch(
      /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ" rel="noopener noreferrer">Watch on YouTube<\/a>/,
    );
  });
});

// The variant publishes more articles than a feed holds (29 in English).
describe("the feed", () => {
  it("holds the newest articles, newest first, as many as FEED_SIZE, in the list's order", () => {
    expect(site.ok, site.output.slice(-2000)).toBe(true);
    const dist = join(site.dir, "dist");
    const feedLinks = [
      ...readFileSync(join(dist, "rss.xml"), "utf8").matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g),
    ].map((match) => new URL(match[1]!).pathname);
    const listed = ["blog/index.html", "blog/2/index.html", "blog/3/index.html"].flatMap((page) =>
      [...readFileSync(join(dist, page), "utf8").matchAll(/<h2[^>]*>\s*<a href="([^"]+)"/g)].map(
        (match) => match[1]!,
      ),
    );
    expect(listed.length).toBeGreaterThan(FEED_SIZE);
    expect(feedLinks).toEqual(listed.slice(0, FEED_SIZE));
  });
});

// `npm test` validates the site's own pages; these are the pages a marketer's additions make.
describe("the published variant's markup", () => {
  it("every page passes html-validate with the site's rules (.htmlvalidate.json)", async () => {
    expect(site.ok, site.output.slice(-2000)).toBe(true);
    const dist = join(site.dir, "dist");
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(dist, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("optional post fields", () => {
  it("renders a hero image with its alt text and a 'Reviewed by … on …' line; holds back a scheduled post", () => {
    expect(site.ok, site.output.slice(-3000)).toBe(true);
    const html = readFileSync(join(site.dir, "dist/blog/with-hero/index.html"), "utf8");
    expect(html).toMatch(/<img[^>]+alt="A therapist working on a lower back"/);
    expect(html).toMatch(
      /Reviewed by <a href="\/authors\/derrick-allen\/"[^>]*>Derrick Allen<\/a> on <time[^>]*>March 1, 2026/,
    );
    // `updatedDate: null`, as the editor writes a date cleared with its button: left out, no "Updated".
    expect(html).not.toMatch(/Updated <time/);
    // Its last change is the clinical review it shows (March 1), a calendar day as the post gives it.
    expect(html).toContain('"dateModified":"2026-03-01"');
    // A review more than a year old: the page says so plainly, and the build warns.
    const stale = readFileSync(join(site.dir, "dist/blog/reviewed-long-ago/index.html"), "utf8");
    expect(stale).toContain("This article was last reviewed on January 15, 2024, more than a year ago");
    expect(html).not.toContain("more than a year ago");
    expect(site.output).toMatch(
      /Clinical reviews to renew:[\s\S]*reviewed-long-ago\.mdx {2}reviewedDate 2024-01-15 is more than a year ago/,
    );
    expect(existsSync(join(site.dir, "dist/blog/scheduled-for-later/index.html"))).toBe(false);
    expect(readFileSync(join(site.dir, "dist/sitemap-0.xml"), "utf8")).not.toContain("scheduled-for-later");
  });

  it("a hero image without heroAlt stops the build naming heroAlt", async () => {
    const result = await preCheck(
      { "content/posts/with-hero.mdx": () => heroPost("") },
      { files: { "content/posts/images/hero.png": solidPng(1200, 600) } },
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/with-hero/);
    expect(result.output).toMatch(/heroAlt/);
  });
});
