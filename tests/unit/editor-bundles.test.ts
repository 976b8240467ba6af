import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { editorScriptBundler } from "../../src/integrations/cms-admin.ts";

// `astro dev` serves the editor's scripts from kept esbuild contexts (src/integrations/cms-admin.ts):
// a rule changed while the preview runs must still be in the editor's next page load.
describe("the editor's scripts in the writing preview", () => {
  const root = mkdtempSync(join(tmpdir(), "editor-bundles-"));
  const bundler = editorScriptBundler(root);
  afterAll(async () => {
    await bundler.dispose();
    rmSync(root, { recursive: true, force: true });
  });
  mkdirSync(join(root, "src/admin"), { recursive: true });
  const writeRule = (words: string) =>
    writeFileSync(join(root, "src/admin/rule.ts"), `export const rule = ${JSON.stringify(words)};\n`);
  writeFileSync(join(root, "src/admin/start.ts"), 'import { rule } from "./rule";\nconsole.log(rule);\n');

  it("bundles each request again: a changed file and a newly imported one are in the next bundle", async () => {
    writeRule("a description needs 50 characters");
    expect(await bundler.bundle("start.js")).toContain("a description needs 50 characters");
    writeRule("a description needs 70 characters");
    const changed = await bundler.bundle("start.js");
    expect(changed).toContain("a description needs 70 characters");
    expect(changed).not.toContain("50 characters");
    writeFileSync(join(root, "src/admin/more.ts"), 'export const more = "a new rule file";\n');
    writeFileSync(
      join(root, "src/admin/start.ts"),
      'import { rule } from "./rule";\nimport { more } from "./more";\nconsole.log(rule, more);\n',
    );
    expect(await bundler.bundle("start.js")).toContain("a new rule file");
  });

  it("refuses a name that is not one of the editor's scripts", async () => {
    await expect(bundler.bundle("other.js")).rejects.toThrow("other.js is not one of the editor's scripts.");
  });
});
