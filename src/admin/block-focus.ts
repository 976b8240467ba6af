// A block added from the body's "Add Component" menu takes the keyboard. Decap inserts it and leaves
// the focus on the page itself, so a person working by keyboard was sent back to the start of the
// body's toolbar, away from the block they had just added (found by the editor audit, 2026-12-08).
// Here the block's first field is focused once it appears. A browser test
// (tests/e2e/cms-new-entry.spec.ts) adds a block by keyboard and types into it.

import { blockLabel, EDITOR_BLOCKS } from "../lib/content/body-model.ts";

/** Decap draws each block of the body as a void Slate element inside the editable text. */
const BLOCKS = "[data-slate-editor] [data-slate-void='true']";

/** What a person fills in first in a block: its first field (never a button: one may remove it). */
const FIRST_FIELD = "input:not([type=hidden]):not([disabled]), select, textarea, [contenteditable='true']";

/** The blocks on the page now. */
export const blocksIn = (root: ParentNode): Set<Element> => new Set(root.querySelectorAll(BLOCKS));

/**
 * The first field of the one block that was not on the page before. Nothing when no block or
 * several are new (Decap drew the body again: its blocks are new elements, none was added).
 */
export function firstControlOfNewBlock(
  root: ParentNode,
  before: ReadonlySet<Element>,
): HTMLElement | undefined {
  const now = [...root.querySelectorAll(BLOCKS)];
  const added = now.filter((block) => !before.has(block));
  if (added.length !== 1 || now.length !== before.size + 1) return undefined;
  return added[0]!.querySelector<HTMLElement>(FIRST_FIELD) ?? undefined;
}

/** The body menu's choices: each block's name (the content model's editor labels). */
const BLOCK_CHOICES: ReadonlySet<string> = new Set(EDITOR_BLOCKS.map(blockLabel));

/** Whether `target` is a choice of the body's "Add Component" menu (not the Publish menu's, say). */
export const isBlockChoice = (target: Element): boolean => {
  const item = target.closest("[role=menuitem]");
  return item !== null && BLOCK_CHOICES.has(item.textContent?.trim() ?? "");
};

/** How long a menu's choice may take to draw its block before it is taken for another menu's. */
const DRAWN_WITHIN_MS = 1500;

/** After a menu choice: focuses the first control of the block it adds, once drawn. */
function focusBlockAddedBy(target: EventTarget | null) {
  if (!(target instanceof Element) || !isBlockChoice(target)) return;
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
