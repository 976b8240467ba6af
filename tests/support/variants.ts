// The site variants several test files share (tests/README.md). Each part names the test that
// reads it; the parts touch different files or different lines, so none changes what another
// test looks at. Add to a variant rather than adding a build.
import sharp from "sharp";
import { newPostText } from "../../src/lib/content/new-post.ts";
import { harmlessChanges } from "./attacks.ts";
import { solidPng } from "./png.ts";
import type { SiteVariantSpec } from "./site-variant.ts";
import { throwawayChanges } from "./throwaway-model.ts";

/** A fixture post's frontmatter and body (tests/build/content-mistakes.test.ts's fixture posts). */
export const FIXTURE_FIELDS = `title: "A fixture post with several mistakes"
description: "A fixture post for the build test: each mistake below must be named with its file, line and fix."
pubDate: 2026-03-14
author: clinical-team
tags: [posture]`;
export const fixturePost =
  (frontmatter: string, body = "Body text.") =>
  () =>
    `---\n${frontmatter}\n---\n\n${body}\n`;
export const retitle = (n: number) => FIXTURE_FIELDS.replace("several mistakes", `mistake number ${n}`);

/** A published post's clinical review (every published article needs one): for fixture posts that build. */
export const REVIEWED = "reviewedBy: clinical-team\nreviewedDate: 2026-03-01";

/** tests/build/content-build.test.ts: a post with a hero image, reviewed, long ago or scheduled. */
export const heroPost = (extra: string) => `---
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

/** tests/build/draft-leaks.test.ts: the build's date, a day after a post scheduled for it. */
export const DRAFTS_BUILD_DATE = "2027-01-10";
const draftPost = (title: string, pubDate: string, tag: string, extra = "") => `---
title: "${title}"
description: "A fixture post for the draft test: it must appear only when it is published, never before."
pubDate: ${pubDate}
author: clinical-team
tags: [${tag}]
${REVIEWED}
${extra}---

Body text that names ${title.toLowerCase()}.
`;

const testimonial = (fields: string) => () => `${fields}\nconsent: true\n`;

/**
 * tests/build/redirects-build.test.ts and tests/e2e/redirects.spec.ts: a post that was renamed and
 * one removed for good, both on the record of published addresses, as after a real rename.
 */
export const MOVED = {
  from: "/blog/back-pain-at-your-desk/",
  to: "/blog/knots-trigger-points-and-desk-posture/",
};
export const GONE = "/blog/hot-stone-myths/";
/** A later page of the article list that a longer list once had (the variant's list has three). */
export const LIST_PAGE_LEFT = "/blog/4/";
const REDIRECTS = `# A fixture: one renamed post and one removed post.
redirects:
  - from: ${MOVED.from}
    to: ${MOVED.to}
  - from: ${GONE}
    gone: true
    reason: Removed, the practice no longer stands by its advice
