// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { controlOf, labelAt } from "../../src/admin/field-path.ts";

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
