import { describe, expect, it } from "vitest";
import { openParagraphAfterLastBlock, slateEditorOf } from "../../src/admin/text-after-blocks.ts";

/** A stand-in for Slate's editor: its top-level nodes and insertNodes, as slate 0.118 has them. */
function editor(types: string[]) {
  const inserted: Array<{ at: number[]; select: boolean }> = [];
  const children = types.map((type) => ({ type, children: [{ text: "" }] }));
  return {
    inserted,
    children,
    insertText() {},
    insertNodes(node: { type?: string }, options: { at: number[]; select: boolean }) {
      children.splice(options.at[0]!, 0, node as (typeof children)[number]);
      inserted.push(options);
    },
  };
}

describe("text after the last block of a post", () => {
  it("adds an empty paragraph after a block that ends the body, with the caret in it", () => {
    const body = editor(["paragraph", "shortcode"]);
    expect(openParagraphAfterLastBlock(body)).toBe(true);
    expect(body.children.map((node) => node.type)).toEqual(["paragraph", "shortcode", "paragraph"]);
    expect(body.inserted).toEqual([{ at: [2], select: true }]);
  });

  it("leaves a body that ends with text as it is (the caret goes to its end)", () => {
    const body = editor(["shortcode", "paragraph"]);
    expect(openParagraphAfterLastBlock(body)).toBe(false);
    expect(body.children).toHaveLength(2);
  });

  it("finds the editor on the <Slate> element above the editable one, through React's fiber", () => {
    const body = editor(["paragraph"]);
    const slate = { memoizedProps: { editor: body }, return: null };
    const editable = { __reactFiber$abc: { memoizedProps: { className: "x" }, return: { return: slate } } };
    expect(slateEditorOf(editable as unknown as Element)).toBe(body);
    expect(slateEditorOf({} as Element)).toBeUndefined();
  });
});
