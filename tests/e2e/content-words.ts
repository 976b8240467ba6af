import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";

/**
 * Every piece of wording under content/ (YAML values and MDX frontmatter), as matchers for the
 * visible text of built pages. A text is "from content" when it lies within one of these
 * strings after the settings are filled in; values only known at run time ({step}, {count}, ...)
 * match anything.
 */
// Curly quotes count as straight ones: Markdown turns ' and " into ’ and ” in pages.
const normalize = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(ya?ml|mdx)$/.test(name))
    .map((name) => join(dir, name));
}

/** A policy page's own words (content/pages): its body without Markdown's marks and components. */
function pageBody(text: string): string {
  return (
    (text.split(/^---$/m).slice(2).join("---") ?? "")
      // A component's quoted attributes (a callout's title) are words too.
      .replace(
        /<[^>]*>/g,
        (tag) => `\n${[...tag.matchAll(/"([^"]*)"/g)].map((match) => match[1]).join("\n")}\n`,
      )
      .replace(/\*\*|__|(?<!\w)[*_]|[*_](?!\w)/g, "")
      .replace(/^\s*(#+|[-*]|\d+\.)\s+/gm, "")
  );
}

function contentStrings(): string[] {
  return contentFiles("content").flatMap((file) => {
    const text = readFileSync(file, "utf8");
    if (!file.endsWith(".mdx")) return stringsIn(parseYaml(text));
    const frontmatter = stringsIn(parseYaml(text.split(/^---$/m)[1] ?? ""));
    // content/pages/ and a language's content/<code>/pages/.
    const policyPage = /^content[\\/]([a-z]{2}[\\/])?pages[\\/]/.test(file);
    return policyPage ? [...frontmatter, pageBody(text)] : frontmatter;
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface WordMatcher {
  /** True when the text is (part of) some wording in content/. */
  covers(text: string): boolean;
}

export function contentWords(extraGenerated: readonly RegExp[] = []): WordMatcher {
  const settings = parseYaml(readFileSync("content/settings.yaml", "utf8"));
  const values: Record<string, string> = {
    businessName: settings.businessName,
    city: settings.address.city,
    phone: settings.phone,
    email: settings.email,
    emergencyNumber: settings.emergencyNumber,
  };
  const filled = contentStrings().map((raw) =>
    normalize(
      raw
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1")
        .replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => values[name] ?? whole),
    ),
  );
  const literal = filled.join("\n");
  // A template with run-time values: the whole text must match it, values standing for anything.
  // A template with no words of its own ("{name}, {date}") would match any sentence with a comma.
  const templates = filled
    .filter((text) => /\{[A-Za-z]+\}/.test(text) && /\p{L}/u.test(text.replace(/\{[A-Za-z]+\}/g, "")))
    .map((text) => new RegExp(`^${escape(text).replace(/\\\{[A-Za-z]+\\\}/g, ".+?")}$`));
  const generated = [
    // Dates, the copyright line and the footer address are built from dates and settings.
    /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/,
    new RegExp(`^© \\d{4} ${escape(values["businessName"]!)}$`),
    ...extraGenerated,
  ];
  return {
    covers(text: string) {
      const clean = normalize(text);
      return (
        !/\p{L}/u.test(clean) ||
        literal.includes(clean) ||
        templates.some((template) => template.test(clean)) ||
        generated.some((pattern) => pattern.test(clean))
      );
    },
  };
}
