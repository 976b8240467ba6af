import { request } from "node:http";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { editorModel } from "../../src/data/editor.ts";
import { buildEditorConfig } from "../../src/lib/cms/config.ts";
import { editorFolders, editorMediaFolders, insideFolders } from "../../scripts/editor-guard.ts";
import { startEditorServer, type EditorServer } from "../../scripts/editor-server.ts";

// The editor's local proxy (scripts/editor-server.ts), started in this process on a free port over
// a throwaway copy of the site's content/ and src/: what it writes, for whom, and what it refuses.

const ROOT = resolve(import.meta.dirname, "../..");
const EDITOR_ORIGIN = "http://127.0.0.1:4321";
const config = buildEditorConfig(
  editorModel(),
  { tags: ["back-pain"], massageTypes: ["swedish"] },
  { siteUrl: "https://www.example.com", localProxyUrl: "http://127.0.0.1:8081/api/v1" },
);

let dir = "";
let port = 0;
let server: EditorServer | undefined;

beforeAll(async () => {
  mkdirSync(join(ROOT, ".cache"), { recursive: true });
  dir = mkdtempSync(join(ROOT, ".cache", "editor-server-"));
  cpSync(join(ROOT, "content"), join(dir, "content"), { recursive: true });
  mkdirSync(join(dir, "src/pages"), { recursive: true });
  writeFileSync(join(dir, "src/pages/index.astro"), "<p>the site's code</p>\n");
  port = await freePort();
  server = await startEditorServer({
    root: dir,
    port,
    editorOrigin: EDITOR_ORIGIN,
    editorConfig: () => Promise.resolve(config),
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { error?: string; message?: string } & Record<string, unknown>;
}

/** A POST to the proxy as a browser or a local tool sends it, with the Host and Origin given (null: none). */
function post(body: unknown, headers: Record<string, string | null> = {}): Promise<Answer> {
  const sent = Object.fromEntries(
    Object.entries({ "Content-Type": "application/json", Origin: EDITOR_ORIGIN, ...headers }).filter(
      (entry): entry is [string, string] => entry[1] !== null,
    ),
  );
  return new Promise((done, fail) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port,
        path: "/api/v1",
        method: "POST",
        headers: sent,
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () =>
          done({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text ? (JSON.parse(text) as Answer["body"]) : {},
          }),
        );
      },
    );
    outgoing.on("error", fail);
    outgoing.end(JSON.stringify(body));
  });
}

const persistEntry = (path: string, raw: string, assets: unknown[] = []) => ({
  action: "persistEntry",
  params: {
    branch: "main",
    entry: { slug: "x", path, raw },
    assets,
    options: { commitMessage: "Content: x", useWorkflow: false, status: "draft" },
  },
});
const persistMedia = (path: string) => ({
  action: "persistMedia",
  params: {
    branch: "main",
    asset: { path, content: Buffer.from("GIF89a").toString("base64"), encoding: "base64" },
    options: { commitMessage: "Content: upload" },
  },
});
const POST = '---\ntitle: "A post"\n---\n\nText.\n';

