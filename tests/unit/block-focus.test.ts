// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { blocksIn, firstControlOfNewBlock, isBlockChoice } from "../../src/admin/block-focus.ts";

// The block a menu choice added, told from the blocks already in the body, and where the keyboard
// goes in it. The browser test (tests/e2e/cms-new-entry.spec.ts) adds one in the editor itself.
const block = (inner: string) => `<div data-slate-node="element" data-slate-void="true">${inner}</div>`;

describe("the block added from the body's menu", () => {
  it("is the one that was not there before; its first field takes the keyboard", () => {
    document.body.innerHTML = `<div data-slate-editor="true">${block('<input id="old">')}<p>Text</p></div>`;
    const before = blocksIn(document);
    expect(firstControlOfNewBlock(document, before)).toBeUndefined();
    document
      .querySelector("p")!
      .insertAdjacentHTML(
        "afterend",
        block('<input type="hidden" id="hidden"><select id="kind"></select><input id="heading">'),
      );
    expect(firstControlOfNewBlock(document, before)?.id).toBe("kind");
  });

  it("is none when Decap draws the body again (every block a new element), and never a button", () => {
    document.body.innerHTML = `<div data-slate-editor="true">${block('<input id="a">')}</div>`;
    const before = blocksIn(document);
    document.querySelector("[data-slate-editor]")!.innerHTML = block('<input id="a">');
    expect(firstControlOfNewBlock(document, before)).toBeUndefined();
    const again = blocksIn(document);
    document
      .querySelector("[data-slate-editor]")!
      .insertAdjacentHTML("beforeend", block("<button>Remove</button>"));
    expect(firstControlOfNewBlock(document, again)).toBeUndefined();
  });

  it("follows a choice of the body's menu only, not the Publish menu's", () => {
    document.body.innerHTML =
      '<div role="menu"><div role="menuitem"><span>Callout</span></div><div role="menuitem">Publish now</div></div>';
    const [callout, publish] = document.querySelectorAll('[role="menuitem"]');
    expect(isBlockChoice(callout!.querySelector("span")!)).toBe(true);
    expect(isBlockChoice(publish!)).toBe(false);
  });

  it("counts only blocks inside the body's text, and a block without fields gets nothing", () => {
    document.body.innerHTML = `<div>${block("<input>")}</div><div data-slate-editor="true"></div>`;
    const before = blocksIn(document);
    expect(before.size).toBe(0);
    document.querySelector("[data-slate-editor]")!.innerHTML = block("<p>The whole quiz</p>");
    expect(blocksIn(document).size).toBe(1);
    expect(firstControlOfNewBlock(document, before)).toBeUndefined();
  });
});
