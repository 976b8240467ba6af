import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { beforeAll, describe, expect, it } from "vitest";
import { ATTACKS, attackPost, type Attack } from "../support/attacks.ts";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { publishedVariant } from "../support/variants.ts";

// Every row of the security table that the checks let through is built (in the shared published
// variant, tests/support/variants.ts), and its page is read with an HTML parser: nothing on it may run, redirect, submit or load from
// elsewhere. Rows the checks refuse never reach a build (tests/unit/security-table.test.ts).

type Node = DefaultTreeAdapterMap["childNode"] | DefaultTreeAdapterMap["document"];
type Element = DefaultTreeAdapterMap["element"];

const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "poster",
  "data",
  "srcset",
]);
const NEVER = new Set(["base", "iframe", "frame", "frameset", "object", "embed", "applet"]);

function elements(node: Node, found: Element[] = []): Element[] {
  if ("tagName" in node) found.push(node);
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) elements(child as Node, found);
  if ("content" in node && node.content) elements(node.content as unknown as Node, found);
  return found;
}

const textOf = (element: Element) =>
  element.childNodes.map((child) => ("value" in child ? String(child.value) : "")).join("");

/** What on a page could run, redirect, submit or load: one line each, for the assertions to read. */
function activeParts(html: string): { dangers: string[]; scripts: string[] } {
  const dangers: string[] = [];
  const scripts: string[] = [];
  for (const element of elements(parse(html))) {
    const attribute = (name: string) => element.attrs.find((each) => each.name === name)?.value;
    for (const { name, value } of element.attrs) {
      if (/^on/i.test(name)) dangers.push(`<${element.tagName} ${name}>`);
      // A quote in an attribute's name: no serializer writes one, it is what is left when markup
      // placed where text belonged ends the attribute early (its own closing quote comes after).
      if (/["'<]/.test(name)) dangers.push(`<${element.tagName}> broken out of at ${name}`);
      // The URL parser drops control characters, spaces and tabs around and inside a scheme.
      // eslint-disable-next-line no-control-regex
      const bare = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data):/.test(bare) && element.tagName !== "img")
        dangers.push(`<${element.tagName} ${name}="${value}">`);
    }
    if (NEVER.has(element.tagName)) dangers.push(`<${element.tagName}>`);
    // The quiz's form submits nowhere; a form that sends elsewhere would be content's.
    const action = attribute("action");
    if (element.tagName === "form" && action !== undefined && !/^\/(?![/\\])/.test(action))
      dangers.push(`<form action="${action}">`);
    if (element.tagName === "meta" && attribute("http-equiv")?.toLowerCase() === "refresh")
      dangers.push("<meta http-equiv=refresh>");
    if (element.tagName === "script") {
      if (attribute("type") === "application/ld+json") {
        try {
          JSON.parse(textOf(element));
        } catch {
          dangers.push("JSON-LD that does not parse (broken out of)");
        }
      } else {
        const source = attribute("src") ?? createHash("sha256").update(textOf(element)).digest("base64");
        scripts.push(`${attribute("type") ?? ""} ${source}`);
      }
    }
  }
  return { dangers, scripts };
}

const harmless = ATTACKS.map((attack, index) => ({ attack, index })).filter(
  ({ attack }) => attack.outcome === "harmless",
);

/** The page each harmless row publishes on. */
function pageOf(attack: Attack, index: number): string {
  const post = attackPost(attack, index);
  if (post) return `blog/${post.file.replace(/^content\/posts\/|\.mdx$/g, "")}/index.html`;
  return "faq/index.html";
}

describe("the security table's published rows, built", () => {
  let copy: BuiltVariant | undefined;
  beforeAll(async () => {
    copy = builtVariant(await publishedVariant());
  }, 900_000);

  it("builds", () => {
    expect(copy?.ok, copy?.output.slice(-3000)).toBe(true);
  });

  const read = (page: string) => readFileSync(join(copy!.dir, "dist", page), "utf8");

  it("the page reader finds each kind of danger it looks for", () => {
    const { dangers, scripts } = activeParts(
      '<meta http-equiv="Refresh" content="0;url=https://e.example/"><base href="https://e.example/"><div onMouseOver="x">' +
        '<a href=" java\tscript:x">a</a><form action="https://e.example/"><button formaction="data:text/html,x">b</button></form>' +
        '<iframe src="https://e.example/"></iframe><script type="application/ld+json">{"name":"</script><script>alert(1)</script>' +
        '<aside aria-label="<p>Tip: <span lang="a b">x</span>"></aside>',
    );
    expect(dangers).toEqual([
      "<meta http-equiv=refresh>",
      "<base>",
      "<div onmouseover>",
      '<a href=" java\tscript:x">',
      '<form action="https://e.example/">',
      '<button formaction="data:text/html,x">',
      "<iframe>",
      "JSON-LD that does not parse (broken out of)",
      '<aside> broken out of at b"',
    ]);
    expect(scripts).toHaveLength(1);
  });

  it("an ordinary article has nothing active but the site's own scripts", () => {
    expect(activeParts(read("blog/six-reasons-to-get-a-massage-for-back-pain/index.html")).dangers).toEqual(
      [],
    );
  });

  for (const { attack, index } of harmless) {
    it(`${attack.name}: published with nothing that runs, redirects or submits`, () => {
      const page = read(pageOf(attack, index));
      const control = activeParts(read("blog/six-reasons-to-get-a-massage-for-back-pain/index.html"));
      const { dangers, scripts } = activeParts(page);
      expect(dangers).toEqual([]);
      // Only scripts the site itself writes on every article (the same file or the same hash).
      for (const script of scripts)
        expect(control.scripts.concat(activeParts(read("faq/index.html")).scripts)).toContain(script);
      // The attack's words are on the page as words.
      if (attack.target.kind === "post-body")
        expect(page).toContain(`Row ${index + 1} of the security table.`);
    });
  }
});
