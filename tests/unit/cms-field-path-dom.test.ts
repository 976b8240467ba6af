// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from "vitest";
import { controlOf, fieldOfLabel, labelAt, type FormField } from "../../src/admin/field-path.ts";

// The field at a problem's whole path on the editor's page, along Decap's nested controls (the
// steps come from the form's configuration: cms-field-path.test.ts), never another field with the
// same label or name.

/** A field as Decap draws it: its box, the bar with its label, then its widget. */
const field = (name: string, n: number, label: string, widget: string) =>
  `<div class="box"><div class="bar"><label for="${name}-field-${n}">${label}</label></div>${widget}</div>`;
const text = (name: string, n: number, label: string) =>
  field(name, n, label, `<input id="${name}-field-${n}" type="text">`);
const object = (name: string, n: number, label: string, fields: string) =>
  field(name, n, label, `<div id="${name}-field-${n}"><div class="top"></div><div>${fields}</div></div>`);
/** A list: its bar, then the items and dnd-kit's hidden notes. */
const list = (name: string, n: number, label: string, items: string[]) =>
  field(
    name,
    n,
    label,
    `<div id="${name}-field-${n}"><div class="top"><button>Add</button></div><div>${items
      .map((item) => `<div class="item"><div><button>v</button></div><div>${item}</div></div>`)
      .join("")}<div id="DndDescribedBy-1"></div><div id="DndLiveRegion-1"></div></div></div>`,
  );

describe("the field on the page, along Decap's nested controls", () => {
  document.body.innerHTML = `<div id="nc-root">${[
    object(
      "blog",
      1,
      "Blog",
      text("title", 2, "The page title") + text("description", 3, "The search snippet"),
    ),
    object(
      "faq",
      4,
      "Questions page",
      text("title", 5, "The page title") + text("description", 6, "The search snippet"),
    ),
    list("sources", 7, "Sources", [
      text("title", 8, "Title") + text("url", 9, "Address"),
      text("title", 10, "Title") + text("url", 11, "Address"),
    ]),
    text("title", 12, "Title"),
  ].join("")}</div>`;
  const root = document.body;

  it("an object's field, not another object's field of the same label and name", () => {
    expect(labelAt(root, ["faq", "description"])?.htmlFor).toBe("description-field-6");
    expect(labelAt(root, ["blog", "description"])?.htmlFor).toBe("description-field-3");
  });

  it("a list item's field, by its index; the top-level field of the same name is another", () => {
    expect(labelAt(root, ["sources", 1, "title"])?.htmlFor).toBe("title-field-10");
    expect(labelAt(root, ["sources", 0, "url"])?.htmlFor).toBe("url-field-9");
    expect(labelAt(root, ["title"])?.htmlFor).toBe("title-field-12");
  });

  it("no field when the path leads nowhere or to more than one", () => {
    expect(labelAt(root, ["sources", 2, "title"])).toBeUndefined();
    expect(labelAt(root, ["description"])).toBeUndefined();
    document.body.insertAdjacentHTML("beforeend", text("title", 13, "Title"));
    expect(labelAt(root, ["title"])).toBeUndefined();
    document.getElementById("title-field-13")?.parentElement?.remove();
  });

  it("a field's control is its input; an object or a list has none of its own", () => {
    expect(controlOf(labelAt(root, ["faq", "description"])!)?.id).toBe("description-field-6");
    expect(controlOf(labelAt(root, ["faq"])!)).toBeUndefined();
    expect(controlOf(labelAt(root, ["sources"])!)).toBeUndefined();
  });
});

describe("the configuration's field of a label on the page, for marking what the check needs", () => {
  beforeAll(() => {
    document.body.innerHTML = `<div id="nc-root">${[
      object("blog", 1, "Blog", text("title", 2, "The page title")),
      list("sources", 7, "Sources", [text("title", 8, "Title") + text("url", 9, "Address")]),
      list("specialties", 14, "Specialties", [text("specialties", 15, "Specialties")]),
      text("title", 12, "Title"),
      field("body", 16, "Text", `<div id="body-field-16">${text("src", 17, "Picture")}</div>`),
    ].join("")}</div>`;
  });
  type Marked = FormField & { needed?: boolean };
  const fields = [
    { name: "blog", widget: "object", fields: [{ name: "title", needed: true }] },
    {
      name: "sources",
      widget: "list",
      fields: [{ name: "title", needed: true }, { name: "url" }],
    },
    { name: "specialties", widget: "list", field: { name: "specialties", needed: true } },
    { name: "title", needed: true },
    { name: "body", needed: true },
  ] as Marked[];
  const of = (id: string) =>
    fieldOfLabel(fields, document.querySelector<HTMLLabelElement>(`label[for="${id}"]`)!) as
      Marked | undefined;

  it("each label's own field, along the objects and lists that hold it", () => {
    expect(of("title-field-2")).toBe(fields[0]!.fields![0]);
    expect(of("title-field-8")).toBe(fields[1]!.fields![0]);
    expect(of("url-field-9")?.needed).toBeUndefined();
    expect(of("specialties-field-15")).toBe(fields[2]!.field);
    expect(of("title-field-12")).toBe(fields[3]);
    expect(of("sources-field-7")).toBe(fields[1]);
  });

  it("none for a label the fields do not lead to (a block's, inside the text)", () => {
    expect(of("body-field-16")).toBe(fields[4]);
    expect(of("src-field-17")).toBeUndefined();
  });
});
