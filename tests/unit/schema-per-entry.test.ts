import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { collectionModel, schemaPerEntry } from "../../src/lib/content/model.ts";

// Astro's image() for one entry: a picture path becomes that entry's picture.
const imageOf = (entry: string) => () => z.string().transform((path) => ({ entry, path }));
const reference = (collection: string) => z.string().meta({ reference: collection });
const post = {
  title: "A post about back pain",
  description: "A description long enough for the rule that asks for fifty characters at least.",
  pubDate: "2026-03-14",
  author: "derrick-allen",
  reviewedBy: "jordan-reyes",
  reviewedDate: "2026-03-20",
  tags: ["back-pain"],
};

describe("a collection's schema for each entry Astro loads", () => {
  const postsFor = schemaPerEntry((image) => collectionModel({ image, reference }).posts.schema);

  it("gives each entry its own image() in the picture fields", () => {
    const a = postsFor(imageOf("a.mdx")).parse({ ...post, heroImage: "./a.jpg", heroAlt: "A" });
    const b = postsFor(imageOf("b.mdx")).parse({ ...post, heroImage: "./b.jpg", heroAlt: "B" });
    expect(a.heroImage).toEqual({ entry: "a.mdx", path: "./a.jpg" });
    expect(b.heroImage).toEqual({ entry: "b.mdx", path: "./b.jpg" });
    // Still optional, as declared.
    expect(postsFor(imageOf("c.mdx")).parse(post).heroImage).toBeUndefined();
  });

  it("keeps the schema's own rules and its strictness", () => {
    const schema = postsFor(imageOf("a.mdx"));
    const withoutAlt = schema.safeParse({ ...post, heroImage: "./a.jpg" });
    expect(withoutAlt.success).toBe(false);
    expect(withoutAlt.error?.issues.map((issue) => issue.path.join("."))).toEqual(["heroAlt"]);
    const unknown = schema.safeParse({ ...post, subtitle: "An unknown field" });
    expect(unknown.success).toBe(false);
    const unreviewed = schema.safeParse({ ...post, reviewedBy: undefined, reviewedDate: undefined });
    expect(unreviewed.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "reviewedBy",
      "reviewedDate",
    ]);
  });

  it("builds the schema once, whatever the number of entries", () => {
    let builds = 0;
    const schemaFor = schemaPerEntry((image) => {
      builds += 1;
      return z.object({ photo: image().optional() });
    });
    for (let entry = 0; entry < 100; entry += 1) schemaFor(imageOf(`${entry}.mdx`));
    expect(builds).toBe(1);
  });

  it("refuses a picture it could not give each entry: one inside another field", () => {
    expect(() => schemaPerEntry((image) => z.object({ gallery: z.array(image()) }))).toThrow(
      /top-level field/,
    );
  });
});
