import { describe, expect, it } from "vitest";
import type { Loader, LoaderContext } from "astro/loaders";
import { emptyFieldsLeftOut, withoutEmptyFields } from "../../src/lib/content/empty-fields.ts";
import { editorFileText } from "../../src/lib/cms/canonical.ts";
import { z } from "astro/zod";
import { parseFile } from "../../src/lib/content/site-check.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { postSchema } from "../../src/lib/content/schemas.ts";

describe("a field written with no value", () => {
  it("counts as left out, at the top level only", () => {
    expect(
      withoutEmptyFields({ title: "T", updatedDate: null, tags: [null], hours: { monday: null } }),
    ).toEqual({
      title: "T",
      tags: [null],
      hours: { monday: null },
    });
    expect(withoutEmptyFields("text")).toBe("text");
  });

  it("is left out before the collection's schema reads the entry (the build's loader)", async () => {
    const seen: unknown[] = [];
    const loader: Loader = {
      name: "one-entry",
      load: async (context) => {
        await context.parseData({ id: "post", data: { title: "T", updatedDate: null } });
      },
    };
    await emptyFieldsLeftOut(loader).load({
      parseData: async ({ data }: { data: unknown }) => (seen.push(data), data),
    } as unknown as LoaderContext);
    expect(seen).toEqual([{ title: "T" }]);
  });

  it("is what the editor writes for a date cleared with its button, and the pre-save check accepts it", () => {
    const text = editorFileText(
      "frontmatter",
      {
        title: "Massage and sleep",
        description:
          "A post whose last-updated date was set and then cleared in the editor, to be saved as it is.",
        pubDate: "2026-03-14",
        updatedDate: undefined,
        author: "clinical-team",
        tags: ["sleep"],
        draft: true,
        body: "Body text.\n",
      },
      ["title", "description", "pubDate", "updatedDate", "author", "tags", "draft"],
    );
    // Decap's YAML writer keeps undefined values as null; the check reads the text Decap writes.
    expect(text).toMatch(/^updatedDate: null$/m);
    const schema = postSchema({ image: () => z.string(), author: () => z.string() });
    const parsed = parseFile({ file: "content/posts/massage-and-sleep.mdx", text }, schema, "mdx");
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).not.toHaveProperty("updatedDate");
    // Required and left empty: "required", not "Invalid input".
    const noDate = parseFile(
      { file: "content/posts/massage-and-sleep.mdx", text: text.replace("pubDate: 2026-03-14", "pubDate:") },
      schema,
      "mdx",
    );
    expect(noDate.problems.map(formatProblem).join("\n")).toMatch(/pubDate.*(required|missing)/i);
  });
});
