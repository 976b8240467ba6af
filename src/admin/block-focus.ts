// A block added from the body's "Add Component" menu takes the keyboard. Decap inserts it and leaves
// the focus on the page itself, so a person working by keyboard was sent back to the start of the
// body's toolbar, away from the block they had just added (found by the editor audit, 2026-12-08).
// Here the block's first field is focused once it appears. A browser test
// (tests/e2e/cms-new-entry.spec.ts) adds a block by keyboard and types into it.

/** Decap draws each block of the body as a void Slate element inside the editable text. */
const BLOCKS = "[data-slate-editor] [data-slate-void='true']";

/** What a person fills in or presses first in a block: its first field or button. */
const FIRST_CONTROL =
  "input:not([type=hidden]):not([disabled]), select, textarea, [contenteditable='true'], button:not([disabled])";

/** The blocks on the page now. */
export const blocksIn = (root: ParentNode): Set<Element> => new Set(root.querySelectorAll(BLOCKS));

/** The first control of a block that was not on the page before, if one was added. */
export function firstControlOfNewBlock(
  root: ParentNode,
  before: ReadonlySet<Element>,
): HTMLElement | undefined {
  const added = [...root.querySelectorAll(BLOCKS)].find((block) => !before.has(block));
  return added?.querySelector<HTMLElement>(FIRST_CONTROL) ?? undefined;
}

/** How long a menu's choice may take to draw its block before it is taken for another menu's. */
const DRAWN_WITHIN_MS = 1500;

/** After a menu choice: focuses the first control of the block it adds, once drawn. */
function focusBlockAddedBy(target: EventTarget | null) {
  if (!(target instanceof Element) || !target.closest("[role=menuitem]")) return;
  const before = blocksIn(document);
  const started = performance.now();
  const look = () => {
    const control = firstControlOfNewBlock(document, before);
    if (control) control.focus();
    else if (performance.now() - started < DRAWN_WITHIN_MS) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

if (typeof document !== "undefined") {
  // Captured before Decap's handlers insert the block: the blocks as they were. A menu item is
  // chosen with the mouse (click) or the keyboard (Enter, Space).
  document.addEventListener("click", (event) => focusBlockAddedBy(event.target), true);
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Enter" || event.key === " ") focusBlockAddedBy(event.target);
    },
    true,
  );
}
