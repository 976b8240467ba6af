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
import { ruledParts, type MdxPart } from "./mdx-parts.ts";
import { nearestComponent, parseMdxBody, type MdxNode } from "./mdx-syntax.ts";
import { problem, type ContentProblem } from "./problems.ts";
import { youtubeProblems } from "./youtube.ts";

/**
 * Every rule on the body of a post, page or massage type, walked over the one parsed MDX tree
 * (mdx-syntax.ts) against the allowlist in body-model.ts. Every URL is checked as the parser
 * decoded it, wherever it stands (links, images, reference definitions, autolinks, attributes).
 * What depends on the rest of the site (does the page, picture or massage type exist) is returned
 * as facts for site-check.ts, so one parse serves the build, the preview and the editor.
 */

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
  /**
   * What the rules looked at, for the build's comparison with the compiler's reading
   * (mdx-parts.ts); absent when the body could not be read.
   */
  parts?: MdxPart[] | undefined;
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

function readFacts(content: ContentFile): BodyFacts {
  const { file } = content;
  const { tree, problems } = parseMdxBody(content);
  const facts: BodyFacts = { problems, siteLinks: [], pictures: [], services: [] };
  if (!tree) return facts;
  // A body read only once its syntax mistakes were taken out is refused for them already.
  if (problems.length === 0) facts.parts = ruledParts(tree);
  const known = componentsFor(file);
  const definitions = new Map<string, string>();
  // A definition only images use is a picture's path, checked as a picture.
  const linkReferences = new Set<string>();
  const imageReferences = new Set<string>();
  const collect = (node: MdxNode) => {
    if (node.type === "definition" && node.identifier) definitions.set(node.identifier, node.url ?? "");
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
    if (found.length === 0 && src !== "" && !src.startsWith("/"))
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
            { name, suggestion: nearestComponent(name, known), known: choices(known) },
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
        const estree = node.data?.estree;
        const value = String(node.value ?? "");
        const snippet = short(`{${value}}`);
        // {/* a note */} is the writers' own note: the compiler drops it, nothing runs.
        const onlyComment = estree !== undefined && estree !== null && estree.body.length === 0;
        if (onlyComment && (estree.comments?.length ?? 0) > 0) break;
        facts.problems.push(
          onlyComment || value.trim() === ""
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

const read = new Map<string, BodyFacts>();
const keyOf = (content: ContentFile) => `${content.file}\n${content.text}`;
// The preview keeps reading edited texts: a bound on what it remembers (a site has far fewer files).
const MOST_REMEMBERED = 20_000;

/** Facts read by an earlier build of the same text with the same rules (content-guard's cache). */
export function rememberBody(content: ContentFile, facts: BodyFacts): void {
  if (read.size >= MOST_REMEMBERED) read.clear();
  read.set(keyOf(content), facts);
}

/**
 * Forgets every body read: the build's check, once done and its findings kept on disk
 * (content-guard.ts), would otherwise hold every text and its facts while Vite bundles the site.
 */
export function forgetBodies(): void {
  read.clear();
}

/** The facts of a text this process has read, if it has. */
export function recallBody(content: ContentFile): BodyFacts | undefined {
  return read.get(keyOf(content));
}

/**
 * The facts of one body, read once per text: the preview checks every file on each request, the
 * editor on each save, and the build reuses what its last run read (src/integrations/content-guard.ts).
 */
export function readBody(content: ContentFile): BodyFacts {
  let facts = recallBody(content);
  if (!facts) {
    facts = readFacts(content);
    rememberBody(content, facts);
  }
  return {
    problems: facts.problems.map((found) => ({ ...found })),
    siteLinks: [...facts.siteLinks],
    pictures: [...facts.pictures],
    services: [...facts.services],
    parts: facts.parts,
  };
}

/** Every mistake in a body that needs nothing but the file to find. */
export function checkMdxBody(content: ContentFile): ContentProblem[] {
  return readBody(content).problems;
}
