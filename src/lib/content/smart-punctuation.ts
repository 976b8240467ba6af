// The site's MDX is compiled with smart punctuation on (Astro's default `smartypants`): straight
// quotes become curly, "--" and "---" dashes, "..." an ellipsis. The editor's preview pane shows the
// text as the page does, so it applies the same rules to the text it renders. Pure: the editor
// bundles it.

const WORD = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{\u2014\u2013-]/u;

/**
 * The text with smart punctuation. `before` is the character that precedes it in its paragraph (a
 * quote right after **bold** text closes), or "" at the start of a block.
 */
export function smartPunctuation(text: string, before = ""): string {
  let out = "";
  let prev = before;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? "";
    const next = text[index + 1] ?? "";
    if (text.startsWith("---", index)) {
      out += "\u2014";
      index += 2;
      prev = "\u2014";
      continue;
    }
    if (text.startsWith("--", index)) {
      out += "\u2013";
      index += 1;
      prev = "\u2013";
      continue;
    }
    if (text.startsWith("...", index)) {
      out += "\u2026";
      index += 2;
      prev = "\u2026";
      continue;
    }
    let put = char;
    const opens = (prev === "" || SPACE_OR_OPEN.test(prev)) && next !== "" && !/\s/.test(next);
    if (char === '"') put = opens ? "\u201C" : "\u201D";
    else if (char === "'") put = WORD.test(prev) ? "\u2019" : opens ? "\u2018" : "\u2019";
    out += put;
    prev = char;
  }
  return out;
}