`;

/** The new post's date: fixed, so the variant (and its folder's name) is the same every day. */
const NEW_POST_DATE = "2026-11-20";

/**
 * The published site with everything a marketer adds: new and scheduled posts, a draft, hero and
 * camera-sized photos, a video, clients' words, gift cards and memberships, a heading font.
 * Read by content-build, content-mistakes ("what builds"), draft-leaks, testimonials-build,
 * heading-font-build, security-build, content-model-build, redirects-build, e2e/redirects and
 * e2e/video.
 */
export async function publishedVariant(): Promise<SiteVariantSpec> {
  const huge = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: "#5c7a70" } })
    .png()
    .toBuffer();
  const hugeTeamPhoto = await sharp({
    create: { width: 5000, height: 5000, channels: 3, background: "#70625c" },
  })
    .png()
    .toBuffer();
  const spanishHeroPhoto = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: "#5c6f7a" },
  })
    .png()
    .toBuffer();
  const cameraPhoto = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#7a705c" } })
    .jpeg()
    .toBuffer();
  return {
    env: { BUILD_DATE: DRAFTS_BUILD_DATE },
    changes: {
      // content-build: a post made with npm run new:post, its draft flag off.
      "content/posts/a-brand-new-post-on-posture.mdx": () =>
        newPostText("A brand new post on posture", NEW_POST_DATE, "clinical-team").replace(
          "draft: true",
          `draft: false\n${REVIEWED}`,
        ),
      // content-build: optional post fields, one cleared in the editor (null); content-model-build:
      // the throwaway component in its body.
      "content/posts/with-hero.mdx": () =>
        heroPost(
          'heroAlt: "A therapist working on a lower back"\nreviewedBy: derrick-allen\nreviewedDate: 2026-03-01\nupdatedDate: null',
        ).replace("Body text.", 'Body text with <Highlight tone="calm">a highlighted phrase</Highlight>.'),
      // content-model-build: a throwaway collection and component, one declaration each.
      ...throwawayChanges(),
      "content/posts/reviewed-long-ago.mdx": () =>
        heroPost('heroAlt: "x"\nreviewedBy: derrick-allen\nreviewedDate: 2024-01-15')
          .replace("A post with", "Long ago:")
          .replace("2026-02-01", "2024-01-10"),
      "content/posts/scheduled-for-later.mdx": () =>
        heroPost(`heroAlt: "x"\n${REVIEWED}`)
          .replace("pubDate: 2026-02-01", "pubDate: 2099-01-01")
          .replace("A post with", "Later:"),
      // draft-leaks: a draft, a post for the day after the build, a post on the build's day.
      "content/posts/unannounced-draft.mdx": () =>
        draftPost("Zanzibarian stretches in draft", "2026-11-01", "draftonly-topic", "draft: true\n"),
      "content/posts/scheduled-tomorrow.mdx": () =>
        draftPost("Quixotic posture tips for tomorrow", "2027-01-11", "tomorrowonly-topic"),
      "content/posts/out-on-build-day.mdx": () =>
        draftPost("Posture tips out on the build day", DRAFTS_BUILD_DATE, "buildday-topic"),
      // content-mistakes ("what builds"): a file named with spaces and capitals, a camera-sized
      // photo, a video (also e2e/video: a page with a player), braces and a writers' note.
      "content/posts/Back Pain At The Desk.mdx": fixturePost(
        `${retitle(8)}\nheroImage: ./images/huge.png\nheroAlt: "A plain green test picture"\nupdatedDate: 2026-04-02\n${REVIEWED}`,
        'Intro.\n\n<YouTube id="dQw4w9WgXcQ" title="A gentle stretch for the lower back" />\n\n![A plain green test picture, inline](./images/huge.png)\n\n<Figure src="posts/images/Camera-Photo.JPG" alt="A plain test picture under a camera\'s file name" />\n\nBraces show as written: \\{like this\\}.\n\n{/* A note for writers only */}',
      ),
      // content-build: a photo on the Spanish home page only, named from the Spanish words file.
      "content/es/copy/home.yaml": (text) => {
        if (!/^quizButton:/m.test(text))
          throw new Error("variants: no quizButton: in content/es/copy/home.yaml");
        return text.replace(
          /^quizButton:/m,
          "heroPhoto:\n  src: ./images/sala.png\n  alt: La sala de masaje, con la camilla preparada\nquizButton:",
        );
      },
      // content-build: the English privacy page confirmed, its Spanish translation still the
      // example text: search engines are sent to the English one only.
      "content/pages/privacy.mdx": (text) => {
        if (!/^example: true$/m.test(text))
          throw new Error("variants: content/pages/privacy.mdx is no example");
        return text.replace(/^example: true$/m, "example: false");
      },
      // content-build: a video on a policy page, whose page must allow the player.
      "content/pages/first-visit.mdx": (text) =>
        `${text}\n<YouTube id="dQw4w9WgXcQ" title="What a first session looks like" />\n`,
      // content-build: the same video on the Spanish page, in Spanish words.
      "content/es/pages/first-visit.mdx": (text) =>
        `${text}\n<YouTube id="dQw4w9WgXcQ" title="Cómo es una primera sesión" />\n`,
      // content-mistakes: a therapist's photo straight from the camera.
      "content/team/jordan-reyes.yaml": (text) =>
        `${text}photo: ./images/huge-team.png\nphotoAlt: A plain green test picture\n`,
      // testimonials-build: clients' words, one for a massage type.
      "content/testimonials/maria-g.yaml": testimonial(
        'quote: "I came in unable to sit through a work day, and left knowing which stretches to do at my desk."\nname: Maria G.\ndate: 2026-10-02\nmassageType: swedish',
      ),
      "content/testimonials/a-client.yaml": testimonial(
        'quote: "Jordan listened first and kept checking the pressure with me the whole time."\nname: a client\ndate: 2026-11-15',
      ),
      // redirects-build, e2e/redirects: the old addresses, recorded as published and each answered
      // (the list's fourth page by the build itself, with no entry).
      "content/redirects.yaml": () => REDIRECTS,
      "content/published-addresses.txt": (text) => `${text}${MOVED.from}\n${GONE}\n${LIST_PAGE_LEFT}\n`,
      // security-build: the security table's rows that are published, each read as a page.
      ...harmlessChanges(),
      // content-mistakes: gift cards and memberships; testimonials-build: the reviews link;
      // heading-font-build: Lora for the headings.
      "content/settings.yaml": (text) =>
        `${text.replace(
          "  privacyPolicyUrl: https://booking.example.com/privacy\n",
          "  privacyPolicyUrl: https://booking.example.com/privacy\n  giftCardsUrl: https://booking.example.com/gift\n  membershipsUrl: https://booking.example.com/members\n",
        )}\nreviews:\n  url: https://reviews.example.com/still-point\n  platform: Google\n${HEADING_FONT}`,
    },
    files: {
      "content/posts/images/hero.png": solidPng(1200, 600),
      "content/posts/images/huge.png": huge,
      // content-build: the Spanish home page's own photo, next to the Spanish words file.
      "content/es/copy/images/sala.png": spanishHeroPhoto,
      // content-build: a photo under the name a camera gives it, its ending in capitals.
      "content/posts/images/Camera-Photo.JPG": cameraPhoto,
      "content/team/images/huge-team.png": hugeTeamPhoto,
    },
  };
}