describe("the editor's local proxy", () => {
  it("saves a post into content/posts/ and an image into the post's image folder", async () => {
    const saved = await post(persistEntry("content/posts/a-new-post.mdx", POST));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(readFileSync(join(dir, "content/posts/a-new-post.mdx"), "utf8")).toBe(POST);
    expect(saved.headers["access-control-allow-origin"]).toBe(EDITOR_ORIGIN);

    const uploaded = await post(persistMedia("content/posts/images/a-new-post/photo.gif"));
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect(existsSync(join(dir, "content/posts/images/a-new-post/photo.gif"))).toBe(true);
  });

  it("refuses to write into src/, and writes nothing", async () => {
    const entry = await post(persistEntry("src/pages/evil.astro", "---\nprocess.exit()\n---\n"));
    expect(entry.status).toBe(403);
    expect(entry.body.error).toContain('"src/pages/evil.astro" is outside them');
    expect(entry.body.error).toContain("content/");
    // The editor's page can read why.
    expect(entry.headers["access-control-allow-origin"]).toBe(EDITOR_ORIGIN);
    expect(existsSync(join(dir, "src/pages/evil.astro"))).toBe(false);

    // An upload, a file carried along with an entry, a delete: the same.
    expect((await post(persistMedia("src/pages/evil.astro"))).status).toBe(403);
    const withAsset = await post(
      persistEntry("content/posts/fine.mdx", POST, [
        { path: "src/pages/evil.astro", content: "eA==", encoding: "base64" },
      ]),
    );
    expect(withAsset.status).toBe(403);
    expect(existsSync(join(dir, "content/posts/fine.mdx")), "nothing of the request is written").toBe(false);
    const removal = await post({
      action: "deleteFile",
      params: { branch: "main", path: "src/pages/index.astro", options: { commitMessage: "x" } },
    });
    expect(removal.status).toBe(403);
    expect(existsSync(join(dir, "src/pages/index.astro"))).toBe(true);
  });

  it("refuses a path that climbs out with ../", async () => {
    for (const path of [
      "content/../src/pages/evil.astro",
      "content/posts/../../src/pages/evil.astro",
      "../evil.mdx",
    ]) {
      const answer = await post(persistEntry(path, POST));
      expect(answer.status, path).toBe(403);
      expect(answer.body.error, path).toContain("is outside them");
    }
    expect(existsSync(join(dir, "src/pages/evil.astro"))).toBe(false);
    expect(existsSync(join(dir, "../evil.mdx"))).toBe(false);
  });

  it("refuses a path that leaves content/ through a link", async () => {
    symlinkSync(join(dir, "src"), join(dir, "content/code"));
    const answer = await post(persistEntry("content/code/pages/evil.astro", POST));
    expect(answer.status).toBe(403);
    expect(answer.body.error).toContain("through a link");
    expect(existsSync(join(dir, "src/pages/evil.astro"))).toBe(false);
  });

  // Found by a review of the proxy (2026-12-07): decap-server moves an entry's folder with
  // String.replace, which reads "$`" in the new folder's name as text of its own, so a folder
  // named "..$`" became ".." after every check had passed.
  it("refuses a save that would rename or move an entry, and a path holding a $, and writes nothing", async () => {
    const renamed = {
      ...persistEntry("content/zz/x.mdx", POST, [
        { path: "content/zz/package.json", content: "eA==", encoding: "base64" },
      ]),
    };
    const params = renamed.params as Record<string, unknown>;
    params["dataFiles"] = [
      { slug: "x", path: "content/zz/x.mdx", raw: POST, newPath: "content/zz/..$`/..$`/x.mdx" },
    ];
    delete params["entry"];
    const answer = await post(renamed);
    expect(answer.status).toBe(403);
    expect(answer.body.error).toContain("rename");
    expect(existsSync(join(dir, "package.json"))).toBe(false);
    expect(existsSync(join(dir, "content/zz"))).toBe(false);
    for (const path of ["content/posts/a$`b.mdx", "content/posts/$&.mdx", "content/images/$1.gif"]) {
      const saved = await post(path.endsWith(".gif") ? persistMedia(path) : persistEntry(path, POST));
      expect(saved.status, path).toBe(403);
      expect(existsSync(join(dir, path)), path).toBe(false);
    }
  });

  it("reads no file through a link inside content/, even one that stays in the project", async () => {
    writeFileSync(join(dir, ".env"), "SECRET_TOKEN=hunter2\n");
    mkdirSync(join(dir, "content/linked"), { recursive: true });
    symlinkSync(join(dir, ".env"), join(dir, "content/linked/leak.mdx"));
    try {
      const listed = await post({
        action: "entriesByFolder",
        params: { branch: "main", folder: "content/linked", extension: "mdx", depth: 1 },
      });
      expect(listed.status).toBe(403);
      expect(listed.body.error).toContain("content/linked/leak.mdx");
      expect(JSON.stringify(listed.body)).not.toContain("hunter2");
      const media = await post({
        action: "getMedia",
        params: { branch: "main", mediaFolder: "content/linked" },
      });
      expect(media.status).toBe(403);
      expect(JSON.stringify(media.body)).not.toContain(Buffer.from("SECRET").toString("base64").slice(0, 6));
    } finally {
      rmSync(join(dir, "content/linked"), { recursive: true, force: true });
    }
  });

  it("answers no request addressed to another name (DNS rebinding)", async () => {
    for (const host of [
      "attacker.example:" + port,
      "attacker.example",
      `localhost.attacker.example:${port}`,
    ]) {
      const answer = await post(persistEntry("content/posts/rebound.mdx", POST), { Host: host });
      expect(answer.status, host).toBe(403);
      expect(answer.body.error, host).toContain("local proxy");
    }
    // Reading is refused as well: the whole site's content is not for another name either.
    const read = await post(
      { action: "getEntry", params: { branch: "main", path: "content/settings.yaml" } },
      { Host: "attacker.example" },
    );
    expect(read.status).toBe(403);
    expect(read.body).not.toHaveProperty("data");
    expect(existsSync(join(dir, "content/posts/rebound.mdx"))).toBe(false);
  });

  it("answers no page but the editor's own", async () => {
    // decap-server alone admits any localhost origin, such as another local site's page.
    for (const origin of [
      "https://attacker.example",
      `http://localhost:${port}`,
      "http://127.0.0.1:9999",
      "null",
    ]) {
      const answer = await post(persistEntry("content/posts/foreign.mdx", POST), { Origin: origin });
      expect(answer.status, origin).toBe(403);
      expect(answer.body.error, origin).toContain(`Only the editor at ${EDITOR_ORIGIN}/admin/`);
      expect(answer.headers["access-control-allow-origin"], origin).toBeUndefined();
    }
    expect(existsSync(join(dir, "content/posts/foreign.mdx"))).toBe(false);
    // A local tool sends no Origin: it may (it could write the files itself anyway).
    const info = await post({ action: "info" }, { Origin: null });
    expect(info.status).toBe(200);
  });
});

describe("the folders the proxy writes", () => {
  it("are content/ and the editor's media folders, each inside content/", () => {
    const media = editorMediaFolders(config);
    expect(media).toEqual(
      expect.arrayContaining(["content/images", "content/posts/images", "content/team/images"]),
    );
    for (const folder of editorFolders(config))
      expect(insideFolders(`${folder}/x.png`, ["content"]), folder).toBe(true);
  });

  it("hold every folder and file the editor saves entries to", () => {
    const collections = (config["collections"] as { folder?: string; files?: { file: string }[] }[]).flatMap(
      (collection) => [
        ...(collection.folder ? [`${collection.folder}/x.mdx`] : []),
        ...(collection.files ?? []).map((file) => file.file),
      ],
    );
    expect(collections.length).toBeGreaterThan(5);
    for (const path of collections) expect(insideFolders(path, editorFolders(config)), path).toBe(true);
  });

  it("take a media folder outside content/ from the configuration, placeholders cut off", () => {
    expect(
      editorFolders({
        media_folder: "static/uploads",
        collections: [{ media_folder: "/assets/{{slug}}/img" }, { media_folder: "./images" }],
      }),
    ).toEqual(["content", "assets", "static/uploads"]);
    expect(editorFolders({ media_folder: "/../outside" })).toEqual(["content"]);
  });
});
