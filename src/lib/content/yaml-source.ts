import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "astro/zod";
import { choices } from "./messages.ts";
import { problem, type ContentProblem } from "./problems.ts";

/** YAML text as read from a file: its data, its syntax problems, and the line of any field. */
export interface YamlSource {
  /** The parsed data; undefined when the YAML cannot be read. */
  data: unknown;
  /** False when the text is not YAML at all; curly quotes alone leave it readable. */
  syntaxOk: boolean;
  problems: ContentProblem[];
  /** The file line of a field's value (or of its key, for a missing child), if it is there. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The file line of a key itself, e.g. for an unknown field. */
  keyLineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const CURLY = /^[“‘„«].*[”’“»]$/s;

function fieldAt(doc: Document, counter: LineCounter, offset: number, line: number): string | undefined {
  // The key that starts on the error's line, for "title is written twice".
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range && counter.linePos(pair.key.range[0]).line + offset === line) {
      return String(pair.key.value);
    }
  }
  return undefined;
}

/**
 * Parses YAML the way a marketer's mistakes need it: every syntax error with its line (in the
 * file, so `lineOffset` is 1 for frontmatter after the opening `---`), in plain words.
 */
export function readYaml(
  text: string,
  file: string,
  lineOffset = 0,
  { asAstroReadsIt = false }: { asAstroReadsIt?: boolean } = {},
): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    // A collection's entry is read by Astro (@astrojs/internal-helpers' parseYaml): an unquoted
    // 2026-12-24 is a date there, and "<<" merges. The check reads it the same way.
    ...(asAstroReadsIt ? { customTags: ["timestamp" as const], merge: true, schema: "core" as const } : {}),
  });
  const problems: ContentProblem[] = [];
  for (const error of doc.errors) {
    const line = counter.linePos(error.pos[0]).line + lineOffset;
    const sourceLine = text.split("\n")[line - lineOffset - 1] ?? "";
    const where = { file, line };
    if (error.code === "TAB_AS_INDENT") problems.push(problem("yamlTab", {}, where));
    else if (error.code === "DUPLICATE_KEY") {
      const field =
        fieldAt(doc, counter, lineOffset, line) ?? /^\s*([^:]+):/.exec(sourceLine)?.[1] ?? "a field";
      problems.push(problem("yamlDuplicateKey", { field }, { ...where, field }));
    } else if (error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") {
      problems.push(problem("yamlColon", {}, where));
    } else {
      const detail = error.message
        .replace(/ at line \d+, column \d+:?[\s\S]*$/, "")
        .replace(/\s+/g, " ")
        .trim();
      problems.push(
        problem("yamlOther", { detail: detail.charAt(0).toLowerCase() + detail.slice(1) }, where),
      );
    }
  }
  const lineAt = (index: number | undefined) =>
    index === undefined ? undefined : counter.linePos(index).line + lineOffset;
  const nodeAt = (path: readonly PropertyKey[]) => {
    try {
      return doc.getIn(
        path.map((key) => (typeof key === "symbol" ? String(key) : key)),
        true,
      ) as { range?: [number, number, number] } | undefined;
    } catch {
      return undefined;
    }
  };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 1; depth--) {
      const line = lineAt(nodeAt(path.slice(0, depth))?.range?.[0]);
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const keyLineOf = (path: readonly PropertyKey[]): number | undefined => {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
    if (!isMap(parent)) return lineOf(path);
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
    return isScalar(pair?.key) ? lineAt(pair.key.range?.[0]) : lineOf(path);
  };
  // Curly quotes are valid YAML, so they slip into the text; a value wrapped in them was meant as quotes.
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.value) && typeof pair.value.value === "string" && pair.value.type === "PLAIN") {
        if (CURLY.test(pair.value.value.trim())) {
          const field = String(isScalar(pair.key) ? pair.key.value : "");
          problems.push(
            problem("yamlSmartQuotes", { field }, { file, field, line: lineAt(pair.value.range?.[0]) }),
          );
        }
      }
    }
  }
  let syntaxOk = doc.errors.length === 0;
  let data: unknown;
  try {
    // The reader refuses aliases that multiply past a limit (a "billion laughs"), by throwing.
    if (syntaxOk) data = doc.toJS();
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    syntaxOk = false;
    problems.push(problem("yamlAliases", {}, { file }));
  }
  return { data, syntaxOk, problems, lineOf, keyLineOf };
}

export interface IssueContext {
  file: string;
  source: YamlSource;
  /** Example values for missing fields, e.g. { title: '"How to sit well"' }. */
  examples?: Readonly<Record<string, string>>;
}