/** heading-font-build: the settings' lines that choose Lora for the headings. */
export const HEADING_FONT = "\nbrand:\n  headingFont: lora\n";

/**
 * A value only the stopped build's environment holds (tests/build/mdx-mistakes.test.ts): if a
 * post's {expression} ran, it would appear in a page or in the build's words.
 */
export const MDX_PROBE = "mdx-rules-probe-4f1c9a7e2b";

/** A fixture post's frontmatter for tests/build/mdx-mistakes.test.ts: the body starts on line 9. */
export const MDX_FIELDS = `title: "A fixture post with an MDX mistake"
description: "A fixture post for the build test: its MDX mistake must be named with its file, line and fix."
pubDate: 2026-03-14
author: clinical-team
tags: [posture]`;
export const mdxPost = (n: number, body: string) => () =>
  `---\n${MDX_FIELDS.replace("an MDX mistake", `MDX mistake number ${n}`)}\n---\n\n${body}\n`;

/**
 * The suite's one spawned build that stops: every everyday content mistake at once
 * (tests/build/content-mistakes.test.ts) and a post that reads the build's environment
 * (tests/build/mdx-mistakes.test.ts). It proves that the build prints the list first and stops;
 * every other mistake runs in-process through tests/support/pre-check.ts.
 */
export function stoppedVariant(): SiteVariantSpec {
  return {
    env: { MDX_RULES_PROBE: MDX_PROBE },
    changes: {
      "content/posts/reads-the-environment.mdx": mdxPost(
        1,
        "This build runs on a machine whose settings say {process.env.MDX_RULES_PROBE}.",
      ),
      // 3. Frontmatter: YAML syntax.
      "content/posts/yaml-tab.mdx": fixturePost(retitle(1).replace("author:", "\tauthor:")),
      "content/posts/yaml-twice.mdx": fixturePost(`${retitle(2)}\ntags: [sleep]`),
      "content/posts/yaml-colon.mdx": fixturePost(
        retitle(3).replace(/^title: .*$/m, "title: Back pain: what helps at a desk"),
      ),
      "content/posts/yaml-curly.mdx": fixturePost(retitle(4).replace(/^title: "(.*)"$/m, "title: “$1”")),
      // 3. Frontmatter: values.
      "content/posts/fields.mdx": fixturePost(
        retitle(5)
          .replace("2026-03-14", "2026-13-45")
          .replace(
            "author: clinical-team",
            "autor: clinical-team\nreviewedBy: derek-allen\nreviewedDate: 2026-02-30",
          )
          .replace("[posture]", "[Lower Back]\nrelated: [no-such-post]"),
      ),
      // 4. Images and 5. pasted HTML.
      "content/posts/body.mdx": fixturePost(
        `${retitle(6)}\nheroImage: ./images/dsk.jpg\nheroAlt: "A desk"`,
        [
          "![](./images/desk.jpg)",
          "",
          '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
          "",
          "<script>window.dataLayer = [];</script>",
          "",
          "<style>p { color: red }</style>",
          "",
          '<a href="/quiz/" onclick="track()">Take the quiz</a>',
          "",
          "![A desk](https://images.example.com/desk.jpg)",
          "",
          'import Chart from "../../src/components/Chart.astro";',
          "",
          "Read [this first](javascript:alert(document.cookie)) before you book.",
        ].join("\n"),
      ),
      // A client's words without their consent, about a massage type that does not exist.
      "content/testimonials/no-consent.yaml": () =>
        'quote: "A kind client said something lovely about the practice."\nname: a client\ndate: 2026-10-02\nmassageType: swedsh\n',
      // Photos without alt text, in a copy file and on a massage type.
      "content/copy/home.yaml": (text) => `${text}\nheroPhoto:\n  src: ./images/room.jpg\n`,
      "content/copy/images/room.jpg": () => "",
      "content/massage-types/swedish.mdx": (text) =>
        text.replace("name: Swedish massage\n", "name: Swedish massage\nphoto: ./images/swedish.jpg\n"),
      "content/massage-types/images/swedish.jpg": () => "",
      // 6. Addresses: a second file with the name of a published post, in another folder and case.
      "content/posts/2026/Massage Stress And Sleep.mdx": fixturePost(retitle(7)),
      // 6. Settings: an unknown {placeholder} and no https; a brand accent too faint to read.
      "content/settings.yaml": (text) =>
        `${text.replace(
          "url: https://booking.example.com/still-point",
          "url: http://booking.example.com/{servce}",
        )}\nbrand:\n  accent: "#7fb8b0"\n`,
    },
  };
}
