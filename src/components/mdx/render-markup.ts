import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

// Private-use characters around a token drawn when the module loads: left as they are by the HTML
// escaping, and unguessable, so text a post writes can never stand for a slot (a fixed mark could be
// written as `&#xE000;` in an attribute, and the slot's HTML then broke out of it).
const MARK = `\uE000${crypto.randomUUID().replaceAll("-", "")}`;
const SLOT = new RegExp(`${MARK}:([\\w-]+)\uE000`, "g");

/**
 * Stands for HTML that Astro rendered (a slot, an <Image>): put it where the component places its
 * children, and renderMarkup puts the HTML there. Preact would escape HTML given as text.
 */
export const slot = (name: string): string => `${MARK}:${name}\uE000`;

/**
 * The component's static HTML, as the editor's preview renders it, with each slot's HTML in place.
 * Astro's own rendering of a Preact component would wrap its children in <astro-static-slot>.
 */
export function renderMarkup<P>(node: VNode<P>, slots: Readonly<Record<string, string>> = {}): string {
  return renderToString(node as unknown as VNode).replace(SLOT, (_, name: string) => {
    const html = slots[name];
    if (html === undefined) throw new Error(`renderMarkup: no HTML given for slot "${name}"`);
    return html;
  });
}

/**
 * The component's HTML before and after one slot, for a slot Astro must render in place (an
 * astro:assets <Image>): the .astro file writes `before`, the element, then `after`.
 */
export function renderAround<P>(node: VNode<P>, name: string): [before: string, after: string] {
  const parts = renderToString(node as unknown as VNode).split(slot(name));
  if (parts.length !== 2) throw new Error(`renderAround: slot "${name}" must appear once`);
  return [parts[0] ?? "", parts[1] ?? ""];
}