const pathText = (path: readonly PropertyKey[]) => path.map(String).join(".");

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Keys a zod object accepts, for "the fields are: …". */
/** The fields an object schema has (through optional, default and pipe wrappers). */
export function keysOf(schema: z.ZodType | undefined): string[] {
  let current: unknown = schema;
  for (let i = 0; i < 10 && current; i++) {
    const def = (current as { def?: Record<string, unknown> }).def;
    if (!def) return [];
    if (def["type"] === "object") return Object.keys(def["shape"] as object);
    current = def["innerType"] ?? def["in"] ?? def["schema"];
  }
  return [];
}

function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: unknown = schema;
  for (const key of path) {
    for (let i = 0; i < 10; i++) {
      const def = (current as { def?: Record<string, unknown> } | undefined)?.def;
      if (!def) return undefined;
      if (def["type"] === "object") {
        current = (def["shape"] as Record<string, unknown>)[String(key)];
        break;
      }
      if (def["type"] === "array") {
        current = def["element"];
        break;
      }
      current = def["innerType"] ?? def["in"] ?? def["schema"];
    }
  }
  return current as z.ZodType | undefined;
}

/** Params a custom issue carries to be worded as "… is not <of>. Use one of: …". */
export interface ChoiceParams {
  kind: "choice";
  value: string;
  of: string;
  choices: string;
}

/** zod issues, worded with the catalogue and placed on their lines. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  { file, source, examples = {} }: IssueContext,
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const path = issue.path;
    const field = pathText(path);
    if (issue.code === "unrecognized_keys") {
      const allowed = keysOf(schemaAt(schema, path));
      return issue.keys.map((key) =>
        problem(
          "unknownField",
          { field: [...path, key].map(String).join("."), allowed },
          { file, field: key, line: source.keyLineOf([...path, key]) },
        ),
      );
    }
    const params = (issue as { params?: Partial<ChoiceParams> & { kind?: string } }).params;
    if (params?.kind === "choice") {
      return [
        problem(
          "unknownChoice",
          {
            field,
            value: params.value ?? "",
            kind: params.of ?? "allowed here",
            choices: params.choices ?? "",
          },
          { file, field, line: source.lineOf(path) },
        ),
      ];
    }
    if (params?.kind === "consent") {
      return [problem("consentMissing", {}, { file, field, line: source.lineOf(path) })];
    }
    if (params?.kind === "heroAlt") {
      return [
        problem(
          "heroAltMissing",
          { image: "heroImage", alt: "heroAlt" },
          { file, field, line: source.lineOf(["heroImage"]) },
        ),
      ];
    }
    if (params?.kind === "neededToPublish") {
      return [
        problem(
          "neededToPublish",
          { field, example: examples[String(path.at(-1))] ?? "…" },
          { file, field, line: source.lineOf(path.slice(0, -1)) },
        ),
      ];
    }
    const value = valueAt(source.data, path);
    // Written with no value (`pubDate:`) is as good as missing: say what to write.
    if ((value === undefined || value === null) && path.length > 0) {
      const name = String(path.at(-1));
      return [
        problem(
          "missingField",
          { field, example: examples[name] ?? "…" },
          { file, field, line: source.lineOf(path) ?? source.lineOf(path.slice(0, -1)) },
        ),
      ];
    }
    if (issue.code === "invalid_value" && "values" in issue) {
      return [
        problem(
          "unknownChoice",
          { field, value: String(value), kind: "allowed here", choices: choices(issue.values.map(String)) },
          { file, field, line: source.lineOf(path) },
        ),
      ];
    }
    // An address that must be https:// or may not hold braces (the settings' and their translations').
    if (params?.kind === "https" || params?.kind === "braces") {
      return [
        problem(
          params.kind === "https" ? "httpsOnly" : "urlBraces",
          { setting: field, value: String(value) },
          { file, field, line: source.lineOf(path) },
        ),
      ];
    }
    if (params?.kind === "date") {
      return [
        problem("notARealDate", { field, value: String(value) }, { file, field, line: source.lineOf(path) }),
      ];
    }
    if (params?.kind === "tag") {
      return [
        problem(
          "tagStyle",
          { value: String(value), suggestion: tagSuggestion(String(value)) },
          { file, field, line: source.lineOf(path) },
        ),
      ];
    }
    return [
      problem(
        "invalidValue",
        { field: field || "The file", value, rule: issue.message },
        { file, field, line: source.lineOf(path) },
      ),
    ];
  });
}

/** "Lower Back" → "lower-back": the tag the marketer most likely meant. */
export function tagSuggestion(value: string): string {
  const tag = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return tag || "lower-back";
}
