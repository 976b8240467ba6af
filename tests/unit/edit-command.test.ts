import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";

// `npm run edit` starts the preview and the editor's local proxy. The proxy writes into content/
// without asking who is there, so both must answer on this computer only, and both must stop
// together. Linux only: it reads the kernel's socket tables in /proc.

interface Listener {
  address: string;
  inode: string;
}

/** The sockets listening on a port, from /proc/net/tcp and tcp6, with their local address. */
function listeners(port: number): Listener[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((table) =>
    readFileSync(table, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === "0A" && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => ({ address: decodeAddress(fields[1]!.split(":")[0]!), inode: fields[9]! })),
  );
}

function decodeAddress(hex: string): string {
  const bytes = (hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  if (bytes.length === 4) return bytes.reverse().join(".");
  // IPv6: four little-endian 32-bit words.
  const words = [0, 4, 8, 12].map((at) => bytes.slice(at, at + 4).reverse());
  const groups = words.flat().reduce<string[]>((out, byte, index, all) => {
    if (index % 2 === 0) out.push(((byte << 8) | all[index + 1]!).toString(16));
    return out;
  }, []);
  return groups.join(":");
}

/** The process holding a socket, found through /proc/<pid>/fd. */
function ownerOf(inode: string): number | undefined {
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(pid);
      }
    } catch {
      // gone, or not ours to read
    }
  }
  return undefined;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

const machineAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && entry.family === "IPv4")
    .map((entry) => entry!.address);

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

let edit: ChildProcess | undefined;
let ports: number[] = [];

/** `npm run edit` on free ports; resolves once it printed the editor's address. */
async function startEdit() {
  const sitePort = await freePort();
  const proxyPort = await freePort();
  // As from a terminal: without the test runner's variables (Astro serves no pages under VITEST).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$|MODE$)/.test(name)),
  );
  const child = spawn("npm", ["run", "edit"], {
    env: { ...env, EDIT_PORT: String(sitePort), CMS_PROXY_PORT: String(proxyPort) },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, as a terminal runs it: Ctrl-C reaches the whole group.
    detached: true,
  });
  edit = child;
  ports = [sitePort, proxyPort];
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const editorUrl = `http://127.0.0.1:${sitePort}/admin/index.html`;
  await new Promise<void>((ready, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`The editor: ${editorUrl}`)) ready();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => fail(new Error(`npm run edit exited with ${code}:\n${output}`)));
  });
  return { sitePort, proxyPort, editorUrl, exited, output: () => output };
}

afterEach(() => {
  // After a failed test: whatever still listens on the test's ports, and npm itself.
  const pids = ports.flatMap((port) => listeners(port).map((socket) => ownerOf(socket.inode)));
  for (const pid of [...pids, edit?.pid]) {
    try {
      if (pid) process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

describe.skipIf(process.platform !== "linux")("npm run edit", () => {
  it("serves the editor and its proxy on 127.0.0.1 only, and Ctrl-C stops both", async () => {
    const { sitePort, proxyPort, editorUrl, exited } = await startEdit();

    const editor = await fetch(editorUrl);
    expect(editor.status).toBe(200);
    expect(await editor.text()).toContain("decap-cms.js");
    // The editor page talks to the proxy on the port it was started with.
    const config = await (await fetch(`http://127.0.0.1:${sitePort}/admin/config.json`)).text();
    expect(config).toContain(`http://127.0.0.1:${proxyPort}/api/v1`);
    const info = await fetch(`http://127.0.0.1:${proxyPort}/api/v1`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    expect(await info.json()).toMatchObject({ type: "local_fs" });
    // The proxy answers the editor's page (it reads the editor's folders from the preview's
    // configuration), and refuses to write outside content/ or to answer another page.
    const ask = (body: unknown, origin: string) =>
      fetch(`http://127.0.0.1:${proxyPort}/api/v1`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: origin },
        body: JSON.stringify(body),
      });
    const site = `http://127.0.0.1:${sitePort}`;
    const settings = await ask(
      { action: "getEntry", params: { branch: "main", path: "content/settings.yaml" } },
      site,
    );
    expect(settings.status).toBe(200);
    expect(((await settings.json()) as { file: { path: string } }).file.path).toBe("content/settings.yaml");
    const probe = "src/editor-guard-probe.txt";
    try {
      const write = {
        action: "persistMedia",
        params: {
          branch: "main",
          asset: { path: probe, content: "eA==", encoding: "base64" },
          options: { commitMessage: "x" },
        },
      };
      expect((await ask(write, site)).status).toBe(403);
      expect((await ask(write, "http://127.0.0.1:1")).status).toBe(403);
      expect(existsSync(probe)).toBe(false);
    } finally {
      rmSync(probe, { force: true });
    }

    const owners = new Set<number>();
    for (const port of [sitePort, proxyPort]) {
      const sockets = listeners(port);
      expect(sockets.length, `something listens on ${port}`).toBeGreaterThan(0);
      expect(
        sockets.map((socket) => socket.address),
        `port ${port}`,
      ).toEqual(sockets.map(() => "127.0.0.1"));
      for (const address of machineAddresses()) {
        expect(await accepts(address, port), `${address}:${port} from the network`).toBe(false);
      }
      for (const socket of sockets) {
        const pid = ownerOf(socket.inode);
        if (pid) owners.add(pid);
      }
    }
    expect(owners.size, "the preview and the proxy are two processes").toBe(2);

    process.kill(-edit!.pid!, "SIGINT");
    await exited;
    expect(await waitFor(() => [...owners].every((pid) => !alive(pid)), 10_000)).toBe(true);
    expect(listeners(sitePort)).toEqual([]);
    expect(listeners(proxyPort)).toEqual([]);
  });

  it("stops the preview when the proxy stops", async () => {
    const { sitePort, proxyPort, exited, output } = await startEdit();
    const proxy = ownerOf(listeners(proxyPort)[0]!.inode)!;
    const preview = ownerOf(listeners(sitePort)[0]!.inode)!;
    process.kill(proxy, "SIGTERM");
    expect(await exited).not.toBe(0);
    expect(await waitFor(() => !alive(preview), 10_000)).toBe(true);
    expect(listeners(sitePort)).toEqual([]);
    expect(output()).toContain("The editor's proxy stopped");
  });
});
