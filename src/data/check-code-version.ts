import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

// What the content check's findings depend on besides the content: its code. A kept verdict
// (verdict-cache.ts) is dropped when it changes.

/**
 * The check's code: every source below src/lib (the check reads settings, hours, copy and quiz
 * rules as well as the content rules), how it reads a site and what the MDX compiler reads, the
 * installed packages (package-lock.json: the YAML, Markdown and schema readers) and Node itself.
 */
const CODE_SOURCES = [
  "src/lib",
  "src/data/content-files.ts",
  "src/data/mdx-compiler-reading.ts",
  "package-lock.json",
];

/** A file itself, or a folder's TypeScript sources, in a fixed order. */
function sourcesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name))
    .sort()
    .map((name) => join(path, name));
}

/** A digest of the check's code and of the packages and Node it runs on. */
export function checkCodeVersion(root: string): string {
  const hash = createHash("sha256").update(process.version);
  for (const source of CODE_SOURCES)
    for (const file of sourcesBelow(join(root, source))) hash.update(file).update(readFileSync(file));
  return hash.digest("base64url");
}
