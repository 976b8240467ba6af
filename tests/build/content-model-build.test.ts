import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { publishedVariant } from "../support/variants.ts";

// The published variant adds a collection (notes) and an MDX component (Highlight) by one
// declaration each, plus the component's view (tests/support/throwaway-model.ts).
describe("a collection and a component added by one declaration each", () => {
  let copy: BuiltVariant;
  beforeAll(async () => {
    copy = builtVariant(await publishedVariant());
  }, 600_000);

  const read = (path: string) => readFileSync(join(copy.dir, "dist", path), "utf8");

  it("the pre-check lets the component through and the post shows its view", () => {
    expect(copy.ok, copy.output.slice(-3000)).toBe(true);
    expect(read("blog/with-hero/index.html")).toMatch(
      /<mark class="highlight-calm" data-throwaway="highlight"[^>]*>a highlighted phrase<\/mark>/,
    );
  });

  it("the editor lists the collection, with its form, and offers the component's block", () => {
    const { config } = JSON.parse(read("admin/config.json")) as {
      config: { collections: Array<Record<string, unknown> & { fields?: Array<Record<string, unknown>> }> };
    };
    const notes = config.collections.find((collection) => collection.name === "notes");
    expect(notes).toMatchObject({ label: "Practice notes", folder: "content/notes", extension: "yaml" });
    expect(notes?.fields?.map((field) => [field["name"], field["label"]])).toEqual([["title", "Title"]]);
    const posts = config.collections.find((collection) => collection.name === "posts");
    const body = posts?.fields?.find((field) => field["name"] === "body");
    expect(body?.["editor_components"]).toContain("highlight");
  });

  it("the editor's pre-save check reads the collection's files", () => {
    const site = JSON.parse(read("admin/checks.json")) as Record<string, unknown>;
    expect(site["notes"]).toEqual([
      { file: "content/notes/first-note.yaml", text: "title: A note kept by the practice\n" },
    ]);
  });
});
