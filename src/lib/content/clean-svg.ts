import { createRequire } from "node:module";
import type createDOMPurifyType from "dompurify";
import type { Config, DOMPurify } from "dompurify";
import type { JSDOM } from "jsdom";

/**
 * An SVG from content/ made safe to publish on the site's own address: opened on its own, it can
 * run nothing, load nothing from elsewhere and send the visitor nowhere. DOMPurify (cure53's
 * sanitizer, with its SVG profile) removes scripts, event handlers, foreignObject, script links and
 * links animated into script; the hooks below narrow what DOMPurify still lets through to what a
 * logo needs: references inside the file (#id), bitmaps embedded as data:image/…, and CSS that
 * loads nothing. Why DOMPurify and not svgo or sanitize-html: docs/decisions/svg-uploads.md.
 */

const SVG_NS = "http://www.w3.org/2000/svg";

/** Thrown for a file that is not an SVG drawing the sanitizer can read; the message names why. */
export class SvgNotReadable extends Error {
  override name = "SvgNotReadable";
}

// One window and one DOMPurify for the process: building them costs tens of milliseconds.
let purifier: { window: JSDOM["window"]; purify: DOMPurify } | undefined;

/** A bitmap embedded in the file: a drawing program's export of a logo with a photo in it. */
const EMBEDDED_BITMAP = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;
const URL_ATTRIBUTES = new Set(["href", "xlink:href", "src"]);
const BITMAP_ELEMENTS = new Set(["image", "feimage"]);

/**
 * CSS that loads nothing and cannot hide what it does: no backslash escapes (`\75 rl(` is url(),
 * no at-rule but @media and @keyframes (@import, @font-face and @namespace load or name files), and
 * url() only for a reference inside the file, url(#gradient). Anything else drops the whole style.
 */
export function cssLoadsNothing(css: string): boolean {
  const lower = css.toLowerCase();
  if (lower.includes("\\")) return false;
  for (const [, name = ""] of lower.matchAll(/@([a-z-]*)/g)) {
    if (!["media", "keyframes", "-webkit-keyframes"].includes(name)) return false;
  }
  for (const [, target = ""] of lower.matchAll(/url\(\s*['"]?\s*(.?)/g)) if (target !== "#") return false;
  // Functions that take a plain string as an address.
  return !/(?:image-set|image|cross-fade|element|src)\s*\(/.test(lower.replace(/url\(/g, ""));
}

function sanitizer(): { window: JSDOM["window"]; purify: DOMPurify } {
  if (purifier) return purifier;
  // Loaded on first use: jsdom alone takes about 0.35 s to load, in every build and preview that
  // loads the site's integrations, and most of them clean no SVG.
  const require = createRequire(import.meta.url);
  const { JSDOM: Window } = require("jsdom") as typeof import("jsdom");
  const createDOMPurify = require("dompurify") as typeof createDOMPurifyType;
  const { window } = new Window("");
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook("uponSanitizeAttribute", (node, data) => {
    const name = data.attrName.toLowerCase();
    const value = data.attrValue.trim();
    if (URL_ATTRIBUTES.has(name)) {
      const inside = value.startsWith("#");
      const bitmap = BITMAP_ELEMENTS.has(node.nodeName.toLowerCase()) && EMBEDDED_BITMAP.test(value);
      if (!inside && !bitmap) data.keepAttr = false;
    } else if (name === "style" && !cssLoadsNothing(value)) data.keepAttr = false;
    // A presentation attribute (fill, filter, mask, clip-path, marker-end…) takes url() and escapes
    // as CSS does: only a reference inside the file, url(#id), stays.
    else if (/url\(|\\/i.test(value) && !cssLoadsNothing(value)) data.keepAttr = false;
    // xml:base would turn a harmless relative link into any address.
    else if (name === "xml:base") data.keepAttr = false;
  });
  purify.addHook("uponSanitizeElement", (node, data) => {
    if (data.tagName === "style" && !cssLoadsNothing(node.textContent ?? "")) node.textContent = "";
  });
  purifier = { window, purify };
  return purifier;
}

const CONFIG = {
  USE_PROFILES: { svg: true, svgFilters: true },
  // A logo has no need of <a>: a link inside a picture cannot be followed from an <img> anyway.
  FORBID_TAGS: ["a", "foreignObject"],
  // <use> draws a shape defined elsewhere in the file; the hook above lets it name only #id.
  ADD_TAGS: ["use"],
  // The cleaned tree, written out as XML below so the file still opens on its own.
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

/** Elements whose text SVG shows or reads; text anywhere else is never drawn. */
const TEXT_HOLDERS = new Set(["text", "tspan", "textpath", "style", "title", "desc"]);

/**
 * Removes text that sits outside the elements that hold text: what is left of a removed element's
 * content (a script's code, an entity's expansion). It is never drawn, and nothing of an attack
 * should be published, not even as inert text.
 */
function dropStrayText(element: Element): void {
  for (const child of [...element.childNodes]) {
    if (child.nodeType === 1) dropStrayText(child as Element);
    else if (
      child.nodeType === 3 &&
      !TEXT_HOLDERS.has(element.localName.toLowerCase()) &&
      child.textContent?.trim()
    )
      child.remove();
  }
}

/**
 * The SVG text cleaned: the same drawing, nothing that runs or loads. Throws SvgNotReadable when
 * the text is not well-formed XML with an <svg> root (an HTML page named .svg, a DOCTYPE with
 * entities), so the build stops instead of publishing it.
 */
export function cleanSvg(text: string): string {
  const { window, purify } = sanitizer();
  // Parsed as XML in DOMPurify's own window, so it takes the tree as it is (a string would be read
  // again as HTML, and an XML serialiser may write <svg:svg>, which HTML does not know).
  const document = new window.DOMParser().parseFromString(text, "image/svg+xml");
  const root = document.documentElement;
  const error = document.getElementsByTagName("parsererror")[0];
  if (error)
    throw new SvgNotReadable(
      `it is not well-formed XML (${(error.textContent ?? "").split("\n")[0]?.trim()})`,
    );
  if (!root || root.localName !== "svg" || root.namespaceURI !== SVG_NS)
    throw new SvgNotReadable("its first element is not an SVG drawing's <svg>");
  // Only the root element goes on: the XML declaration, doctype and processing instructions (an
  // <?xml-stylesheet?> can load XSLT that runs script) stay behind. Entities declared in a doctype
  // arrive as text, never as markup (the XML parser does not expand them into elements).
  const fragment = purify.sanitize(root, CONFIG);
  const svg = [...fragment.childNodes].find(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === "svg",
  );
  if (!svg || svg.namespaceURI !== SVG_NS) throw new SvgNotReadable("nothing of the drawing is left");
  dropStrayText(svg);
  return new window.XMLSerializer().serializeToString(svg);
}
