import { describe, expect, it } from "vitest";
import { editorModel } from "../../src/data/editor.ts";
import { buildEditorConfig } from "../../src/lib/cms/config.ts";
import { formSteps, type FormField } from "../../src/admin/field-path.ts";
import { dayModel, exceptionModel, exceptionProblemsAt, wrongTime } from "../../src/lib/site/hours-form.ts";

// The editor's pre-save check places each message beside the field at the problem's whole path
// (src/admin/editor.ts): first the path through the form's configuration (here), then through
// Decap's controls (cms-field-path-dom.test.ts).

type Collection = {
  name: string;
  fields?: FormField[];
  files?: Array<{ name: string; fields: FormField[] }>;
};
const config = buildEditorConfig(
  editorModel(),
  { tags: ["back-pain"], massageTypes: ["swedish"] },
  { siteUrl: "https://www.example.com" },
);
const collections = config["collections"] as Collection[];
const listings = collections.flatMap((each) => each.files ?? []).find((file) => file.name === "listings")!;
const posts = collections.find((each) => each.name === "posts")!.fields!;

describe("the steps to a field, by the form's configuration", () => {
  it("an object's field: the object, then the field", () => {
    expect(formSteps(listings.fields, "faq.description")).toEqual(["faq", "description"]);
    expect(formSteps(listings.fields, "blog.description")).toEqual(["blog", "description"]);
  });

  it("a list item's field: the list, the index, the field", () => {
    expect(formSteps(posts, "sources.1.title")).toEqual(["sources", 1, "title"]);
    expect(formSteps(posts, "review.sources.0.url")).toEqual(["review", "sources", 0, "url"]);
  });

  it("below a field of one control (a list of words), the path ends at that control", () => {
    expect(formSteps(posts, "tags.2")).toEqual(["tags"]);
  });

  it("a list of one field: its name follows the index", () => {
    const fields: FormField[] = [
      { name: "items", widget: "list", field: { name: "item", widget: "string" } },
    ];
    expect(formSteps(fields, "items.3")).toEqual(["items", 3, "item"]);
  });

  it("a path the form has no field at has no steps", () => {
    expect(formSteps(listings.fields, "faq.nothing")).toBeUndefined();
    expect(formSteps(listings.fields, "nothing")).toBeUndefined();
    expect(formSteps(posts, "sources.first.title")).toBeUndefined();
  });
});

describe("the opening-hours widgets mark the input at fault", () => {
  it("a day: the empty time, the closing time before the opening, the later range out of order", () => {
    expect(wrongTime({ closed: false, ranges: [{ open: "09:00", close: "" }], list: false })).toBe("0-close");
    expect(wrongTime({ closed: false, ranges: [{ open: "", close: "17:00" }], list: false })).toBe("0-open");
    expect(wrongTime(dayModel("17:00-08:00"))).toBe("0-close");
    expect(wrongTime(dayModel(["09:00-13:00", "12:00-17:00"]))).toBe("1-open");
    expect(wrongTime(dayModel(["09:00-12:00", "14:00-13:00"]))).toBe("1-close");
    expect(wrongTime(dayModel("09:00-17:00"))).toBeUndefined();
    expect(wrongTime(dayModel("closed"))).toBeUndefined();
  });

  it("a change: its first day, or the time at fault in its hours", () => {
    const check = (raw: Record<string, unknown>) => {
      const model = exceptionModel(raw);
      return exceptionProblemsAt([model])[0]?.input;
    };
    expect(check({ label: "Training", from: "", hours: "closed" })).toBe("from");
    expect(check({ label: "Training", from: "2026-05-04", hours: "12:00-10:00" })).toBe("hours-0-close");
    expect(check({ label: "Training", from: "2026-05-04", hours: "closed" })).toBeUndefined();
  });
});
