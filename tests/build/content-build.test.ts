import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { ARTICLE, buildSiteCopy, buildWithChanges } from "../../scripts/site-copy";

/** A plain-colour PNG written synchronously (the fixture build starts right after preparation). */
function solidPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5c)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture did not change: ${from}`);
  return changed;
};

describe("a content mistake stops the build with the file and the field", () => {
  it("a description that is too short", () => {
    const result = buildWithChanges({
      [ARTICLE]: replace(/^description: .*(?:\n {2}.*)*$/m, 'description: "Too short."'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/six-reasons-to-get-a-massage-for-back-pain/);
    expect(result.output).toMatch(/description/);
    expect(result.output).toMatch(/50 to 160 characters/);
  });

  it("a missing title and a malformed date", () => {
    const result = buildWithChanges({
      [ARTICLE]: (text) =>
        replace(/^title: .*\n(?: {2}.*\n)*/m, "")(replace(/^pubDate: .*$/m, "pubDate: someday")(text)),
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
      {
        [OTHER]: replace(
          /^title: .*(?:\n {2}.*)*$/m,
          'title: "6 Reasons You Should Get a Massage for Back Pain"',
        ),
      },
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
      "a quiz answer weighting a massage type that does not exist",
      {
        "content/quiz.yaml": replace(
          "weights: { deep-tissue: 2, hot-stone: 1",
          "weights: { deep-tisue: 2, hot-stone: 1",
        ),
      },
      [/content\/quiz\.yaml/, /weights\.deep-tisue/, /unknown massage type/],
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
    const { newPostText } = await import("../../src/lib/content/new-post");
    const text = newPostText("A brand new post on posture", new Date(), "clinical-team").replace(
      "draft: true",
      "draft: false",
    );
    const result = buildWithChanges({ "content/posts/a-brand-new-post-on-posture.mdx": () => text });
    expect(result.ok, result.output.slice(-2000)).toBe(true);
    expect(result.output).toMatch(/blog\/a-brand-new-post-on-posture\/index\.html/);
  });
});

describe("optional post fields", () => {
  const heroPost = (extra: string) => `---
title: "A post with a hero image and a reviewer"
description: "A fixture post that shows a hero image, who reviewed it and when, to check that these fields render."
pubDate: 2026-02-01
author: clinical-team
tags: [back-pain]
heroImage: ./images/hero.png
${extra}
---

Body text.
`;
  const addHeroImage = (dir: string) => {
    mkdirSync(join(dir, "content/posts/images"), { recursive: true });
    writeFileSync(join(dir, "content/posts/images/hero.png"), solidPng(1200, 600));
  };

  it("renders a hero image with its alt text and a 'Reviewed by … on …' line; holds back a scheduled post", () => {
    const copy = buildSiteCopy({
      changes: {
        "content/posts/with-hero.mdx": () =>
          heroPost(
            'heroAlt: "A therapist working on a lower back"\nreviewedBy: derrick-allen\nreviewedDate: 2026-03-01',
          ),
        "content/posts/scheduled-for-later.mdx": () =>
          heroPost('heroAlt: "x"')
            .replace("pubDate: 2026-02-01", "pubDate: 2099-01-01")
            .replace("A post with", "Later:"),
      },
      prepare: addHeroImage,
    });
    try {
      expect(copy.ok, copy.output.slice(-3000)).toBe(true);
      const html = readFileSync(join(copy.dir, "dist/blog/with-hero/index.html"), "utf8");
      expect(html).toMatch(/<img[^>]+alt="A therapist working on a lower back"/);
      expect(html).toMatch(
        /Reviewed by <a href="\/authors\/derrick-allen\/"[^>]*>Derrick Allen<\/a> on <time[^>]*>March 1, 2026/,
      );
      expect(existsSync(join(copy.dir, "dist/blog/scheduled-for-later/index.html"))).toBe(false);
      expect(readFileSync(join(copy.dir, "dist/sitemap-0.xml"), "utf8")).not.toContain("scheduled-for-later");
    } finally {
      copy.remove();
    }
  });

  it("a hero image without heroAlt stops the build naming heroAlt", () => {
    const copy = buildSiteCopy({
      changes: { "content/posts/with-hero.mdx": () => heroPost("") },
      prepare: addHeroImage,
    });
    copy.remove();
    expect(copy.ok).toBe(false);
    expect(copy.output).toMatch(/with-hero/);
    expect(copy.output).toMatch(/heroAlt/);
  });
});
