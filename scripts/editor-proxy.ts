import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { EDITOR_SERVER } from "./editor-server.ts";
import { withoutThrowaways } from "./site-copy.ts";

/** Git in the editor's copy, as the editor's author: for a test to ask what a save changed. */
export const gitIn =
  (dir: string) =>
  (...args: string[]) =>
    spawnSync("git", ["-c", "user.name=Editor test", "-c", "user.email=editor@example.com", ...args], {
      cwd: dir,
      encoding: "utf8",
    });

export interface EditorProxy {
  /** The throwaway folder holding the copy of content/ the editor reads and writes. */
  dir: string;
  /** Stops the proxy and removes the copy. */
  stop(): void;
}

/**
 * The editor's local proxy (scripts/editor-server.ts) on 127.0.0.1:`port`, for the editor opened at
 * `editorOrigin`, over a throwaway copy of content/ under .cache/, so the editor never writes the
 * working tree. In "git" mode the copy is a repository with the content committed, so a test can
 * ask git what a save changed.
 */
export async function startEditorProxy(
  root: string,
  {
    port,
    prefix,
    mode,
    editorOrigin,
  }: { port: number; prefix: string; mode: "git" | "fs"; editorOrigin: string },
): Promise<EditorProxy> {
  mkdirSync(join(root, ".cache"), { recursive: true });
  const dir = mkdtempSync(join(root, ".cache", prefix));
  cpSync(join(root, "content"), join(dir, "content"), { recursive: true, filter: withoutThrowaways });
  if (mode === "git") {
    const git = gitIn(dir);
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "content as committed");
  }
  const proxy: ChildProcess = spawn(process.execPath, [EDITOR_SERVER], {
    env: {
      ...process.env,
      PORT: String(port),
      EDITOR_ORIGIN: editorOrigin,
      GIT_REPO_DIRECTORY: dir,
      // decap-server's local files mode in both: "git" only makes the copy a repository.
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () => {
    proxy.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  // What the proxy printed, for the message when it stops before listening (a port in use, …).
  let said = "";
  await new Promise<void>((ready, fail) => {
    const hear = (chunk: Buffer) => {
      said = (said + chunk.toString()).slice(-2000);
      if (chunk.toString().includes("listening")) ready();
    };
    proxy.stdout?.on("data", hear);
    proxy.stderr?.on("data", hear);
    proxy.on("exit", (code) =>
      fail(new Error(`the editor's proxy on port ${port} exited with ${code}:\n${said.trim()}`)),
    );
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { dir, stop };
}
