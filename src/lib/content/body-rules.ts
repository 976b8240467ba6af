import { tokenizer, type Comment } from "acorn";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx";
import {
  attributesOf,
  BLOCKED_BY_POLICY,
  componentsFor,
  insteadOfElement,
  requiredAttributes,
  type AttributeRule,
} from "./body-model.ts";
import type { ContentFile } from "./checks.ts";
import { linkProblem, linkRefusal } from "./links.ts";
import { choices } from "./messages.ts";
import { parseMdxBody, type MdxNode } from "./mdx-syntax.ts";
import { splitFrontmatter } from "./frontmatter-block.ts";
import { nearest } from "./nearest.ts";
import { problem, type ContentProblem } from "./problems.ts";
import { youtubeProblems } from "./youtube.ts";

/**
 * Every rule on the body of a post, page or massage type, walked over the parsed MDX tree against
 * the allowlist in body-model.ts. Every URL is checked as the parser decoded it, wherever it stands
 * (links, images, reference definitions, autolinks, attributes). What depends on the rest of the
 * site (does the page, picture or massage type exist) is returned as facts for site-check.ts.
 *
 * Where Astro's MDX compiler runs (the build and `astro dev`), the tree walked is the compiler's
 * own reading of the file (`CompilerReading`): the rules vouch for exactly what becomes the page.
 * The browser editor has no compiler and walks micromark's reading (mdx-syntax.ts), which also
 * says what is wrong, in the writer's words, with a body the compiler cannot read.
 * docs/decisions/mdx-readers.md has the measurements.
 */

/** The MDX compiler's reading of a file's whole text; throws the compiler's error. */
export type CompilerReading = (text: string) => MdxNode;

/** A link to a page of this site, for the check that the page exists. */
export interface SiteLink {
  target: string;
  line?: number | undefined;
}

/** A picture the body names, for the check that the file exists. */
export interface PictureUse {
  src: string;
  /** "image" for Markdown images (relative to the file), "Figure src" for a path below content/. */
  field: string;
  /** A component's path is below content/; a Markdown image's is relative to the file. */
  fromContentFolder: boolean;
  line?: number | undefined;
}

/** A massage type a booking button names. */
export interface ServiceUse {
  service: string;
  field: string;
  line?: number | undefined;
}

export interface BodyFacts {
  /** Mistakes that need nothing but the file to find. */
  problems: ContentProblem[];
  siteLinks: SiteLink[];
  pictures: PictureUse[];
  services: ServiceUse[];
  /** Whether the body holds anything to read: more than the fields and comments. */
  hasText: boolean;
}

