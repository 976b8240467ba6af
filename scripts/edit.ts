// npm run edit: the browser editor on this computer, with no sign-in. Starts the writing preview
// (astro dev) and the editor's local proxy (scripts/editor-server.ts: decap-server's handlers behind
// a guard), both bound to 127.0.0.1 so nobody else on the network can reach them. The proxy has no
// authentication, so it also answers only requests addressed to 127.0.0.1:<its port> from the
// editor's page on the preview's address (no other page, no other name: DNS rebinding), and
// writes only inside content/ and the editor's media folders. Prints the editor's address, and
// stops both on Ctrl-C or as soon as either one stops.
//
// EDIT_PORT moves the preview (default 4321), CMS_PROXY_PORT the proxy (default 8081).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EDITOR_SERVER } from "./editor-server.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const HOST = "127.0.0.1";

function portFrom(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(
      `${name}=${value} is not a port number. Write a number from 1 to 65535, e.g. ${name}=${fallback}.`,
    );
    process.exit(2);
  }
  return port;
}

/** Whether nothing listens on the port yet (astro dev would quietly move to another one). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/** Waits until the address answers as `ready` says (the proxy: at all; the editor page: 200). */
async function answers(
  url: string,
  init: RequestInit,
  ready: (response: Response) => boolean,
  timeoutMs: number,
  stopped: () => boolean,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !stopped()) {
    try {
      if (ready(await fetch(url, init))) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function main() {
  const sitePort = portFrom("EDIT_PORT", 4321);
  const proxyPort = portFrom("CMS_PROXY_PORT", 8081);
  for (const [name, port] of [
    ["EDIT_PORT", sitePort],
    ["CMS_PROXY_PORT", proxyPort],
  ] as const) {
    if (!(await isFree(port))) {
      console.error(`Port ${port} is already in use (another preview or editor still running?).`);
      console.error(`Stop it, or choose another port, e.g. ${name}=${port + 10} npm run edit`);
      process.exit(1);
    }
  }

  const children: ChildProcess[] = [];
  let stopping = false;
  // Each child in its own process group, so stopping one also stops whatever it started.
  const ownGroup = process.platform !== "win32";
  const start = (command: string[], env: Record<string, string>) => {
    const child = spawn(process.execPath, command, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "inherit", "inherit"],
      detached: ownGroup,
    });
    children.push(child);
    child.on("exit", (code, signal) => {
      if (!stopping) {
        const name = command[0] === EDITOR_SERVER ? "The editor's proxy" : "The preview";
        console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the other one too.`);
        void stop(code ?? 1);
      }
    });
    return child;
  };
  const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
  const signal = (child: ChildProcess, name: NodeJS.Signals) => {
    if (!running(child) || child.pid === undefined) return;
    try {
      if (ownGroup) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
  async function stop(code: number) {
    if (stopping) return;
    stopping = true;
    const exits = children.map((child) =>
      running(child) ? new Promise((resolve) => child.once("exit", resolve)) : Promise.resolve(),
    );
    for (const child of children) signal(child, "SIGTERM");
    const forced = setTimeout(() => children.forEach((child) => signal(child, "SIGKILL")), 5000);
    await Promise.all(exits);
    clearTimeout(forced);
    process.exit(code);
  }
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGHUP", () => void stop(0));

  const site = `http://${HOST}:${sitePort}`;
  start([EDITOR_SERVER], {
    PORT: String(proxyPort),
    EDITOR_ORIGIN: site,
    GIT_REPO_DIRECTORY: ROOT,
  });
  start([join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--host", HOST, "--port", String(sitePort)], {
    CMS_PROXY_PORT: String(proxyPort),
  });

  const ready =
    (await answers(
      `http://${HOST}:${proxyPort}/api/v1`,
      { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"action":"info"}' },
      (response) => response.ok,
      60_000,
      () => stopping,
    )) &&
    (await answers(
      `${site}/admin/index.html`,
      {},
      (response) => response.ok,
      120_000,
      () => stopping,
    ));
  if (stopping) return;
  if (!ready) {
    console.error("The preview or the editor's proxy did not start within two minutes; stopping.");
    await stop(1);
    return;
  }
  console.log(`\nThe editor: ${site}/admin/index.html  (the preview: ${site}/)`);
  console.log("Only this computer can open it. Saving writes into content/. Ctrl-C stops both.\n");
}

await main();
