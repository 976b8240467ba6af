// What the editor's local proxy (scripts/editor-server.ts) lets through. decap-server on its own
// answers any Host (so a page on another name that resolves to 127.0.0.1, DNS rebinding, can call
// it), admits any localhost origin, and writes any path inside the folder it serves: src/ too,
// where the preview would then run the file as code. These rules, checked before decap-server sees
// a request, keep it to the editor's own page and to the folders the editor writes.
import { posix } from "node:path";

/** Everything the editor writes lies in content/; the media folders are added from its config. */
export const CONTENT_FOLDER = "content";

/** A refusal: the HTTP status and the sentence the editor shows. */
export interface Refusal {
  status: number;
  error: string;
}

/**
 * Only the editor's own page may call the proxy: the Host must be the loopback address and port
 * the proxy serves, and a browser's Origin (sent on every cross-origin call) the editor's page.
 */
export function checkCaller(
  headers: { host?: string | undefined; origin?: string | undefined },
  expected: { host: string; origin: string },
): Refusal | undefined {
  if (headers.host?.toLowerCase() !== expected.host.toLowerCase()) {
    return {
      status: 403,
      error: `This is the editor's local proxy for http://${expected.host} only; it does not answer a request for ${JSON.stringify(headers.host ?? "")}.`,
    };
  }
  if (headers.origin !== undefined && headers.origin !== expected.origin) {
    return {
      status: 403,
      error: `Only the editor at ${expected.origin}/admin/ may use this proxy, not a page from ${JSON.stringify(headers.origin)}. Open the editor at the address npm run edit prints.`,
    };
  }
  return undefined;
}

/** A media folder as a folder of the repository: leading "/" dropped, cut before the first {{placeholder}}. */
function repositoryFolder(folder: string): string | undefined {
  const segments = folder.replace(/^\/+/, "").split("/");
  const fixed = segments.slice(
    0,
    segments.findIndex((segment) => segment.includes("{{")) === -1
      ? segments.length
      : segments.findIndex((segment) => segment.includes("{{")),
  );
  const path = fixed.filter((segment) => segment !== "" && segment !== ".").join("/");
  return path === "" || path.split("/").includes("..") ? undefined : path;
}

/**
 * The folders the editor's configuration uploads media into: the site-wide `media_folder` and every
 * collection's or field's one that starts at the repository's root ("/content/…"). A relative one
 * lies inside its collection's folder, itself inside content/.
 */
export function editorMediaFolders(config: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, topLevel: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((item) => visit(item, false));
      return;
    }
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "media_folder" && typeof child === "string" && (topLevel || child.startsWith("/"))) {
        const folder = repositoryFolder(child);
        if (folder) found.add(folder);
      } else {
        visit(child, false);
      }
    }
  };
  visit(config, true);
  return [...found].sort();
}

/** The folders the proxy reads and writes: content/ and the editor's media folders. */
export const editorFolders = (config: unknown): string[] => [
  ...new Set([CONTENT_FOLDER, ...editorMediaFolders(config)]),
];

type Params = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, name: string): unknown =>
  typeof value === "object" && value !== null ? (value as Params)[name] : undefined;

/**
 * Every path a decap-server action reads or writes (its local files mode), by action. An action
 * missing here is refused: what it would touch is not known.
 */
const ACTION_PATHS: Record<string, (params: Params) => unknown[]> = {
  info: () => [],
  entriesByFolder: (params) => [params["folder"]],
  entriesByFiles: (params) => list(params["files"]).map((file) => field(file, "path")),
  getEntry: (params) => [params["path"]],
  getMedia: (params) => [params["mediaFolder"]],
  getMediaFile: (params) => [params["path"]],
  getDeployPreview: () => [],
  persistEntry: (params) => [
    ...[params["entry"], ...list(params["dataFiles"])].flatMap((file) =>
      file === undefined
        ? []
        : [field(file, "path"), ...(field(file, "newPath") ? [field(file, "newPath")] : [])],
    ),
    ...list(params["assets"]).map((asset) => field(asset, "path")),
  ],
  persistMedia: (params) => [field(params["asset"], "path")],
  deleteFile: (params) => [params["path"]],
  deleteFiles: (params) => list(params["paths"]),
};

/** The actions that change files; the others only read. */
export const WRITING_ACTIONS = ["persistEntry", "persistMedia", "deleteFile", "deleteFiles"] as const;

/** Every path the request's action reads or writes; undefined for an action not known here. */
export function namedPaths(body: unknown): unknown[] | undefined {
  const action = field(body, "action");
  const paths =
    typeof action === "string" && Object.hasOwn(ACTION_PATHS, action) ? ACTION_PATHS[action] : undefined;
  const params = field(body, "params");
  return paths?.(typeof params === "object" && params !== null ? (params as Params) : {});
}

/** Whether `path` (as the editor sends it, relative to the repository) lies inside one of `folders`. */
export function insideFolders(path: string, folders: readonly string[]): boolean {
  if (path.includes("\\") || path.includes("\0") || path.startsWith("/") || /^[a-z]:/i.test(path)) {
    return false;
  }
  // decap-server moves files with String.replace, which reads "$`", "$&" or "$1" in a folder's
  // name as text of its own: "..$`" became ".." after this check. The editor's file names are
  // made without "$" (config.ts: slug), so none is needed.
  if (path.includes("$")) return false;
  const segments = path.split("/");
  if (segments.includes("..")) return false;
  const normal = posix.normalize(path);
  return folders.some((folder) => normal === folder || normal.startsWith(`${folder}/`));
}

/**
 * The request's action, if every path it names lies in `folders`; otherwise why it is refused.
 * Checked on the parsed request, the same value decap-server then acts on.
 */
export function checkAction(body: unknown, folders: readonly string[]): Refusal | undefined {
  const action = field(body, "action");
  const named = namedPaths(body);
  if (named === undefined) {
    return { status: 422, error: `The editor's local proxy does not run ${JSON.stringify(action)}.` };
  }
  // The site's editor never renames a file (a new address needs a redirect, docs/CONTENT.md), and
  // decap-server's move takes every other file of the old folder along.
  const params = field(body, "params");
  const renamed = list(field(params, "dataFiles")).find((file) => {
    const newPath = field(file, "newPath");
    return newPath !== undefined && newPath !== field(file, "path");
  });
  if (action === "persistEntry" && renamed !== undefined) {
    return {
      status: 403,
      error: `The editor does not rename or move an entry (${JSON.stringify(field(renamed, "path"))}); nothing was written. Create the entry under its new name and add the old address in "Addresses that moved".`,
    };
  }
  const where = folders.map((folder) => `${folder}/`).join(", ");
  for (const path of named) {
    if (typeof path !== "string" || !insideFolders(path, folders)) {
      const writes = (WRITING_ACTIONS as readonly string[]).includes(action as string);
      return {
        status: 403,
        error: `The editor ${writes ? "writes" : "reads"} only inside ${where}; ${JSON.stringify(path)} is outside them, so nothing was ${writes ? "written" : "read"}.`,
      };
    }
  }
  return undefined;
}
