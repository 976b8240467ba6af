// Text after the last block of a post. Decap's rich-text body (Slate) takes a click below the text
// as "write at the end", and puts the caret at the end of the last node; when that node is a block
// (a quiz callout, a booking button: most posts end with one), the caret lands inside the block and
// whatever is typed goes nowhere. Here a click below the body, or Enter or a typed character with
// the block selected, first adds an empty paragraph after the block and puts the caret in it.
//
// Decap hands its widgets no access to the Slate editor, so the editor is found through the page's
// own structure: the <Slate> element's props, read from React's fiber on the editable element. A
// browser test (tests/e2e/cms-fields.spec.ts) types after a post's last block and saves it, so a
// Decap release that changes this shows as a failing test, not as lost text.

interface SlateNode {
  type?: string;
  text?: string;
  children?: SlateNode[];
}

/** The parts of a Slate editor (slate 0.118, bundled in decap-cms.js) used here. */
interface SlateEditor {
  children: SlateNode[];
  insertNodes(node: SlateNode, options: { at: number[]; select: boolean }): void;
  insertText(text: string): void;
  selection?: { focus: { path: number[] } } | null;
}

/** Decap's node type for a block made with registerEditorComponent. */
const BLOCK = "shortcode";

/** The Slate editor behind an editable element, from the <Slate editor={…}> element above it. */
export function slateEditorOf(editable: Element): SlateEditor | undefined {
  const key = Object.keys(editable).find((name) => name.startsWith("__reactFiber$"));
  type Fiber = { memoizedProps?: { editor?: unknown }; return?: Fiber | null };
  let fiber = key ? ((editable as unknown as Record<string, Fiber>)[key] ?? null) : null;
  while (fiber) {
    const editor = fiber.memoizedProps?.editor as Partial<SlateEditor> | undefined;
    if (
      editor &&
      Array.isArray(editor.children) &&
      typeof editor.insertNodes === "function" &&
      typeof editor.insertText === "function"
    )
      return editor as SlateEditor;
    fiber = fiber.return ?? null;
  }
  return undefined;
}

/** Adds an empty paragraph at the end when the body ends with a block; true when it did. */
export function openParagraphAfterLastBlock(editor: SlateEditor): boolean {
  if (editor.children.at(-1)?.type !== BLOCK) return false;
  editor.insertNodes(
    { type: "paragraph", children: [{ text: "" }] },
    {
      at: [editor.children.length],
      select: true,
    },
  );
  return true;
}

/** The body's editable element when `target` is the space below it (Decap's "insertion point"). */
const editableAbove = (target: EventTarget | null) => {
  const previous = target instanceof Element ? target.previousElementSibling : null;
  return previous?.matches("[data-slate-editor]") ? previous : undefined;
};

function afterLastBlock(editable: Element) {
  const editor = slateEditorOf(editable);
  if (editor && openParagraphAfterLastBlock(editor)) (editable as HTMLElement).focus();
}

/** Whether the editor's caret is on its last top-level node. */
const onLastNode = (editor: SlateEditor) => editor.selection?.focus.path[0] === editor.children.length - 1;

if (typeof document !== "undefined") {
  // The space below the body, which Decap lets shrink to nothing once the text is long: a strip a
  // person can click to write after the last block.
  const style = document.createElement("style");
  style.textContent = "[data-slate-editor] + div { min-height: 2.5rem; }";
  document.head.append(style);

  // After Decap's own handler (React's listener sits on the app's root, below the document).
  document.addEventListener("click", (event) => {
    const editable = editableAbove(event.target);
    if (editable) afterLastBlock(editable);
  });
  // With the last block selected (clicked, or reached with the arrow keys), Enter or a typed
  // character starts a paragraph after it instead of going nowhere.
  document.addEventListener(
    "keydown",
    (event) => {
      const editable = event.target instanceof Element ? event.target : null;
      if (!editable?.matches("[data-slate-editor]") || event.ctrlKey || event.metaKey || event.altKey) return;
      const typed = event.key.length === 1 ? event.key : undefined;
      if (event.key !== "Enter" && !typed) return;
      const editor = slateEditorOf(editable);
      if (!editor || !onLastNode(editor) || !openParagraphAfterLastBlock(editor)) return;
      event.preventDefault();
      if (typed) editor.insertText(typed);
    },
    true,
  );
}
