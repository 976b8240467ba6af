import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkEdit } from "../../src/lib/content/edit-check.ts";
import { MESSAGES } from "../../src/lib/content/messages.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { minimalSite } from "../support/minimal-site.ts";

// Found in review (2026-12-07): a file whose aliases multiply (a "billion laughs") made the YAML
// reader throw "Excessive alias count…", naming no file; the editor's check threw on every save of any
// entry, so nothing could be saved until someone fixed the file in git.
const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ..."bcdefghi".split("").map((name, index) => {
    const previous = "abcdefghi"[index]!;
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`;
  }),
].join("\n");

describe("a YAML file whose aliases multiply", () => {
  it("is a mistake naming the file, not an error that stops the check", () => {
    const site = minimalSite();
    const faq = { file: "content/faq.yaml", text: `${readFileSync("content/faq.yaml", "utf8")}\n${BOMB}\n` };
    const withBomb = { ...site, copy: [...site.copy.filter((file) => file.file !== faq.file), faq] };
    const lines = checkEdit(withBomb, faq, { today: "2026-06-01", includeDrafts: false }).problems.map(
      formatProblem,
    );
    expect(lines).toContain(
      `content/faq.yaml  ${MESSAGES.yamlAliases.what({})} ${MESSAGES.yamlAliases.fix({})}`,
    );
  });
});
