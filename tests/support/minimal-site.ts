import type { SiteFiles } from "../../src/lib/content/site-check.ts";

/** The smallest site the whole-site check reads: one author and the home page, with `changes`. */
export const minimalSite = (changes: Partial<SiteFiles> = {}): SiteFiles => ({
  posts: [],
  massageTypes: [],
  team: [],
  testimonials: [],
  pages: [],
  copy: [],
  authors: [
    {
      file: "content/authors/clinical-team.yaml",
      text: "name: Team\nrole: Therapists\nbio: Licensed massage therapists.",
    },
  ],
  files: new Set(),
  staticRoutes: ["/"],
  ...changes,
});

/** A published post's fields that pass every rule, for a post in `minimalSite` (reviewed, dated). */
export const POST_FIELDS = `title: "How to sit well at a desk"
description: "What to change at your desk so your lower back hurts less, in five small steps."
pubDate: 2026-03-14
author: clinical-team
tags: [posture]
reviewedBy: clinical-team
reviewedDate: 2026-03-01`;
