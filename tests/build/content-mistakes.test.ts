import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { preCheck } from "../support/pre-check.ts";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { publishedVariant, stoppedVariant } from "../support/variants.ts";

// Each mistake class from the issue, batched: one build holds one mistake of every kind, and the
// build must list them all, each as "file:line  what is wrong. The fix, e.g. …", before anything else.
// This is the suite's one spawned build that stops (tests/support/variants.ts, stoppedVariant);
// every other mistake is checked in-process by the same pre-check (tests/support/pre-check.ts).
describe("every everyday content mistake stops the build with file, line, field and fix", () => {
  let result = { ok: true, output: "" };
  let lines: string[] = [];
  beforeAll(() => {
    result = builtVariant(stoppedVariant());
    lines = result.output.split("\n");
  }, 600_000);
  const expectLine = (line: string) => expect(lines, result.output.slice(0, 6000)).toContain(line);

  it("fails, and the list comes first, with no stack trace", () => {
    expect(result.ok).toBe(false);
    const first = lines.findIndex((line) => line.trim() !== "");
    expect(lines[first]).toMatch(
      /The content has \d+ mistakes; nothing is published until they are fixed\. Fix each line below and save:$/,
    );
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(result.output).not.toContain("Unable to load your Astro config");
  });

  it("YAML syntax mistakes name the file and the line", () => {
    expectLine(
      'content/posts/yaml-tab.mdx:5  This line is indented with a tab. Indent with spaces only, two per level, e.g. "  - lower-back".',
    );
    expectLine(
      "content/posts/yaml-twice.mdx:7  tags is written twice. Keep one tags: line and delete the other.",
    );
    expectLine(
      'content/posts/yaml-colon.mdx:2  This value contains a colon (:) but is not in quotes. Put the whole value in straight double quotes, e.g. title: "Back pain: what helps".',
    );
    expectLine(
      'content/posts/yaml-curly.mdx:2  title is wrapped in curly quotes (“ ” or ‘ ’), which count as part of the text. Use straight quotes, e.g. title: "Back pain at work". (Word processors curl them.)',
    );
  });

  it("dates are real calendar dates; misspelt and missing fields; unknown names list the choices", () => {
    expectLine(
      'content/posts/fields.mdx:4  pubDate "2026-13-45" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-03-14.',
    );
    expectLine(
      'content/posts/fields.mdx:7  reviewedDate "2026-02-30" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-03-14.',
    );
    expectLine("content/posts/fields.mdx  author is missing. Add it, e.g. author: clinical-team");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/posts\/fields\.mdx:5 {2}autor is not a field this file can have\. Check the spelling\. The fields are: title, description, pubDate, updatedDate, author, .*\.$/,
      ),
    );
    expectLine(
      'content/posts/fields.mdx:6  reviewedBy "derek-allen" is not an author in content/authors/. Use one of: clinical-team, derrick-allen or jordan-reyes.',
    );
    expectLine(
      'content/posts/fields.mdx:8  tag "Lower Back" is not in tag style. Write tags in lowercase with dashes, e.g. lower-back.',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/posts\/fields\.mdx:9 {2}related "no-such-post" is not a published post\. Use one of: /,
      ),
    );
  });

  it("images: the missing file with the path looked for, and missing alt text", () => {
    expectLine(
      'content/posts/body.mdx:7  heroImage "./images/dsk.jpg": there is no file content/posts/images/dsk.jpg. Check the spelling and the folder. The path is relative to the file that names it, e.g. ./images/desk.jpg for content/posts/images/desk.jpg in a post.',
    );
    expectLine(
      'content/posts/body.mdx:11  image "./images/desk.jpg": there is no file content/posts/images/desk.jpg. Check the spelling and the folder. The path is relative to the file that names it, e.g. ./images/desk.jpg for content/posts/images/desk.jpg in a post.',
    );
    expectLine(
      'content/posts/body.mdx:11  The image ![](./images/desk.jpg) has no alt text. Describe what it shows for people who cannot see it: ![A desk with the screen at eye level](…) or alt="…".',
    );
  });

  it("pasted HTML the live site would block names the component to use", () => {
    const blocked =
      "is not allowed in a post: the live site's security policy blocks it, so visitors would see nothing.";
    expectLine(
      `content/posts/body.mdx:13  <iframe> ${blocked} Use the YouTube component instead: <YouTube id="dQw4w9WgXcQ" title="What the video shows" />.`,
    );
    expectLine(
      `content/posts/body.mdx:15  <script> ${blocked} Remove it. Scripts cannot run in posts; ask a developer to add a component for what it does.`,
    );
    expectLine(
      `content/posts/body.mdx:17  <style> ${blocked} Remove it. Styles are set for the whole site; use <Callout> or <Figure> for a special look.`,
    );
    expectLine(
      `content/posts/body.mdx:19  onclick=… ${blocked} Remove the handler. Use <BookingButton>, <QuizCallout> or a plain link instead.`,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/posts\/body\.mdx:21 {2}The image https:\/\/images\.example\.com\/desk\.jpg comes from another website: the live site blocks it/,
      ),
    );
    expectLine(
      'content/posts/body.mdx:23  import Chart from "../../src/components/Chart.astro"; is code. Posts and pages hold text and the ready-made components only. Remove the line: the site\'s components, such as <Callout> and <Figure>, work in a post without an import. For anything else ask a developer to add a component.',
    );
  });

  it("a link that is not a site page, #section, https:, mailto: or tel: names the link and the fix", () => {
    expectLine(
      "content/posts/body.mdx:25  The link to javascript:alert(document.cookie) is not allowed: a link may only open a page of this site, a #section of the page, an https:// address, mailto: or tel:. Replace it with one of those, e.g. /blog/massage-stress-and-sleep/, https://www.nih.gov/ or mailto:hello@example.com, or remove the link.",
    );
  });

  it("two files at one address name both; booking URL mistakes name the setting and the allowed forms", () => {
    const bookingLine =
      readFileSync("content/settings.yaml", "utf8")
        .split("\n")
        .findIndex((line) => line.startsWith("  url: ")) + 1;
    expectLine(
      "content/posts/2026/Massage Stress And Sleep.mdx  content/posts/2026/Massage Stress And Sleep.mdx and content/posts/massage-stress-and-sleep.mdx would both publish at /blog/massage-stress-and-sleep/. Rename one of the files: the file name is the address.",
    );
    expectLine(
      `content/settings.yaml:${bookingLine}  booking.url contains {servce}, which the site cannot fill in. The only placeholder is {service}, e.g. https://calendly.com/your-practice/{service}; or leave it out and the id is added as ?service=<id>.`,
    );
    expectLine(
      `content/settings.yaml:${bookingLine}  booking.url "http://booking.example.com/{servce}" does not start with https://. Write the full secure address, e.g. https://book.example.com/practice.`,
    );
  });

  it("a photo without alt text names the file and the field, with an example", () => {
    // The line of the photo's src, the field next to the missing one.
    const heroLine = readFileSync("content/copy/home.yaml", "utf8").split("\n").length + 2;
    expectLine(
      `content/copy/home.yaml:${heroLine}  heroPhoto.alt is missing. Add it, e.g. heroPhoto.alt: "The treatment room, with a massage table by the window"`,
    );
    expectLine(
      `content/massage-types/swedish.mdx  photoAlt is missing. Add it, e.g. photoAlt: "A therapist working on a client's upper back"`,
    );
  });

  it("a testimonial needs the client's consent and a massage type that exists", () => {
    expectLine(
      "content/testimonials/no-consent.yaml  The client's consent to these words and this name is not recorded. Publish a client's words only with their permission to show them and the name they chose. Once you have it, set consent: true.",
    );
    expect(
      lines.some((line) =>
        line.startsWith(
          'content/testimonials/no-consent.yaml:4  massageType "swedsh" is not a massage type in content/massage-types/.',
        ),
      ),
    ).toBe(true);
  });

  it("a brand colour too faint to read names the setting, the ratio and the nearest shade that passes", () => {
    const accentLine = readFileSync("content/settings.yaml", "utf8").split("\n").length + 2;
    expectLine(
      `content/settings.yaml:${accentLine}  brand.accent "#7fb8b0" gives links and headings in the accent on the page's light background a contrast of 1.9:1; WCAG 2.2 AA needs at least 4.5:1. Use the nearest shade that passes, brand.accent: "#50746f", or choose another colour.`,
    );
  });
});

