import { fileKindIn, type Collections } from "./model.ts";
import { keepsPromise, pictureFormatOf, sniffPicture, type Sniffed } from "./media.ts";

/** Notes for the people who edit content/, never read by the site. */
const NOTES_FOR_PEOPLE = new Set(["README.md", ".gitkeep"]);

/** What a Mac or Windows leaves in a folder it opens: nobody's content, and nothing reads it. */
const COMPUTER_LITTER = /^(?:\.DS_Store|Thumbs\.db|desktop\.ini|\._.*)$/i;

/**
 * What a file below content/ is, by its path from the project ("content/posts/images/a.jpg") and,
 * when at hand, its first bytes. One rule for the content check (which refuses `odd`, `stray` and
 * `fake`) and for the build's import guard (which loads only `entry` and `picture`): what no check
 * reads could still be read by something else (a package in node_modules/ answered a body's bare
 * picture path with code, and Vite cuts a `?` or `#` off a path it reads).
 */
export type ContentFileKind =
  { kind: "entry" | "picture" | "note" | "litter" | "odd" | "stray" } | { kind: "fake"; holds: Sniffed };

export function contentFileKind(
  file: string,
  collections: Collections,
  head: Uint8Array | undefined,
): ContentFileKind {
  const segments = file.split("/");
  const name = segments.at(-1) ?? "";
  if (COMPUTER_LITTER.test(name)) return { kind: "litter" };
  const hidden = segments.some((part) => part.startsWith(".") && !NOTES_FOR_PEOPLE.has(part));
  if (segments.includes("node_modules") || hidden || /[?#]/.test(file)) return { kind: "odd" };
  if (fileKindIn(collections, file) !== undefined) return { kind: "entry" };
  if (NOTES_FOR_PEOPLE.has(name)) return { kind: "note" };
  const format = pictureFormatOf(file);
  if (format === undefined) return { kind: "stray" };
  // Named like a picture: it must be one, by its first bytes (a script named .png was bundled).
  const holds = head && sniffPicture(head);
  return holds && !keepsPromise(format, holds) ? { kind: "fake", holds } : { kind: "picture" };
}
