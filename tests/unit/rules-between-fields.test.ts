import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import {
  authorSchema,
  massageTypeSchema,
  teamSchema,
  testimonialSchema,
} from "../../src/lib/content/schemas.ts";
import { checkEdit } from "../../src/lib/content/edit-check.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { minimalSite } from "../support/minimal-site.ts";

// A rule between fields is said beside the fields' own mistakes, so a new entry left half empty
// hears every mistake at its first save (found by the editor audit, 2026-12-08: a testimonial's
// consent and a massage type's pressure range were said only once the rest was fixed), and it never
// throws on a field of another type.
const messagesAt = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};
const image = () => z.string();

describe("rules between fields, beside the fields' own mistakes", () => {
  it("a testimonial with its name alone: the missing words, the date and the consent, at once", () => {
    const found = messagesAt(testimonialSchema, { name: "Maria G." });
    expect(found.map((line) => line.split(":")[0])).toEqual(
      expect.arrayContaining(["quote", "date", "consent"]),
    );
  });

  it("a massage type with a pressure range the wrong way round, and fields still empty", () => {
    const found = messagesAt(massageTypeSchema({ image }), { pressure: { from: "firm", to: "light" } });
    expect(found).toContain("pressure: pressure.from must be the same as or lighter than pressure.to");
    expect(found.some((line) => line.startsWith("name:"))).toBe(true);
    // A pressure missing or not a word is its own mistake, not a crash or the range's.
    for (const pressure of [undefined, "firm", { from: "hard", to: 3 }])
      expect(messagesAt(massageTypeSchema({ image }), { pressure }).join("\n")).not.toMatch(/lighter than/);
  });

  it("a photo without words beside it, in each schema, with the other fields empty; an alt of another type is its own", () => {
    for (const schema of [
      teamSchema({ image }),
      massageTypeSchema({ image }),
      authorSchema({ image, teamMember: () => z.string() }),
    ]) {
      expect(
        messagesAt(schema, { photo: "./images/a.jpg" }).some((line) =>
          line.startsWith("photoAlt: a photo needs"),
        ),
      ).toBe(true);
      const typed = messagesAt(schema, { photo: "./images/a.jpg", photoAlt: 2024 });
      expect(
        typed.filter((line) => line.startsWith("photoAlt")),
        typed.join("\n"),
      ).toHaveLength(1);
      expect(typed.join("\n")).not.toMatch(/a photo needs/);
    }
  });

  it("a teamMember that is no name is its own mistake, not a team member's (found by a review)", () => {
    const author = authorSchema({ image, teamMember: () => z.string() });
    const words = {
      name: "Jo Smith",
      role: "Massage therapist",
      bio: "Jo writes about massage for back pain.",
    };
    for (const teamMember of [["jordan-reyes"], 7])
      expect(messagesAt(author, { teamMember, ...words }).map((line) => line.split(":")[0])).toEqual([
        "teamMember",
      ]);
    expect(
      messagesAt(author, { teamMember: "jordan-reyes", group: "no" }).map((line) => line.split(":")[0]),
    ).toEqual(["group"]);
  });

  it("an author with nothing filled in: the name, role and bio it needs, beside a mistyped field", () => {
    const found = messagesAt(authorSchema({ image, teamMember: () => z.string() }), { group: "yes" });
    expect(found.map((line) => line.split(":")[0])).toEqual(
      expect.arrayContaining(["name", "role", "bio", "group"]),
    );
  });
});

describe("a missing field's example in the build's words", () => {
  // Found by the editor audit (2026-12-08): "Add it, e.g. pressure: …" on a new massage type.
  it("every required field of a massage type and a testimonial has an example", () => {
    const options = { today: "2026-06-01", includeDrafts: false };
    const lines = [
      {
        file: "content/massage-types/lymphatic-drainage.mdx",
        text: "---\nname: Lymphatic drainage\n---\n\nText.\n",
      },
      { file: "content/testimonials/maria.yaml", text: "name: Maria G.\nconsent: true\n" },
    ].flatMap((edit) => checkEdit(minimalSite(), edit, options).problems.map(formatProblem));
    const missing = lines.filter((line) => line.includes(" is missing."));
    expect(missing.length).toBeGreaterThanOrEqual(7);
    expect(missing.filter((line) => line.includes("…"))).toEqual([]);
  });
});