describe("a booking URL that is only a link once {service} is filled in stops the build", () => {
  const bookingLine =
    readFileSync("content/settings.yaml", "utf8")
      .split("\n")
      .findIndex((line) => line.startsWith("  url: ")) + 1;
  const withBookingUrl = (url: string) => (text: string) =>
    text.replace("url: https://booking.example.com/still-point", `url: "${url}"`);

  it("javascript: links on /prices/ and /massage/*: the settings file, the field and the fix", async () => {
    // A massage type whose id is "javascript" turned this URL into href="javascript:alert(1)".
    const result = await preCheck({
      "content/settings.yaml": withBookingUrl("{service}:alert(1)"),
      "content/massage-types/thai.mdx": (text) =>
        text.replace(/^bookingService: .*$/m, "bookingService: javascript"),
    });
    expect(result.ok).toBe(false);
    expect(result.output.split("\n")).toContain(
      `content/settings.yaml:${bookingLine}  booking.url "{service}:alert(1)" makes booking links such as ":alert(1)", which do not start with https://. Start it with https:// and the booking site's address, and put {service} only after that, e.g. https://calendly.com/your-practice/{service}.`,
    );
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it("an id that changes the address's scheme: the massage-type file and field holding it", async () => {
    const result = await preCheck({
      "content/settings.yaml": withBookingUrl("{service}https://booking.example.com/still-point"),
    });
    expect(result.ok).toBe(false);
    const swedish = readFileSync("content/massage-types/swedish.mdx", "utf8").split("\n");
    const line = swedish.findIndex((text) => text.startsWith("bookingService: swedish")) + 1;
    expect(result.output.split("\n")).toContain(
      `content/massage-types/swedish.mdx:${line}  bookingService "swedish" put into booking.url "{service}https://booking.example.com/still-point" (content/settings.yaml) makes the link "swedishhttps://booking.example.com/still-point", which does not start with https://. In content/settings.yaml, start booking.url with https:// and the booking site's address and put {service} only after that, e.g. https://calendly.com/your-practice/{service}; then no service id can change where the link goes.`,
    );
  });
});

describe("what builds: clean addresses, resized photos, videos behind a click", () => {
  // The post, the photos and the gift cards are in the shared published variant (tests/support/variants.ts).
  let copy: BuiltVariant;
  beforeAll(async () => {
    copy = builtVariant(await publishedVariant());
  }, 600_000);

  it("publishes a file named with spaces and capitals at a clean address, never ships a huge photo raw, and allows the video player only where a video is", async () => {
    expect(copy.ok, copy.output.slice(-3000)).toBe(true);
    const dist = join(copy.dir, "dist");
    const page = join(dist, "blog/back-pain-at-the-desk/index.html");
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, "utf8");

    // Escaped braces show as braces; a writers' note {/* … */} is not published.
    expect(html).toContain("Braces show as written: {like this}.");
    expect(html).not.toContain("A note for writers only");

    // Resized: no PNG original in the output, every image variant at most 1920 pixels wide and small.
    const assets = readdirSync(join(dist, "_astro"));
    expect(assets.filter((name) => name.startsWith("huge") && name.endsWith(".png"))).toEqual([]);
    const variants = assets.filter((name) => name.startsWith("huge"));
    expect(variants.filter((name) => name.startsWith("huge-team")).length).toBeGreaterThan(0);
    expect(variants.filter((name) => !name.startsWith("huge-team")).length).toBeGreaterThan(0);
    for (const name of variants) {
      const { width = 0 } = await sharp(join(dist, "_astro", name)).metadata();
      expect(width, name).toBeLessThanOrEqual(1920);
      expect(statSync(join(dist, "_astro", name)).size, name).toBeLessThan(200_000);
    }

    // The video: no iframe until the click; the policy allows exactly the privacy-enhanced player.
    expect(html).not.toMatch(/<iframe/);
    expect(html).toContain('data-video-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(policy.split(/;\s*/)).toContain("frame-src https://www.youtube-nocookie.com");
    const other = readFileSync(join(dist, "blog/massage-stress-and-sleep/index.html"), "utf8");
    expect(other).not.toContain("frame-src");

    // Gift cards and memberships: on the prices page, in every page's footer, under the FAQ's answers.
    const offerLinks = (path: string) =>
      [
        ...readFileSync(join(dist, path), "utf8").matchAll(
          /<a href="([^"]+)"[^>]*data-offer="(\w+)"[^>]*>([^<]+)</g,
        ),
      ].map(([, url, kind, words]) => `${kind} ${url} ${words}`);
    const both = [
      "giftCards https://booking.example.com/gift Buy a gift card",
      "memberships https://booking.example.com/members Become a member",
    ];
    expect(offerLinks("prices/index.html")).toEqual([...both, ...both]);
    expect(offerLinks("index.html")).toEqual(both);
    expect(offerLinks("faq/index.html")).toEqual([
      "memberships https://booking.example.com/members Become a member",
      "giftCards https://booking.example.com/gift Buy a gift card",
      ...both,
    ]);

    // The sitemap's date for the new post comes from its built page (updatedDate), from the start of
    // that day where the practice is (Los Angeles, summer time).
    expect(readFileSync(join(dist, "sitemap-0.xml"), "utf8")).toMatch(
      /\/blog\/back-pain-at-the-desk\/<\/loc><lastmod>2026-04-02T07:00:00\.000Z<\/lastmod>/,
    );
  });
});
