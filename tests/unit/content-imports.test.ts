import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Plugin, type Rolldown } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { contentImportsPlugin } from "../../src/integrations/content-imports.ts";

// Found in review (2026-12-07): a body's bare picture path (`![…](images/room.png)`) was resolved as a
// package first, and a package below content/ answered it with a script that the build ran. Real
// Vite, on a folder laid out as the attack was.
const root = mkdtempSync(join(tmpdir(), "content-imports-"));
const write = (file: string, text: string | Uint8Array) => {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), text);
};
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);
write("content/posts/images/room.png", PNG);
write(
  "content/posts/node_modules/images/package.json",
  JSON.stringify({ name: "images", version: "1.0.0", exports: { "./room.png": "./room.js" } }),
);
write("content/posts/node_modules/images/room.js", 'export default "CODE FROM A PACKAGE IN CONTENT";');
write("content/posts/entry.js", 'import room from "images/room.png";\nexport default room;\n');
write("content/posts/missing.js", 'import gone from "images/gone.png";\nexport default gone;\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function bundle(entry: string, plugins: Plugin[]): Promise<string> {
  const result = (await build({
    root,
    logLevel: "silent",
    configFile: false,
    plugins,
    build: { write: false, lib: { entry: join(root, entry), formats: ["es"] } },
  })) as Rolldown.RolldownOutput[];
  return result
    .flatMap((output) => output.output)
    .map((file) => (file.type === "chunk" ? file.code : `asset ${file.fileName}`))
    .join("\n");
}

describe("imports from content/", () => {
  it("without the guard, Vite answers the bare path with the package's script (the attack)", async () => {
    expect(await bundle("content/posts/entry.js", [])).toContain("CODE FROM A PACKAGE IN CONTENT");
  });

  it("a bare picture path is the picture next to the entry, as the content check reads it", async () => {
    const output = await bundle("content/posts/entry.js", [
      contentImportsPlugin(join(root, "content"), root),
    ]);
    expect(output).not.toContain("CODE FROM A PACKAGE IN CONTENT");
    // (A library build inlines the picture.)
    expect(output).toContain(`data:image/png;base64,${Buffer.from(PNG).toString("base64")}`);
  });

  it("a path that names no file next to the entry stops the build, naming the file and the path", async () => {
    await expect(
      bundle("content/posts/missing.js", [contentImportsPlugin(join(root, "content"), root)]),
    ).rejects.toThrow(
      /content\/posts\/missing\.js names "images\/gone\.png", which is not a file next to it/,
    );
  });
});
