import { bodyOf } from "./checks.ts";

const WORDS_PER_MINUTE = 220;

/** Words a reader reads in an MDX body: markup, components, code and link targets left out. */
export function countWords(mdx: string): number {
  const text = bodyOf(mdx)
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/^\s*(import|export)\s.*$/gm, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`|~-]+/g, " ");
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.,%$]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, never less than one, so a short post still reads "1 min read". */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
