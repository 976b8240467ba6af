// The editor's local proxy: decap-server's own request handlers for local files (what
// `decap-server` runs by default), behind the rules of scripts/editor-guard.ts, in one process on
// 127.0.0.1. Started by
// `npm run edit` (scripts/edit.ts) and by the editor tests (scripts/editor-proxy.ts); run directly:
//   PORT=8081 EDITOR_ORIGIN=http://127.0.0.1:4321 node scripts/editor-server.ts
// (GIT_REPO_DIRECTORY: the folder it serves, default the current one).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { lstat, readdir, realpath } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import {
  checkAction,
  checkCaller,
  editorFolders,
  insideFolders,
  namedPaths,
  type Refusal,
} from "./editor-guard.ts";

export const HOST = "127.0.0.1";

type Next = (error?: unknown) => void;
type Handler = (request: IncomingMessage & { body?: unknown }, response: ServerResponse, next: Next) => void;
interface App {
  (request: IncomingMessage, response: ServerResponse): void;
  use(handler: Handler): void;
}

// decap-server's handlers, and the express they are written for (decap-server's own dependency).
const requireHere = createRequire(import.meta.url);
const decapMiddlewares = requireHere.resolve("decap-server/dist/middlewares.js");
const decap = requireHere(decapMiddlewares) as {
  registerLocalFs(app: App, options: { logLevel?: string }): Promise<void>;
};
const express = createRequire(decapMiddlewares)("express") as (() => App) & {
  json(options: { limit: string }): Handler;
};

export interface EditorServerOptions {
  /** The folder the editor reads and writes: the repository, or a throwaway copy of content/. */
  root: string;
  port: number;
  /** Where the editor's page is opened (e.g. http://127.0.0.1:4321): the one origin let in. */
  editorOrigin: string;
  /**
   * The editor's configuration, whose media folders the proxy may write besides content/. By
   * default the one the editor itself loads, from `editorOrigin`/admin/config.json.
   */
  editorConfig?: () => Promise<unknown>;
  logLevel?: string;
}

export interface EditorServer {
  url: string;
  close(): Promise<void>;
}

const configFrom = (origin: string) => async () => {
  const response = await fetch(`${origin}/admin/config.json`);
  if (!response.ok) throw new Error(`${origin}/admin/config.json answered ${response.status}`);
  return ((await response.json()) as { config: unknown }).config;
};

/**
 * Whether the file's real place, links followed, is still inside one of the folders: a link
 * committed inside content/ must not carry a write elsewhere.
 */
async function reallyInside(root: string, path: string, folders: readonly string[]): Promise<boolean> {
  const missing: string[] = [];
  let existing = resolve(root, path);
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch {
      if (dirname(existing) === existing) return false;
      missing.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
  const real = join(await realpath(existing), ...missing);
  return insideFolders(
    relative(await realpath(root), real)
      .split(sep)
      .join("/"),
    folders,
  );
}

/** Actions that read every file of the folder they name: decap-server reads each one it lists. */
const LISTING_ACTIONS = new Set(["entriesByFolder", "getMedia"]);

/**
 * The paths the request names, and for an action that lists a folder, every file in it: a link
 * inside content/ to a file elsewhere (.env) would otherwise be read through the folder.
 */
async function withListedFiles(root: string, body: unknown): Promise<string[]> {
  const named = (namedPaths(body) ?? []) as string[];
  const action = (body as { action?: unknown }).action;
  if (typeof action !== "string" || !LISTING_ACTIONS.has(action)) return named;
  const listed = await Promise.all(
    named.map((folder) =>
      readdir(resolve(root, folder), { recursive: true }).then(
        (names) => names.map((name) => `${folder}/${name.split(sep).join("/")}`),
        () => [],
      ),
    ),
  );
  return [...named, ...listed.flat()];
}

function refuse(response: ServerResponse, refusal: Refusal, origin: string | undefined, allowed: string) {
  response.writeHead(refusal.status, {
    "Content-Type": "application/json; charset=utf-8",
    // The editor's own page reads why; any other page learns nothing.
    ...(origin === allowed ? { "Access-Control-Allow-Origin": allowed, Vary: "Origin" } : {}),
  });
  response.end(JSON.stringify({ error: refusal.error }));
}

export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const root = resolve(options.root);
  const expected = { host: `${HOST}:${options.port}`, origin: options.editorOrigin.replace(/\/+$/, "") };
  const loadConfig = options.editorConfig ?? configFrom(expected.origin);
  let folders: Promise<string[]> | undefined;
  const foldersNow = () => {
    folders ??= loadConfig().then(editorFolders);
    // A failed read (the preview not up yet) is tried again on the next request.
    folders.catch(() => (folders = undefined));
    return folders;
  };

  const app = express();
  app.use((request, response, next) => {
    const refusal = checkCaller({ host: request.headers.host, origin: request.headers.origin }, expected);
    if (refusal) refuse(response, refusal, request.headers.origin, expected.origin);
    else next();
  });
  // Parsed here, once, with decap-server's own limit; its parser then finds the body read.
  app.use(express.json({ limit: "50mb" }));
  app.use((request, response, next) => {
    if (request.method !== "POST") return next();
    void (async () => {
      let allowed: string[];
      try {
        allowed = await foldersNow();
      } catch (error) {
        return refuse(
          response,
          {
            status: 503,
            error: `The editor's local proxy could not read the editor's configuration (${error instanceof Error ? error.message : String(error)}); nothing was done. Is the preview running?`,
          },
          request.headers.origin,
          expected.origin,
        );
      }
      const refusal = checkAction(request.body, allowed);
      if (refusal) return refuse(response, refusal, request.headers.origin, expected.origin);
      for (const path of await withListedFiles(root, request.body)) {
        if (!(await reallyInside(root, path, allowed))) {
          return refuse(
            response,
            {
              status: 403,
              error: `${JSON.stringify(path)} leads outside ${allowed.map((folder) => `${folder}/`).join(", ")} through a link; nothing was done.`,
            },
            request.headers.origin,
            expected.origin,
          );
        }
      }
      next();
    })().catch(next);
  });

  // decap-server reads its folder and the CORS origin from the environment, once, as it registers.
  const saved = { GIT_REPO_DIRECTORY: process.env["GIT_REPO_DIRECTORY"], ORIGIN: process.env["ORIGIN"] };
  process.env["GIT_REPO_DIRECTORY"] = root;
  process.env["ORIGIN"] = expected.origin;
  const registered = decap.registerLocalFs(app, {
    logLevel: options.logLevel ?? "warn",
  });
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await registered;

  const server: Server = createServer(app);
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port, HOST, () => ready());
  });
  return {
    url: `http://${expected.host}/api/v1`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env["PORT"] ?? 8081);
  const editorOrigin = process.env["EDITOR_ORIGIN"];
  if (!editorOrigin) {
    console.error("EDITOR_ORIGIN is not set: the address the editor opens on, e.g. http://127.0.0.1:4321.");
    process.exit(2);
  }
  const server = await startEditorServer({
    root: process.env["GIT_REPO_DIRECTORY"] || process.cwd(),
    port,
    editorOrigin,
    ...(process.env["LOG_LEVEL"] ? { logLevel: process.env["LOG_LEVEL"] } : {}),
  });
  console.log(`The editor's local proxy is listening on ${server.url}, for ${editorOrigin} only.`);
}

export const EDITOR_SERVER = join(dirname(fileURLToPath(import.meta.url)), "editor-server.ts");
