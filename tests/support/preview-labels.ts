import type { PostLabels } from "../../src/components/mdx/preview-data.ts";

/** An article's labels as /admin/preview.json sends them (content/copy/site.yaml, post), in short. */
export const POST_LABELS: PostLabels = {
  by: "By",
  published: "Published",
  updated: "Updated",
  readingTime: "{minutes} min read",
  reviewedBy: "Reviewed by",
  reviewedOn: "on",
  notReviewed: "Not reviewed",
  home: "Home",
  articles: "Articles",
  breadcrumb: "Breadcrumb",
};
