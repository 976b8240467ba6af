// Usage: npm run new:post -- "Title of the post"
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newPostText, slugify } from "../src/lib/content/new-post.ts";

const title = process.argv.slice(2).join(" ").trim();
if (title.length < 10) {
  console.error('Give the post a title of at least 10 characters: npm run new:post -- "My post title"');
  process.exit(1);
}
const slug = slugify(title);
const file = join("content", "posts", `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} already exists: choose another title or edit that file.`);
  process.exit(1);
}
const authors = readdirSync(join("content", "authors"))
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => name.replace(/\.yaml$/, ""));
const author = authors.includes("clinical-team") ? "clinical-team" : (authors[0] ?? "clinical-team");
writeFileSync(file, newPostText(title, new Date(), author));
console.log(`Created ${file} (a draft). Preview it with npm run dev at /blog/${slug}/`);
console.log(
  "Before publishing, a licensed therapist reviews the article: then add reviewedBy (an author file name\n" +
    "from content/authors/) and reviewedDate (YYYY-MM-DD), and set draft to false.",
);
