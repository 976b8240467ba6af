import { problem, type ContentProblem, type Where } from "./problems.ts";

/**
 * Which files may be shown as a picture. A file from content/ is published on the site's own
 * address, so a web page, a script or an XML document named `.jpg` (or uploaded through the editor's
 * image field) would be served from the site's origin. Only these formats are pictures, by name and,
 * where the file is at hand, by its first bytes. No `node:` imports: the browser editor runs it too.
 */

export type PictureFormat = "jpeg" | "png" | "webp" | "avif" | "svg";

/** File endings the site shows as pictures, and the format each must hold. */
export const PICTURE_EXTENSIONS: Readonly<Record<string, PictureFormat>> = {
  jpg: "jpeg",
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  avif: "avif",
  svg: "svg",
};

/** ".jpg, .jpeg, .png, .webp, .avif or .svg", for messages. */
export const PICTURE_ENDINGS = Object.keys(PICTURE_EXTENSIONS).map((ending) => `.${ending}`);

/** How many bytes from the start of a file sniffPicture() needs: an SVG may open with a long comment. */
export const SNIFF_BYTES = 4096;

/** The ending of a path, lowercased, without the dot ("" when there is none). */
export function extensionOf(path: string): string {
  const name = path.split(/[?#]/)[0]?.split("/").pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** The picture format a path's ending promises, or undefined for anything else. */
export function pictureFormatOf(path: string): PictureFormat | undefined {
  return Object.hasOwn(PICTURE_EXTENSIONS, extensionOf(path))
    ? PICTURE_EXTENSIONS[extensionOf(path)]
    : undefined;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** What the first bytes of a file hold: a picture format, or a word for what else it is. */
export type Sniffed = PictureFormat | "html" | "pdf" | "xml" | "text" | "binary";

/**
 * What a file holds, from its first bytes (at least SNIFF_BYTES of them, or the whole file). Raster
 * formats by their signature; SVG when, after an optional byte-order mark, XML declaration,
 * comments and doctype, the first element is <svg> (or <prefix:svg>).
 */
export function sniffPicture(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (
    startsWith(bytes, ascii("ftyp"), 4) &&
    (startsWith(bytes, ascii("avif"), 8) || startsWith(bytes, ascii("avis"), 8))
  )
    return "avif";
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (bytes.includes(0)) return "binary";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // A multi-byte character cut at the sniffing window's end is still text.
    text = new TextDecoder("utf-8").decode(bytes);
    if ((text.match(/\uFFFD/g) ?? []).length > 1) return "binary";
  }
  return sniffMarkup(text);
}

/** The first element of an XML or HTML text, skipping what may come before it. */
function sniffMarkup(text: string): Sniffed {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at] ?? "")) at += 1;
  };
  const skipPast = (end: string): boolean => {
    const found = text.indexOf(end, at);
    if (found < 0) return false;
    at = found + end.length;
    return true;
  };
  for (;;) {
    skipSpace();
    if (text.startsWith("<?", at)) {
      if (!skipPast("?>")) return "text";
    } else if (text.startsWith("<!--", at)) {
      if (!skipPast("-->")) return "text";
    } else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      if (/^<!doctype\s+html/i.test(text.slice(at, at + 20))) return "html";
      // An internal subset ([ … ]) may hold '>' inside it; an SVG needs none, so it is not a picture.
      const close = text.indexOf(">", at);
      const bracket = text.indexOf("[", at);
      if (close < 0 || (bracket >= 0 && bracket < close)) return "xml";
      at = close + 1;
    } else break;
  }
  const name = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]/.exec(text.slice(at, at + 200))?.[1];
  if (name === undefined) return "text";
  const local = name.split(":").pop()!.toLowerCase();
  if (local === "svg") return "svg";
  if (["html", "head", "body", "script", "iframe", "div", "p", "a", "meta"].includes(local)) return "html";
  return "xml";
}

const DESCRIBED: Record<Exclude<Sniffed, PictureFormat>, string> = {
  html: "a web page (HTML)",
  pdf: "a PDF document",
  xml: "an XML document, not an SVG drawing",
  text: "text, not a picture",
  binary: "data that is no picture the site can show",
};
const FORMAT_NAMES: Record<PictureFormat, string> = {
  jpeg: "a JPEG photo",
  png: "a PNG picture",
  webp: "a WebP picture",
  avif: "an AVIF picture",
  svg: "an SVG drawing",
};

/** What the first bytes show, in words for a message ("a web page (HTML)"). */
export function describeSniffed(sniffed: Sniffed): string {
  return sniffed in FORMAT_NAMES
    ? FORMAT_NAMES[sniffed as PictureFormat]
    : DESCRIBED[sniffed as keyof typeof DESCRIBED];
}

/**
 * Whether a file's first bytes are the picture its name promises. A photo saved as .jpg that is
 * really a PNG is still a photo (the build reads the bytes, not the name); only a drawing or
 * something that is no picture at all must be what its name says.
 */
export function keepsPromise(promised: PictureFormat, found: Sniffed): boolean {
  const raster = (format: Sniffed) => format !== "svg" && format in FORMAT_NAMES;
  return found === promised || (raster(found) && raster(promised));
}

/**
 * The mistake, if any, in a picture field: `value` as written (./images/desk.jpg), `path` the file it
 * names below the project, `head` the file's first bytes when the file is at hand (the build reads
 * them; the editor's check of an upload has only the name). A missing file is imageNotFound's
 * business, not this one's.
 */
export function pictureProblem(
  { field, value, path, head }: { field: string; value: string; path: string; head?: Uint8Array | undefined },
  where: Where,
): ContentProblem | undefined {
  const promised = pictureFormatOf(path);
  const at = { ...where, field: where.field ?? field };
  if (promised === undefined) {
    const ending = extensionOf(path);
    return problem("notAPicture", { field, value, ending: ending === "" ? "" : `.${ending}` }, at);
  }
  if (head === undefined) return undefined;
  const found = sniffPicture(head);
  if (keepsPromise(promised, found)) return undefined;
  return problem(
    "pictureNotWhatItsNameSays",
    { field, value, path, ending: `.${extensionOf(path)}`, found: describeSniffed(found) },
    at,
  );
}