const short = (snippet: string) => {
  const line = snippet.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

const codeSnippet = (value: string) => {
  const first = value.split("\n")[0] ?? "";
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
};

const isRemote = (src: string) => /^(https?:)?\/\//i.test(src.trim());

/** A picture path: refused when it is another website's or not a path at all. */
function pictureProblems(src: string, where: { file: string; line?: number | undefined; field: string }) {
  if (isRemote(src)) return [problem("remoteImage", { src }, where)];
  const refusal = linkRefusal(src);
  if (refusal?.kind === "scheme" && src.trim() !== "") return [linkProblem(src, where)];
  return [];
}

const attributeValues = (node: MdxNode): Record<string, string> =>
  Object.fromEntries(
    (node.attributes ?? []).flatMap((attribute) =>
      attribute.type === "mdxJsxAttribute" &&
      (attribute.value === null || typeof attribute.value === "string")
        ? [[attribute.name, attribute.value ?? ""]]
        : [],
    ),
  );

/**
 * `{…}` holding only a comment, `{/* a note *\/}`: the writers' own note, which the compiler drops.
 * micromark hands over the expression as parsed; the compiler's reading gives only its text, which
 * is read here with the same JavaScript parser. Anything that is not a comment is code.
 */
function onlyComment(node: MdxNode): boolean {
  const estree = node.data?.estree;
  if (estree) return estree.body.length === 0 && (estree.comments?.length ?? 0) > 0;
  const comments: Comment[] = [];
  try {
    // Read as an expression in module code, as the page's is: an HTML-like `<!--` is a comment only
    // in a script and `#!` only on a file's first line. Any token at all, or text the parser cannot
    // read, is more than a comment.
    const options = {
      ecmaVersion: "latest",
      sourceType: "module",
      allowHashBang: false,
      onComment: comments,
    } as const;
    for (const _token of tokenizer(String(node.value ?? ""), options)) return false;
  } catch {
    return false;
  }
  return comments.length > 0;
}

/**
 * Whether a node of a body holds nothing to read: the fields, a comment, blank text, or a paragraph
 * of only those (two comments on one line are a paragraph to micromark, nothing to the compiler).
 */
function isEmpty(node: MdxNode): boolean {
  switch (node.type) {
    case "yaml":
    case "toml":
      return true;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      return onlyComment(node);
    case "text":
      return String(node.value ?? "").trim() === "";
    case "paragraph":
      return (node.children ?? []).every(isEmpty);
    default:
      return false;
  }
}

/** The compiler's reason, "12:3: Expected a closing tag for `<b>` (12:3) (mdx-jsx:…)", as a problem. */
function compilerRefusal(error: unknown, file: string): ContentProblem {
  const reason = String(error instanceof Error ? error.message : error);
  const line = Number(/^(\d+):\d+/.exec(reason)?.[1]) || undefined;
  const snippet = reason.replace(/^\d+:\d+(?:-\d+:\d+)?: /, "").replace(/ \(.*$/s, "");
  return problem("mdxCompilerRefuses", { snippet }, { file, line, field: "body" });
}

/**
 * The tree the rules walk, and the body's syntax mistakes. With the compiler: its reading; when it
 * cannot read the file, micromark's, which names each mistake (or, when micromark finds none, the
 * compiler's own reason) and reads the rest so every other mistake is listed too.
 */
function readTree(content: ContentFile, compiler: CompilerReading | undefined) {
  // Fields ended early by a --- or +++ line are refused for that alone (fenceInFields): what follows
  // is read differently by each reader, and the fix is in the fields.
  if (splitFrontmatter(content.text)?.fence) return { tree: undefined, problems: [] };
  if (!compiler) return parseMdxBody(content);
  try {
    return { tree: compiler(content.text), problems: [] };
  } catch (error) {
    const checked = parseMdxBody(content);
    if (checked.problems.length === 0) checked.problems.push(compilerRefusal(error, content.file));
    return checked;
  }
}

function readFacts(content: ContentFile, compiler: CompilerReading | undefined): BodyFacts {
  const { file } = content;
  const { tree, problems } = readTree(content, compiler);
  // A body neither reader can read is refused for that; it is not also called empty.
  const facts: BodyFacts = { problems, siteLinks: [], pictures: [], services: [], hasText: true };
  if (!tree) return facts;
  facts.hasText = (tree.children ?? []).some((child) => !isEmpty(child));
  const known = componentsFor(file);
  const definitions = new Map<string, string>();
  // A definition only images use is a picture's path, checked as a picture.
  const linkReferences = new Set<string>();
  const imageReferences = new Set<string>();
  const collect = (node: MdxNode) => {
    // A label's first definition is the one a reference uses (CommonMark); a later one is text.
    if (node.type === "definition" && node.identifier && !definitions.has(node.identifier))
      definitions.set(node.identifier, node.url ?? "");
    if (node.type === "linkReference") linkReferences.add(node.identifier ?? "");
    if (node.type === "imageReference") imageReferences.add(node.identifier ?? "");
    node.children?.forEach(collect);
  };
  collect(tree);

  const link = (target: string, line: number | undefined) => {
    const where = { file, line, field: "link" };
    const refusal = linkRefusal(target);
    if (refusal) facts.problems.push(linkProblem(target, where));
    else if (target.trim().startsWith("/")) facts.siteLinks.push({ target: target.trim(), line });
  };
  const picture = (
    src: string,
    alt: string | null | undefined,
    line: number | undefined,
    snippet: string,
  ) => {
    if ((alt ?? "").trim() === "")
      facts.problems.push(problem("imageNoAlt", { snippet }, { file, line, field: "image alt" }));
    const found = pictureProblems(src, { file, line, field: "image" });
    facts.problems.push(...found);
    // The site publishes no pictures from its root: one in the text is named from the file's folder.
    if (found.length === 0 && src.trim().startsWith("/"))
      facts.problems.push(
        problem("picturePathForm", { field: "image", value: src }, { file, line, field: "image" }),
      );
    else if (found.length === 0 && src !== "")
      facts.pictures.push({ src, field: "image", fromContentFolder: false, line });
  };

  const element = (node: MdxNode): boolean => {
    const name = node.name;
    const line = node.position?.start.line;
    // <>…</>: a fragment holds only what is inside it.
    if (!name) return true;
    const allowed = attributesOf(name, file);
    if (!allowed) {
      const values = attributeValues(node);
      const isComponentName =
        /^[A-Z]/.test(name) || name.includes(".") || known.some((each) => each.toLowerCase() === name);
      if (isComponentName) {
        facts.problems.push(
          problem(
            "mdxUnknownComponent",
            { name, suggestion: nearest(name, known), known: choices(known) },
            { file, line, field: `<${name}>` },
          ),
        );
        return true;
      }
      const tag = name.toLowerCase();
      const instead = insteadOfElement(tag, values);
      facts.problems.push(
        BLOCKED_BY_POLICY.has(tag)
          ? problem("rawHtml", { snippet: `<${tag}>`, instead }, { file, line, field: `<${tag}>` })
          : problem("htmlElement", { tag, instead }, { file, line, field: `<${tag}>` }),
      );
      // What is inside a refused element is refused with it.
      return false;
    }
    const isHtml = /^[a-z]/.test(name);
    const byName = new Map(
      Object.entries(allowed).map(([attribute, rule]) => [
        isHtml ? attribute.toLowerCase() : attribute,
        rule,
      ]),
    );
    const given = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      const attributeLine = attribute.position?.start.line ?? line;
      if (!expressionFree(attribute, name, attributeLine)) continue;
      const attr = attribute as MdxJsxAttribute;
      const key = isHtml ? attr.name.toLowerCase() : attr.name;
      const rule = byName.get(key);
      const value = typeof attr.value === "string" ? attr.value : "";
      if (!rule) {
        facts.problems.push(
          /^on/i.test(attr.name)
            ? problem(
                "rawHtml",
                {
                  snippet: `${attr.name}=…`,
                  instead: "Remove the handler. Use <BookingButton>, <QuizCallout> or a plain link instead.",
                },
                { file, line: attributeLine, field: attr.name },
              )
            : problem(
                "htmlAttribute",
                { tag: name, attribute: attr.name, allowed: choices(Object.keys(allowed)) },
                { file, line: attributeLine, field: `<${name}> ${attr.name}` },
              ),
        );
        continue;
      }
      given.add(key);
      attributeValue(name, key, rule, value, attributeLine);
    }
    const values = attributeValues(node);
    if (name === "YouTube") {
      facts.problems.push(...youtubeProblems({ id: values["id"], title: values["title"] }, { file, line }));
    } else if (name === "Figure" && (values["alt"] ?? "").trim() === "") {
      facts.problems.push(
        problem(
          "imageNoAlt",
          { snippet: `<Figure src="${values["src"] ?? ""}">` },
          { file, line, field: "Figure alt" },
        ),
      );
    }
    for (const attribute of requiredAttributes(name)) {
      if (given.has(attribute) || name === "YouTube" || attribute === "alt") continue;
      facts.problems.push(
        problem(
          "attributeMissing",
          { tag: name, attribute, example: `<${name} ${attribute}="…" />` },
          { file, line, field: `${name} ${attribute}` },
        ),
      );
    }
    return true;
  };

  /** `{…}` as a value: a post holds no code, so only written-out values are read. */
  const expressionFree = (
    attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
    tag: string,
    line: number | undefined,
  ): boolean => {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      const snippet = short(`{${attribute.value}}`);
      facts.problems.push(problem("mdxExpression", { snippet, tag }, { file, line, field: snippet }));
      return false;
    }
    if (attribute.value !== null && typeof attribute.value === "object") {
      const source = attribute.value.value;
      const snippet = short(`${attribute.name}={${source}}`);
      // {30} or {"A title"}: the same value as text; anything else is for the writer to say.
      const literal = /^\s*(?:(-?\d+(?:\.\d+)?)|"([^"]*)"|'([^']*)')\s*$/.exec(source);
      const value = literal ? (literal[1] ?? literal[2] ?? literal[3]) : undefined;
      facts.problems.push(
        problem(
          "mdxExpression",
          { snippet, tag, attribute: attribute.name, value },
          { file, line, field: snippet },
        ),
      );
      return false;
    }
    return true;
  };

  const attributeValue = (
    tag: string,
    attribute: string,
    rule: AttributeRule,
    value: string,
    line: number | undefined,
  ) => {
    const field = `${tag} ${attribute}`;
    if (rule.kind === "url") link(value, line);
    else if (rule.kind === "image") {
      const found = pictureProblems(value, { file, line, field });
      facts.problems.push(...found);
      if (found.length === 0 && value !== "")
        facts.pictures.push({ src: value, field, fromContentFolder: true, line });
    } else if (rule.kind === "choice" && !rule.values.includes(value)) {
      facts.problems.push(
        problem(
          "unknownChoice",
          { field, value, kind: `a ${attribute} of <${tag}>`, choices: choices(rule.values) },
          { file, line, field },
        ),
      );
    } else if (rule.kind === "massageType" && value !== "") {
      facts.services.push({ service: value, field, line });
    }
  };

  const visit = (node: MdxNode) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case "mdxFlowExpression":
      case "mdxTextExpression": {
        const value = String(node.value ?? "");
        const snippet = short(`{${value}}`);
        if (onlyComment(node)) break;
        facts.problems.push(
          value.trim() === ""
            ? problem("mdxStrayBrace", { snippet }, { file, line, field: snippet })
            : problem("mdxExpression", { snippet }, { file, line, field: snippet }),
        );
        break;
      }
      case "mdxjsEsm": {
        const snippet = codeSnippet(String(node.value ?? ""));
        facts.problems.push(
          problem(
            "codeLine",
            { snippet },
            { file, line, field: /^export/.test(snippet) ? "export" : "import" },
          ),
        );
        return;
      }
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        if (!element(node)) return;
        break;
      case "link":
        link(node.url ?? "", line);
        break;
      case "definition": {
        const id = node.identifier ?? "";
        if (linkReferences.has(id) || !imageReferences.has(id)) link(node.url ?? "", line);
        break;
      }
      case "image":
        picture(node.url ?? "", node.alt, line, `![${node.alt ?? ""}](${node.url ?? ""})`);
        break;
      case "imageReference":
        picture(
          definitions.get(node.identifier ?? "") ?? "",
          node.alt,
          line,
          `![${node.alt ?? ""}][${node.identifier ?? ""}]`,
        );
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return facts;
}

