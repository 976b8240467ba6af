import type { SiteFiles } from "../../src/lib/content/site-check";

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
