// Usage: npm run new:post -- "Title of the post"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { newPostText, slugify } from "../src/lib/content/new-post.ts";
import { practiceToday } from "../src/lib/site/practice-day.ts";

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
// Dated the practice's today (as the build decides what is published), not the day in UTC: a post
// started on a Pacific evening would otherwise be dated tomorrow and left out of that day's build.
const timeZone = ((): string => {
  try {
    const zone = (parse(readFileSync(join("content", "settings.yaml"), "utf8")) as { timeZone?: unknown })
      .timeZone;
    if (typeof zone === "string")
      return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    // The settings' own check names a mistake there; the post is dated by this machine's clock.
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
})();
writeFileSync(
  file,
  newPostText(title, practiceToday(new Date(), timeZone, process.env["BUILD_DATE"]), author),
);
console.log(`Created ${file} (a draft). Preview it with npm run dev at /blog/${slug}/`);
console.log(
  "Before publishing, a licensed therapist reviews the article: then add reviewedBy (an author file name\n" +
    "from content/authors/) and reviewedDate (YYYY-MM-DD), and set draft to false.",
);
