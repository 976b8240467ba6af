// No imports: the block is split by the same rule in the build, the editor and the scripts that run
// TypeScript directly with Node (npm run new:post, npm run format:content).

/** The frontmatter block of an MDX file, with the line its first field is on. */
export function splitFrontmatter(
  text: string,
): { yaml: string; lineOffset: number; bodyLine: number; end: number } | undefined {
  // Ended where the MDX compiler ends it: a line of three dashes with nothing but spaces after them
  // (a tab there made the compiler read the fields as the page's text, code and all, unchecked).
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ ]*(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? "";
  return { yaml, lineOffset: 1, bodyLine: match[0].split("\n").length, end: match[0].length };
}
