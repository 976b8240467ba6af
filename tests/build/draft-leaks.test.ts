import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { publishedVariant } from "../support/variants.ts";

// A draft and a post scheduled for the day after the build must leave no trace in anything the
// build publishes: pages, feed, sitemap, search index, share images, the editor's config.json.
// BUILD_DATE builds the site as of a day after today's clock, so the post dated that day also
// shows that the build's date (not the machine's) decides what is published. The posts and the date (DRAFTS_BUILD_DATE) are in the
// shared published variant (tests/support/variants.ts).
const SECRETS = [
  "unannounced-draft",
  "draftonly-topic",
  "Zanzibarian",
  "scheduled-tomorrow",
  "tomorrowonly-topic",
  "Quixotic",
];

/** Every file below dist/, as text; Pagefind's index and fragments unzipped. */
function publishedFiles(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    let bytes = readFileSync(path);
    if (/\.pf_/.test(entry.name)) bytes = gunzipSync(bytes);
    files.set(relative(dist, path), bytes.toString("latin1"));
  }
  return files;
}

describe("drafts and scheduled posts leak nowhere in a build", () => {
  let copy: BuiltVariant | undefined;
  let files = new Map<string, string>();
  beforeAll(async () => {
    copy = builtVariant(await publishedVariant());
    if (copy.ok) files = publishedFiles(join(copy.dir, "dist"));
  }, 600_000);

  it("builds, and publishes the post dated on BUILD_DATE with its tag", () => {
    expect(copy?.ok, copy?.output.slice(-3000)).toBe(true);
    expect(files.has("blog/out-on-build-day/index.html")).toBe(true);
    expect(files.has("tags/buildday-topic/index.html")).toBe(true);
    expect(files.get("rss.xml")).toContain("out-on-build-day");
  });

  it("the editor's config.json lists only published posts' tags", () => {
    const config = JSON.parse(files.get("admin/config.json") ?? "{}") as { content?: { tags?: string[] } };
    expect(config.content?.tags).toContain("buildday-topic");
    expect(config.content?.tags).toContain("posture");
    expect(config.content?.tags).not.toContain("draftonly-topic");
    expect(config.content?.tags).not.toContain("tomorrowonly-topic");
  });

  it("no published file names or holds the draft or the scheduled post", () => {
    expect(files.size).toBeGreaterThan(50);
    expect([...files.keys()].some((name) => name.startsWith("pagefind/fragment/"))).toBe(true);
    const leaks = [...files].flatMap(([name, text]) =>
      SECRETS.filter((secret) => `${name}\n${text}`.toLowerCase().includes(secret.toLowerCase())).map(
        (secret) => `${name}: ${secret}`,
      ),
    );
    expect(leaks).toEqual([]);
    expect(existsSync(join(copy!.dir, "dist/og/blog/out-on-build-day.png"))).toBe(true);
  });
});
