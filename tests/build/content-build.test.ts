import { describe, expect, it } from "vitest";
import { ARTICLE, buildWithChanges } from "../../scripts/site-copy";

// Each case is a real `astro build` of a copy of the site with one marketer's mistake in it:
// the build must stop and say which file and field to fix.
const replace = (from: string | RegExp, to: string) => (text: string) => {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture did not change: ${from}`);
  return changed;
};

describe("a content mistake stops the build with the file and the field", () => {
  it("a description that is too short", () => {
    const result = buildWithChanges({
      [ARTICLE]: replace(/^description: .*$/m, 'description: "Too short."'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/six-reasons-to-get-a-massage-for-back-pain/);
    expect(result.output).toMatch(/description/);
    expect(result.output).toMatch(/50 to 160 characters/);
  });

  it("a missing title and a malformed date", () => {
    const result = buildWithChanges({
      [ARTICLE]: (text) => replace(/^title: .*\n/m, "")(replace(/^pubDate: .*$/m, "pubDate: someday")(text)),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/six-reasons-to-get-a-massage-for-back-pain/);
    expect(result.output).toMatch(/title/);
    expect(result.output).toMatch(/pubDate/);
  });

  it("a booking URL without https in the settings", () => {
    const result = buildWithChanges({
      "content/settings.yaml": replace(/^ {2}url: https:\/\//m, "  url: http://"),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/settings\.yaml/);
    expect(result.output).toMatch(/booking\.url: the booking URL must start with https:\/\//);
  });
});

describe("the marketer's mistakes from docs/CONTENT.md each stop the build", () => {
  const OTHER = "content/posts/massage-stress-and-sleep.mdx";
  const cases: Array<[string, Record<string, (text: string) => string>, RegExp[]]> = [
    [
      "an internal link to a post that does not exist",
      { [ARTICLE]: replace("Do you suffer from persistent back pain?", "See [this](/blog/no-such-post/).") },
      [/six-reasons-to-get-a-massage-for-back-pain\.mdx:\d+/, /\/blog\/no-such-post\//],
    ],
    [
      "an unknown author",
      { [ARTICLE]: replace("author: derrick-allen", "author: derek-allen") },
      [/six-reasons-to-get-a-massage-for-back-pain/, /author/, /derek-allen/],
    ],
    [
      "an image without alt text",
      {
        [ARTICLE]: replace(
          "Do you suffer from persistent back pain?",
          "![](https://images.example.com/desk.jpg)\n\nDo you suffer?",
        ),
      },
      [/six-reasons-to-get-a-massage-for-back-pain\.mdx:\d+ \(image alt\)/],
    ],
    [
      "two posts with the same title",
      { [OTHER]: replace(/^title: .*$/m, 'title: "6 Reasons You Should Get a Massage for Back Pain"') },
      [
        /\.mdx \(title\): same title as content\/posts\//,
        /massage-stress-and-sleep\.mdx/,
        /six-reasons-to-get-a-massage/,
      ],
    ],
    [
      "a related: entry naming a missing post",
      { [ARTICLE]: replace(/^author: /m, "related: [gone-post]\nauthor: ") },
      [/six-reasons-to-get-a-massage-for-back-pain\.mdx \(related\): "gone-post" is not a published post/],
    ],
    [
      "a booking button for a massage type that does not exist",
      { [OTHER]: (text) => `${text}\n<BookingButton service="deep-tisue" />\n` },
      [/massage-stress-and-sleep\.mdx:\d+ \(BookingButton service\)/, /deep-tissue/],
    ],
  ];
  for (const [name, changes, expected] of cases) {
    it(name, () => {
      const result = buildWithChanges(changes);
      expect(result.ok, result.output.slice(-2000)).toBe(false);
      for (const pattern of expected) expect(result.output).toMatch(pattern);
    });
  }

  it("a post made with npm run new:post builds once its draft flag is off", async () => {
    const { newPostText } = await import("../../src/lib/new-post");
    const text = newPostText("A brand new post on posture", new Date(), "clinical-team").replace(
      "draft: true",
      "draft: false",
    );
    const result = buildWithChanges({ "content/posts/a-brand-new-post-on-posture.mdx": () => text });
    expect(result.ok, result.output.slice(-2000)).toBe(true);
    expect(result.output).toMatch(/blog\/a-brand-new-post-on-posture\/index\.html/);
  });
});
