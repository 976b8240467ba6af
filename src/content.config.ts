import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { authorSchema, massageTypeSchema, postSchema } from "./lib/content/schemas";
import { fileSlug } from "./lib/content/slug";
import { forgivingInDev } from "./data/forgiving-loader";

// The schemas live in src/lib/content/schemas.ts so the content pre-check reads the same rules.
const authors = defineCollection({
  loader: forgivingInDev(
    glob({ base: "./content/authors", pattern: "*.yaml", generateId: ({ entry }) => fileSlug(entry) }),
  ),
  schema: ({ image }) => authorSchema({ image }),
});

const posts = defineCollection({
  // Posts may sit in sub-folders (by year, say); the address is always the file name.
  loader: forgivingInDev(
    glob({ base: "./content/posts", pattern: "**/*.mdx", generateId: ({ entry }) => fileSlug(entry) }),
  ),
  schema: ({ image }) => postSchema({ image, author: () => reference("authors") }),
});

const massageTypes = defineCollection({
  loader: forgivingInDev(
    glob({ base: "./content/massage-types", pattern: "*.mdx", generateId: ({ entry }) => fileSlug(entry) }),
  ),
  schema: massageTypeSchema,
});

export const collections = { authors, posts, "massage-types": massageTypes };
