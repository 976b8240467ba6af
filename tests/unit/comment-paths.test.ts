import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// A comment that names a file is a promise that the file is there: after a move or a rename, a
// comment naming the old path sends the next reader to nothing.
// content/ is left out: comments show example entries there (content/posts/x.mdx) to explain a format.
const TOP = ["src", "scripts", "tests", "docs", "public", "functions", ".github", ".ci"];
const PATH = new RegExp(
  String.raw`(?<![\w./-])((?:${TOP.map((top) => top.replace(".", "\\.")).join("|")})/[\w.\-/\[\]]*[\w\]/])`,
  "g",
);
const CODE = /\.(ts|tsx|mjs|js|astro)$/;

/** The comments of a source file, as TypeScript reads them (not `//` inside a string). */
function comments(file: string, text: string): string[] {
  // An .astro file's code is its frontmatter.
  const code = file.endsWith(".astro") ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") : text;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found = new Map<number, string>();
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) found.set(range.pos, code.slice(range.pos, range.end));
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(code, node.pos));
    collect(ts.getTrailingCommentRanges(code, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found.values()];
}

describe("paths named in comments", () => {
  it("every file or folder a comment names exists", () => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
      encoding: "utf8",
    })
      .split("\n")
      .filter((file) => CODE.test(file) && existsSync(file));
    const missing: string[] = [];
    for (const file of files) {
      for (const comment of comments(file, readFileSync(file, "utf8"))) {
        for (const [, path = ""] of comment.matchAll(PATH)) {
          // A pattern (content/posts/*.mdx) or a placeholder (<name>) names no one file.
          if (/[*<>{}]/.test(path)) continue;
          if (!existsSync(path.replace(/\/$/, ""))) missing.push(`${file}: ${path}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
