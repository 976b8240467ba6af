import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
write("content/posts/entry.mdx", 'import room from "images/room.png";\nexport default room;\n');
write("content/posts/missing.mdx", 'import gone from "images/gone.png";\nexport default gone;\n');
// The second way in (red team, round two): the check read the picture `.room.png#x`, Vite cut the
// `#x` off and bundled `.room.png`, a script with a picture's name, as JavaScript.
write("content/posts/images/.room.png#x", PNG);
write("content/posts/images/.room.png", 'export default "CODE IN A FILE NAMED LIKE A PICTURE";');
write("content/posts/fragment.mdx", 'import room from "./images/.room.png#x";\nexport default room;\n');
write("content/posts/fragment-bare.mdx", 'import room from "images/.room.png#x";\nexport default room;\n');
write("content/posts/images/fake.png", 'export default "NOT A PICTURE";');
write("content/posts/fake.mdx", 'import room from "./images/fake.png";\nexport default room;\n');
// Found reviewing this change: the compiler's own package names passed unchecked, and a package of
// that name below content/ answered first; and a photo saved as .jpg that is a PNG is a photo.
write(
  "content/posts/node_modules/astro/x.js",
  'export default "CODE UNDER A PACKAGE NAME THE COMPILER USES";',
);
write("content/posts/compiler-name.mdx", 'import x from "astro/x.js";\nexport default x;\n');
write("content/posts/images/photo.jpg", PNG);
write("content/posts/photo.mdx", 'import photo from "./images/photo.jpg";\nexport default photo;\n');
write("content/posts/evil.js", 'export default "CODE LOADED FROM CONTENT BY ANY IMPORTER";');
write("main.js", 'import evil from "./content/posts/evil.js";\nexport default evil;\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// What the MDX compiler hands on is JavaScript: here the fixtures' .mdx files are JavaScript already.
const mdxAsCompiled: Plugin = {
  name: "mdx-as-compiled",
  load: (id) => (id.endsWith(".mdx") ? { code: readFileSync(id, "utf8"), moduleType: "js" } : null),
};

async function bundle(entry: string, guards: Plugin[]): Promise<string> {
  const plugins = [mdxAsCompiled, ...guards];
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
    expect(await bundle("content/posts/entry.mdx", [])).toContain("CODE FROM A PACKAGE IN CONTENT");
  });

  it("a bare picture path is the picture next to the entry, as the content check reads it", async () => {
    const output = await bundle("content/posts/entry.mdx", [
      contentImportsPlugin(join(root, "content"), root),
    ]);
    expect(output).not.toContain("CODE FROM A PACKAGE IN CONTENT");
    // (A library build inlines the picture.)
    expect(output).toContain(`data:image/png;base64,${Buffer.from(PNG).toString("base64")}`);
  });

  it("without the guard, a # in the path bundles the file behind it as JavaScript (the second attack)", async () => {
    expect(await bundle("content/posts/fragment.mdx", [])).toContain("CODE IN A FILE NAMED LIKE A PICTURE");
  });

  it.each([
    ["content/posts/fragment.mdx", /names "\.\/images\/\.room\.png#x", which holds a \? or a #/],
    ["content/posts/fragment-bare.mdx", /names "images\/\.room\.png#x", which holds a \? or a #/],
    ["content/posts/fake.mdx", /names "\.\/images\/fake\.png", which is not the picture its name says/],
  ])("%s stops the build, naming the file and the path", async (entry, message) => {
    await expect(bundle(entry, [contentImportsPlugin(join(root, "content"), root)])).rejects.toThrow(message);
  });

  it("a package name the compiler uses is never answered from content/", async () => {
    await expect(
      bundle("content/posts/compiler-name.mdx", [contentImportsPlugin(join(root, "content"), root)]),
    ).rejects.toThrow(/names "astro\/x\.js", which is not a file next to it/);
  });

  it("nothing from content/ is loaded but entries and pictures, whoever imports it", async () => {
    expect(await bundle("main.js", [])).toContain("CODE LOADED FROM CONTENT BY ANY IMPORTER");
    await expect(bundle("main.js", [contentImportsPlugin(join(root, "content"), root)])).rejects.toThrow(
      /content\/posts\/evil\.js is not an entry or a picture/,
    );
  });

  it("a photo saved as .jpg that is a PNG is a photo", async () => {
    const output = await bundle("content/posts/photo.mdx", [
      contentImportsPlugin(join(root, "content"), root),
    ]);
    expect(output).toContain("data:image/");
  });

  it("a path that names no file next to the entry stops the build, naming the file and the path", async () => {
    await expect(
      bundle("content/posts/missing.mdx", [contentImportsPlugin(join(root, "content"), root)]),
    ).rejects.toThrow(
      /content\/posts\/missing\.mdx names "images\/gone\.png", which is not a file next to it/,
    );
  });

  // The preview imports the site's words as text (content/copy/home.yaml?raw), which Vite resolves
  // from the file itself: a guard on every importer in content/ answered every page with a 500.
  it("leaves what is not a body alone: the site's words are read as data", async () => {
    const plugin = contentImportsPlugin(join(root, "content"), root);
    const resolveId = plugin.resolveId as (source: string, importer: string) => Promise<unknown>;
    const words = join(root, "content/copy/home.yaml");
    expect(await resolveId.call({}, words, `${words}?raw`)).toBeNull();
  });
});
