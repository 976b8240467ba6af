// Generated MDX posts for the benchmark and the profile: about 600 words each, with links and the
// two components a marketer uses, so the build does the same work per post as for a real article.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const TAGS = [
  "back-pain",
  "lower-back",
  "upper-back",
  "neck-pain",
  "posture",
  "stress",
  "sleep",
  "exercise",
  "self-care",
];

/** The title of generated post `index`; the benchmark changes one to measure a one-post edit. */
export function generatedTitle(index: number): string {
  return `Generated post number ${index} about back pain`;
}

/**
 * The first day of last month: a review recent enough that no generated post is flagged as overdue
 * for review (a fixed date aged into a thousand warnings and "review overdue" notes a year later),
 * and the same for every post and build of a run.
 */
function recentReviewDate(today = new Date()): string {
  const lastMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return lastMonth.toISOString().slice(0, 10);
}

/** A plausible post of about 600 words with links and components, like a marketer's. */
export function generatedPost(index: number): string {
  const tags = [TAGS[index % TAGS.length], TAGS[(index * 7 + 3) % TAGS.length], "research"];
  const paragraph =
    "Back pain is common and usually settles with time, movement and patience. A massage therapist listens first, " +
    "asks where it hurts and how long it has, and adjusts the pressure to what feels right. Read " +
    "[what research says](/blog/what-research-says-about-massage-for-back-pain/) before you book.";
  const sections = Array.from(
    { length: 5 },
    (_, section) => `## Section ${section + 1}\n\n${paragraph}\n\n${paragraph}\n`,
  );
  const day = String((index % 28) + 1).padStart(2, "0");
  return `---
title: "${generatedTitle(index)}"
description: "A generated post used by the benchmark to measure how the build grows with the number of posts."
pubDate: 2025-${String((index % 12) + 1).padStart(2, "0")}-${day}
author: clinical-team
tags: [${[...new Set(tags)].join(", ")}]
reviewedBy: clinical-team
reviewedDate: ${recentReviewDate()}
---

${sections.join("\n")}
<Callout kind="note">This post was generated for the benchmark.</Callout>

<QuizCallout />
`;
}

/** The relative path of generated post `index` inside a posts folder. */
export function generatedPostFile(index: number): string {
  return join("generated", `generated-post-${index}.mdx`);
}

/** Writes posts 1..count into `postsDir/generated/`. */
export function writeGeneratedPosts(postsDir: string, count: number): void {
  if (count === 0) return;
  mkdirSync(join(postsDir, "generated"), { recursive: true });
  for (let index = 1; index <= count; index += 1) {
    writeFileSync(join(postsDir, generatedPostFile(index)), generatedPost(index));
  }
}
