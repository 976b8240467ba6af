// No imports: the block is split by the same rule in the build, the editor and the scripts that run
// TypeScript directly with Node (npm run new:post, npm run format:content).

/** The frontmatter block of an MDX file, with the line its first field is on. */
export interface FrontmatterBlock {
  yaml: string;
  lineOffset: number;
  bodyLine: number;
  /** Where the body starts, as an index into the text. */
  end: number;
  /**
   * The line that ended the fields when it is not three dashes alone (`---x:`, `----`, `+++`):
   * Astro ends the fields there and compiles the rest of the file as the page, code and all (a
   * field's reader that read on let code through).
   */
  fence?: { line: number; text: string };
}

/**
 * The block as Astro's frontmatter reader finds it, which both the content loader and the MDX
 * compiler use: from a first line of three dashes to the next line that starts with --- or +++,
 * whatever follows on that line.
 */
export function splitFrontmatter(text: string): FrontmatterBlock | undefined {
  const opener = /^---\r?\n/.exec(text);
  if (!opener) return undefined;
  const closer = /\n(?:---|\+\+\+)/g;
  closer.lastIndex = opener[0].length - 1;
  const found = closer.exec(text);
  if (!found) return undefined;
  const fenceAt = found.index + 1;
  const lineEnd = text.indexOf("\n", fenceAt);
  const fenceLine = text.slice(fenceAt, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
  const yaml = text.slice(opener[0].length, Math.max(opener[0].length, found.index)).replace(/\r$/, "");
  const bodyLine = text.slice(0, fenceAt).split("\n").length + 1;
  if (/^---[ ]*$/.test(fenceLine))
    return { yaml, lineOffset: 1, bodyLine, end: lineEnd === -1 ? text.length : lineEnd + 1 };
  return { yaml, lineOffset: 1, bodyLine, end: fenceAt + 3, fence: { line: bodyLine - 1, text: fenceLine } };
}