// The preview keeps reading edited texts: a bound on what it remembers (a site has far fewer files).
const MOST_REMEMBERED = 20_000;
/** What each reader (the compiler's, or micromark's when none is given) made of each text. */
const readings = new Map<CompilerReading | undefined, Map<string, BodyFacts>>();

/**
 * The facts of one body, read once per text and reader: the preview checks every file on each
 * request and the editor on each save.
 */
export function readBody(content: ContentFile, compiler?: CompilerReading): BodyFacts {
  let read = readings.get(compiler);
  if (!read) readings.set(compiler, (read = new Map()));
  const key = `${content.file}\n${content.text}`;
  let facts = read.get(key);
  if (!facts) {
    if (read.size >= MOST_REMEMBERED) read.clear();
    facts = readFacts(content, compiler);
    read.set(key, facts);
  }
  return {
    problems: facts.problems.map((found) => ({ ...found })),
    siteLinks: [...facts.siteLinks],
    pictures: [...facts.pictures],
    services: [...facts.services],
    hasText: facts.hasText,
  };
}

/**
 * Forgets every body read: the build's check, once done, would otherwise hold every text and its
 * facts while Vite bundles the site.
 */
export function forgetBodies(): void {
  readings.clear();
}

/** Every mistake in a body that needs nothing but the file to find. */
export function checkMdxBody(content: ContentFile, compiler?: CompilerReading): ContentProblem[] {
  return readBody(content, compiler).problems;
}
