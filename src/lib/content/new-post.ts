/** A post's file name from its title: lowercase words joined by dashes, accents removed. */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/**
 * The text of a new post: every required field filled so it builds at once, and `draft: true`
 * so nothing unfinished is published until the writer turns it off.
 */
export function newPostText(title: string, today: Date, author: string): string {
  const day = today.toISOString().slice(0, 10);
  const safeTitle = title.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  return `---
title: "${safeTitle}"
description: "Replace this with a 50 to 160 character summary: it is the snippet search engines show."
pubDate: ${day}
author: ${author}
tags: [back-pain]
draft: true
# Before publishing, a licensed therapist reviews the article: then set both lines below.
# reviewedBy: an author file name from content/authors/
# reviewedDate: YYYY-MM-DD
sources: []
---

Write the introduction here. Use \`##\` headings for sections.

## First section

Text of the first section.

<QuizCallout />
`;
}
