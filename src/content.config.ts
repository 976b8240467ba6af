import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import {
  authorSchema,
  massageTypeSchema,
  pageSchema,
  postSchema,
  teamSchema,
  testimonialSchema,
} from "./lib/content/schemas";
import { fileSlug } from "./lib/content/slug";
import { forgivingInDev } from "./lib/content/forgiving-loader";

// The schemas live in src/lib/content/schemas.ts so the content pre-check reads the same rules.
const collectionOf = (base: string, pattern: string) =>
  forgivingInDev(glob({ base, pattern, generateId: ({ entry }) => fileSlug(entry) }));

const team = defineCollection({
  loader: collectionOf("./content/team", "*.yaml"),
  schema: ({ image }) => teamSchema({ image }),
});

const authors = defineCollection({
  loader: collectionOf("./content/authors", "*.yaml"),
  schema: ({ image }) => authorSchema({ image, teamMember: () => reference("team") }),
});

const pages = defineCollection({
  loader: collectionOf("./content/pages", "*.mdx"),
  schema: pageSchema,
});

const posts = defineCollection({
  // Posts may sit in sub-folders (by year, say); the address is always the file name.
  loader: collectionOf("./content/posts", "**/*.mdx"),
  schema: ({ image }) => postSchema({ image, author: () => reference("authors") }),
});

const massageTypes = defineCollection({
  loader: collectionOf("./content/massage-types", "*.mdx"),
  schema: ({ image }) => massageTypeSchema({ image }),
});

const testimonials = defineCollection({
  loader: collectionOf("./content/testimonials", "*.yaml"),
  schema: testimonialSchema,
});

export const collections = { authors, team, pages, posts, "massage-types": massageTypes, testimonials };
