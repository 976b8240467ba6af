import { buildSync } from "esbuild";
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The build keeps a passed content check and takes it again when the site it would be given is the
// same (src/data/verdict-cache.ts). That is sound only while the check reads nothing but that site
// and its options: no file, no environment variable, no clock of its own. A module of the check
// that starts to would make the kept verdict miss an input, so this fails first.
const ENTRY = "src/lib/content/site-check.ts";
/** Found in the check's modules but never on its path, each with the reason. */
const NOT_THE_CHECKS: Readonly<Record<string, string>> = {
  // The model names the editor's slug settings from this module; the check never names a new entry.
  "src/lib/cms/entry-slug.ts reads the clock (new Date())": "a new entry's default date, in the editor",
};
const OUTSIDE = /^node:(fs|fs\/promises|child_process|os|process|worker_threads|http|https|net)$/;

function checkModules(): string[] {
  const { metafile } = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs).filter((input) => input.startsWith("src/"));
}

/** What in a module reads from outside its arguments: imports of the system, process.env, the clock. */
function readsOutside(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (OUTSIDE.test(node.moduleSpecifier.text)) found.push(`imports ${node.moduleSpecifier.text}`);
    } else if (ts.isPropertyAccessExpression(node) && node.getText() === "process.env") {
      found.push("reads process.env");
    } else if (ts.isNewExpression(node) && node.expression.getText() === "Date" && !node.arguments?.length) {
      found.push("reads the clock (new Date())");
    } else if (ts.isCallExpression(node) && node.expression.getText() === "Date.now") {
      found.push("reads the clock (Date.now())");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((what) => `${file} ${what}`);
}

describe("the content check", () => {
  it("reads nothing but the site and the options it is given", () => {
    const modules = checkModules();
    expect(modules.length).toBeGreaterThan(20);
    expect(modules.flatMap(readsOutside).filter((found) => !(found in NOT_THE_CHECKS))).toEqual([]);
  });
});
