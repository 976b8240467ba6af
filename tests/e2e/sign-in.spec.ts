import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { editorBackendFromEnv } from "../../src/lib/cms/backend.ts";
import { editorBackendSettings } from "../../src/lib/cms/config.ts";
import { AUTH_PORT, HOST_PORT, OLD_HEADERS_HOST_PORT, hostEmulator } from "./servers.ts";

// The editor's GitHub sign-in, end to end through the host's emulator: /admin/ served with the
// headers of public/_headers, a sign-in service on another origin that speaks Decap's popup
// protocol (decap-cms-lib-auth, netlify-auth.js), and GitHub's API answered at the network layer.
// The same test runs against a copy of the site whose _headers still gives /admin/ the site-wide
// `Cross-Origin-Opener-Policy: same-origin`, and shows the sign-in cannot complete there.
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const OLD_HOST = `http://127.0.0.1:${OLD_HEADERS_HOST_PORT}`;
const AUTH = `http://127.0.0.1:${AUTH_PORT}`;
const REPO = "practice/website";
const TOKEN = "stand-in-token";

// The editor's configuration: config.json as the build wrote it, with the part that comes from the
// build's environment (CMS_REPO, CMS_AUTH_URL) written by the project's own code for this test's
// repository and sign-in service. That is byte for byte what a build with those two variables
// writes, without a second 10-second build; every other file, and every header, comes from the
// emulator serving the built site.
function editorConfigFor(built: { config: Record<string, unknown> }) {
  const siteUrl = String(built.config["site_url"]);
  const backend = editorBackendFromEnv({ CMS_REPO: REPO, CMS_AUTH_URL: AUTH }, siteUrl);
  return { ...built, config: { ...built.config, ...editorBackendSettings(backend) } };
}

async function serveEditorConfig(context: BrowserContext, host: string) {
  await context.route(`${host}/admin/config.json`, async (route) => {
    const response = await route.fetch();
    const built = (await response.json()) as { config: Record<string, unknown> };
    await route.fulfill({ response, json: editorConfigFor(built) });
  });
}

/** The stand-in sign-in service: what each popup reported (whether it had an opener). */
const reports: string[] = [];
let auth: Server | undefined;

