// No zod here: the quiz island imports this file, and every byte of it ships to the browser.
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The `{name}` placeholders a piece of wording uses, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
}

/**
 * Splits wording at its `{name}` placeholders and puts each value in its place; values may be
 * strings or elements (a phone number as a link). `.join("")` gives a plain string back.
 */
export function fillTemplate<T>(template: string, values: Readonly<Record<string, T>>): Array<string | T> {
  return template
    .split(/\{([A-Za-z]+)\}/)
    .map((part, index) => (index % 2 === 1 ? (values[part] ?? `{${part}}`) : part))
    .filter((part) => part !== "");
}

/** `fillTemplate` for plain text. */
export const fillText = (template: string, values: Readonly<Record<string, string | number>>): string =>
  fillTemplate(template, values).join("");

export type InlinePart =
  | { kind: "text"; text: string }
  | { kind: "placeholder"; name: string }
  | { kind: "link"; text: string; path: string };

/**
 * Reads a sentence from content/copy: plain text, `{name}` placeholders and `[words](/address/)`
 * links, in order. Placeholders inside a link's words are left as text for the caller to fill.
 */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pushText = (chunk: string) =>
    chunk.split(/\{([A-Za-z]+)\}/).forEach((piece, index) => {
      if (index % 2 === 1) parts.push({ kind: "placeholder", name: piece });
      else if (piece !== "") parts.push({ kind: "text", text: piece });
    });
  let last = 0;
  for (const match of text.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
    pushText(text.slice(last, match.index));
    parts.push({ kind: "link", text: match[1] ?? "", path: match[2] ?? "" });
    last = match.index + match[0].length;
  }
  pushText(text.slice(last));
  return parts;
}

/** The sentence as plain text, links reduced to their words (for titles and descriptions). */
export function plainText(text: string, values: Readonly<Record<string, string | number>>): string {
  return fillText(text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1"), values);
}
