// Node runs this file directly from scripts/new-post.ts, hence the explicit ".ts" in the import.
import { canonicalYaml } from "../cms/canonical.ts";

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
 * so nothing unfinished is published until the writer turns it off. Written in the form the
 * browser editor writes (src/lib/cms/canonical.ts), so the editor's first save changes only what
 * the writer changed.
 */
export function newPostText(title: string, today: string, author: string): string {
  const data = {
    title,
    description: "Replace this with a 50 to 160 character summary: it is the snippet search engines show.",
    pubDate: today,
    author,
    tags: ["back-pain"],
    draft: true,
    sources: [],
  };
  return `---
${canonicalYaml(data, Object.keys(data))}---
Write the introduction here. Use \`##\` headings for sections.

## First section

Text of the first section.

<QuizCallout />
`;
}