// The popup's page, as an OAuth service for Decap serves it after GitHub's redirect: it tells the
// opener it is authorizing, waits for the opener's echo, then sends the token to the opener's origin.
const POPUP = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Signing in</title></head><body><p>Signing in…</p>
<script>
(async () => {
  const report = (what) => fetch("/report", { method: "POST", body: what });
  if (!window.opener) {
    await report("no opener");
    document.body.textContent = "This window has lost its link to the editor.";
    return;
  }
  window.addEventListener("message", (event) => {
    if (event.data !== "authorizing:github") return;
    const data = JSON.stringify({ token: ${JSON.stringify(TOKEN)}, provider: "github" });
    window.opener.postMessage("authorization:github:success:" + data, event.origin);
  });
  await report("opener");
  window.opener.postMessage("authorizing:github", "*");
})();
</script></body></html>`;

function startAuthService(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", AUTH);
    if (url.pathname === "/auth" && url.searchParams.get("provider") === "github") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(POPUP);
    } else if (url.pathname === "/report" && request.method === "POST") {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        reports.push(body);
        response.end();
      });
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(AUTH_PORT, "127.0.0.1", () => resolve(server)));
}

/** The repository as GitHub's REST API shows it, from the project's own content/ folder. */
const blobs = new Map<string, Buffer>();
const gitSha = (bytes: Buffer) =>
  createHash("sha1")
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest("hex");

function tree(folder: string) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const bytes = readFileSync(join(entry.parentPath, entry.name));
      const sha = gitSha(bytes);
      blobs.set(sha, bytes);
      return {
        path: relative(folder, join(entry.parentPath, entry.name)),
        mode: "100644",
        type: "blob",
        sha,
        size: bytes.length,
      };
    });
}

/** Requests to GitHub the stand-in had no answer for (a changed editor would show up here). */
const unanswered: string[] = [];

async function answerGitHub(context: BrowserContext) {
  await context.route("https://api.github.com/**", async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname;
    const json = (body: unknown, status = 200) => route.fulfill({ status, json: body });
    if (route.request().headers()["authorization"] !== `token ${TOKEN}`) {
      unanswered.push(`${route.request().method()} ${path} without the signed-in token`);
      return json({ message: "Requires authentication" }, 401);
    }
    if (path === "/user")
      return json({ login: "editor", id: 1, name: "The practice's editor", avatar_url: null });
    if (path === `/repos/${REPO}`) {
      return json({
        name: "website",
        full_name: REPO,
        owner: { login: "practice" },
        private: true,
        default_branch: "main",
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      });
    }
    const folder = new RegExp(`^/repos/${REPO}/git/trees/main:(.+)$`).exec(decodeURIComponent(path))?.[1];
    if (folder) {
      // A folder the repository does not have yet (the media library's, before any upload): 404.
      if (!existsSync(folder)) return json({ message: "Not Found" }, 404);
      return json({ sha: gitSha(Buffer.from(folder)), truncated: false, tree: tree(folder) });
    }
    const blob = new RegExp(`^/repos/${REPO}/git/blobs/([0-9a-f]{40})$`).exec(path)?.[1];
    if (blob && blobs.has(blob)) {
      const bytes = blobs.get(blob)!;
      return json({ sha: blob, size: bytes.length, encoding: "base64", content: bytes.toString("base64") });
    }
    if (path === `/repos/${REPO}/commits`) {
      const author = {
        name: "The practice's editor",
        email: "editor@example.com",
        date: "2026-11-30T09:00:00Z",
      };
      return json([{ sha: "0".repeat(40), commit: { author, committer: author, message: "Content" } }]);
    }
    // Editorial workflow: no drafts open.
    if (path === `/repos/${REPO}/pulls`) return json([]);
    unanswered.push(`${route.request().method()} ${url.pathname}${url.search}`);
    return json({ message: "Not Found", documentation_url: "https://docs.github.com/rest" }, 404);
  });
}

async function signIn(page: Page, host: string) {
  await serveEditorConfig(page.context(), host);
  await answerGitHub(page.context());
  const response = await page.goto(`${host}/admin/`);
  expect(response?.status()).toBe(200);
  const popup = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Login with GitHub" }).click({ timeout: 30_000 });
  return { coop: await response?.headerValue("cross-origin-opener-policy"), popup: await popup };
}

// The collections the editor lists once signed in: the labels of the built configuration.
const collections = (
  JSON.parse(readFileSync("dist/admin/config.json", "utf8")) as {
    config: { collections: Array<{ label: string }> };
  }
).config.collections.map((collection) => collection.label);

let copy: string | undefined;
let oldHost: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  auth = await startAuthService();
  // The site as it was before the fix: /admin/ gets the site-wide same-origin.
  copy = mkdtempSync(join(tmpdir(), "old-headers-"));
  const site = join(copy, "dist");
  cpSync("dist", site, { recursive: true });
  const headers = readFileSync(join(site, "_headers"), "utf8");
  const old = headers.replace(
    /^\s+! Cross-Origin-Opener-Policy\n\s+Cross-Origin-Opener-Policy: same-origin-allow-popups\n/m,
    "",
  );
  expect(old, "the /admin/* rule of public/_headers changed: update this test's copy").not.toBe(headers);
  writeFileSync(join(site, "_headers"), old);
  let output = "";
  oldHost = spawn(hostEmulator(site, OLD_HEADERS_HOST_PORT), {
    shell: true,
    detached: true,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  oldHost.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  oldHost.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = () =>
    fetch(OLD_HOST).then(
      (response) => response.status,
      () => 0,
    );
  const deadline = Date.now() + 110_000;
  while ((await status()) !== 200) {
    if (oldHost.exitCode !== null || Date.now() > deadline) {
      throw new Error(`the emulator for the old headers did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(() => {
  if (oldHost?.pid && oldHost.exitCode === null) process.kill(-oldHost.pid);
  auth?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test.beforeEach(() => {
  // The editor's 3 MB of script starts slowly on a busy two-core machine.
  test.setTimeout(120_000);
  reports.length = 0;
  unanswered.length = 0;
});

test("an editor signs in with GitHub through the popup and sees the collections", async ({ page }) => {
  const { coop, popup } = await signIn(page, HOST);
  expect(coop).toBe("same-origin-allow-popups");
  for (const label of collections) {
    await expect(page.getByRole("link", { name: label, exact: true })).toBeVisible({ timeout: 30_000 });
  }
  // The posts' list comes from the repository's files, read through GitHub's API.
  await expect(page.getByText("6 Reasons You Should Get a Massage for Back Pain").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Login with GitHub" })).toHaveCount(0);
  // Decap closes the popup once it has the token.
  await expect.poll(() => popup.isClosed()).toBe(true);
  expect(reports).toEqual(["opener"]);
  expect(unanswered).toEqual([]);
});

test("with the old headers (same-origin on /admin/) the popup has no opener and sign-in never completes", async ({
  page,
}) => {
  const { coop, popup } = await signIn(page, OLD_HOST);
  expect(coop).toBe("same-origin");
  await expect.poll(() => reports, { timeout: 30_000 }).toEqual(["no opener"]);
  await expect(popup.getByText("lost its link to the editor")).toBeVisible();
  // The editor is still waiting at its login screen.
  await expect(page.getByRole("button", { name: "Login with GitHub" })).toBeVisible();
  await expect(page.getByRole("link", { name: collections[0], exact: true })).toHaveCount(0);
});
