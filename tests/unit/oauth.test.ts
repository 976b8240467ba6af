import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onRequestGet as auth } from "../../functions/auth.ts";
import { onRequestGet as callback } from "../../functions/callback.ts";
import { editorBackendFromEnv, githubScopeFromEnv } from "../../src/lib/cms/backend.ts";
import { editorBackendSettings } from "../../src/lib/cms/config.ts";

// The editor's sign-in on Cloudflare Pages (functions/auth.ts, functions/callback.ts), run against a
// stand-in for GitHub's token endpoint on 127.0.0.1: GITHUB_URL points the functions at it, as it
// would at a GitHub Enterprise server.

const SITE = "https://www.practice.example";
let github: Server;
let githubUrl = "";
const tokenRequests: Record<string, string>[] = [];

beforeAll(async () => {
  github = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      if (request.method !== "POST" || request.url !== "/login/oauth/access_token") {
        response.writeHead(404).end();
        return;
      }
      const fields = JSON.parse(body) as Record<string, string>;
      tokenRequests.push({ ...fields, accept: request.headers.accept ?? "" });
      const good = fields["client_secret"] === "app-secret" && fields["code"] === "code-from-github";
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(
        JSON.stringify(
          good
            ? { access_token: "gho_from_stand_in", token_type: "bearer", scope: "repo" }
            : {
                error: "bad_verification_code",
                error_description: "The code passed is incorrect or expired.",
              },
        ),
      );
    });
  });
  await new Promise<void>((ready) => github.listen(0, "127.0.0.1", ready));
  const address = github.address();
  githubUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((done) => github.close(() => done())));

const env = () => ({ GITHUB_CLIENT_ID: "app-id", GITHUB_CLIENT_SECRET: "app-secret", GITHUB_URL: githubUrl });

/** Runs the popup page's script in a stand-in window whose opener records what it is sent. */
function openPopup(response: Response, html: string) {
  const script = /<script nonce="([^"]+)">([\s\S]*?)<\/script>/.exec(html);
  expect(script, "the popup page has its script").not.toBeNull();
  expect(response.headers.get("Content-Security-Policy")).toContain(`script-src 'nonce-${script![1]}'`);
  const sent: { message: string; targetOrigin: string }[] = [];
  const listeners: ((event: { data: string; origin: string }) => void)[] = [];
  const popupWindow = {
    opener: { postMessage: (message: string, targetOrigin: string) => sent.push({ message, targetOrigin }) },
    addEventListener: (_type: string, listener: (event: { data: string; origin: string }) => void) =>
      listeners.push(listener),
    removeEventListener: (_type: string, listener: (event: { data: string; origin: string }) => void) =>
      listeners.splice(listeners.indexOf(listener), 1),
  };
  new Function("window", script![2]!)(popupWindow);
  return {
    sent,
    editorSays: (data: string, origin: string) => [...listeners].forEach((l) => l({ data, origin })),
  };
}

async function signIn(code: string) {
  const start = auth({
    request: new Request(`${SITE}/auth?provider=github&site_id=x&scope=repo`),
    env: env(),
  });
  const location = new URL(start.headers.get("Location")!);
  const state = location.searchParams.get("state")!;
  const stateCookie = start.headers.get("Set-Cookie")!.split(";")[0]!;
  const back = await callback({
    request: new Request(`${SITE}/callback?code=${code}&state=${state}`, {
      headers: { Cookie: stateCookie },
    }),
    env: env(),
  });
  return { start, location, back, html: await back.text() };
}

describe("the editor's GitHub sign-in on Cloudflare Pages", () => {
  it("sends the popup to GitHub's consent page with a one-time state", () => {
    const start = auth({
      request: new Request(`${SITE}/auth?provider=github&site_id=x&scope=repo`),
      env: env(),
    });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get("Location")!);
    expect(`${location.origin}${location.pathname}`).toBe(`${githubUrl}/login/oauth/authorize`);
    expect(location.searchParams.get("client_id")).toBe("app-id");
    expect(location.searchParams.get("redirect_uri")).toBe(`${SITE}/callback`);
    expect(location.searchParams.get("scope")).toBe("repo");
    const state = location.searchParams.get("state")!;
    expect(state).toMatch(/^[0-9a-f]{48}$/);
    expect(start.headers.get("Set-Cookie")).toContain(`decap_oauth_state=${state};`);
    expect(start.headers.get("Set-Cookie")).toContain("HttpOnly; Secure");
  });

  it("asks GitHub for the site's scope, never the one the request names", () => {
    const scopeOf = (query: string, settings: Record<string, string> = {}) => {
      const start = auth({
        request: new Request(`${SITE}/auth?provider=github${query}`),
        env: { ...env(), ...settings },
      });
      expect(start.status).toBe(302);
      return new URL(start.headers.get("Location")!).searchParams.getAll("scope");
    };
    expect(scopeOf("&scope=repo,delete_repo")).toEqual(["repo"]);
    expect(scopeOf("&scope=delete_repo&scope=admin:org")).toEqual(["repo"]);
    expect(scopeOf("")).toEqual(["repo"]);
    expect(scopeOf("&scope=repo,delete_repo", { CMS_REPO_PUBLIC: "true" })).toEqual(["public_repo"]);
    expect(scopeOf("&scope=repo", { CMS_REPO_PUBLIC: "true" })).toEqual(["public_repo"]);
    expect(scopeOf("&scope=public_repo", { CMS_REPO_PUBLIC: "false" })).toEqual(["repo"]);
  });

  it("refuses to start a sign-in when the scope setting is neither true nor false", async () => {
    const start = auth({
      request: new Request(`${SITE}/auth?provider=github&scope=public_repo`),
      env: { ...env(), CMS_REPO_PUBLIC: "yes" },
    });
    expect(start.status).toBe(400);
    expect(start.headers.get("Location")).toBeNull();
    const popup = openPopup(start, await start.text());
    popup.editorSays("authorizing:github", SITE);
    expect(popup.sent[1]?.message).toContain("CMS_REPO_PUBLIC=yes is neither true nor false");
  });

  it("answers every step with HSTS and nosniff, once each", async () => {
    const { start, back } = await signIn("code-from-github");
    const refused = await signIn("stale-code");
    const unconfigured = auth({ request: new Request(`${SITE}/auth?provider=github`), env: {} });
    for (const [name, response] of Object.entries({ start, back, refused: refused.back, unconfigured })) {
      expect(response.headers.get("Strict-Transport-Security"), name).toBe(
        "max-age=63072000; includeSubDomains",
      );
      expect(response.headers.get("X-Content-Type-Options"), name).toBe("nosniff");
    }
  });

  it("trades GitHub's code for a token and hands it to this site's editor after Decap's handshake", async () => {
    tokenRequests.length = 0;
    const { back, html } = await signIn("code-from-github");
    expect(back.status).toBe(200);
    expect(tokenRequests).toEqual([
      {
        client_id: "app-id",
        client_secret: "app-secret",
        code: "code-from-github",
        redirect_uri: `${SITE}/callback`,
        accept: "application/json",
      },
    ]);
    const popup = openPopup(back, html);
    expect(popup.sent).toEqual([{ message: "authorizing:github", targetOrigin: SITE }]);
    // Another site answering the handshake gets nothing.
    popup.editorSays("authorizing:github", "https://elsewhere.example");
    expect(popup.sent).toHaveLength(1);
    popup.editorSays("authorizing:github", SITE);
    expect(popup.sent[1]).toEqual({
      message: 'authorization:github:success:{"token":"gho_from_stand_in","provider":"github"}',
      targetOrigin: SITE,
    });
  });

  it("reports GitHub's refusal to the editor, with no token", async () => {
    const { back, html } = await signIn("stale-code");
    expect(back.status).toBe(400);
    const popup = openPopup(back, html);
    popup.editorSays("authorizing:github", SITE);
    expect(popup.sent[1]).toEqual({
      message: 'authorization:github:error:{"message":"The code passed is incorrect or expired."}',
      targetOrigin: SITE,
    });
  });

  it("never asks GitHub for a token when the state does not match the popup's own", async () => {
    tokenRequests.length = 0;
    const start = auth({ request: new Request(`${SITE}/auth?provider=github`), env: env() });
    const state = new URL(start.headers.get("Location")!).searchParams.get("state");
    const back = await callback({
      request: new Request(`${SITE}/callback?code=code-from-github&state=${state}`, {
        headers: { Cookie: "decap_oauth_state=someone-elses" },
      }),
      env: env(),
    });
    expect(back.status).toBe(400);
    expect(tokenRequests).toEqual([]);
    expect(await back.text()).not.toContain("gho_");
  });
});

describe("the sign-in's scope setting (CMS_REPO_PUBLIC)", () => {
  it("is repo unless the repository is said to be public, and the editor asks for the same", () => {
    expect(githubScopeFromEnv({})).toBe("repo");
    expect(githubScopeFromEnv({ CMS_REPO_PUBLIC: "false" })).toBe("repo");
    expect(githubScopeFromEnv({ CMS_REPO_PUBLIC: "true" })).toBe("public_repo");
    expect(() => githubScopeFromEnv({ CMS_REPO_PUBLIC: "1" })).toThrow(
      "CMS_REPO_PUBLIC=1 is neither true nor false. Write CMS_REPO_PUBLIC=true when the repository is public",
    );
    const editor = (env: Record<string, string>) =>
      editorBackendSettings(editorBackendFromEnv({ CMS_REPO: "practice/site", ...env }, SITE))["backend"];
    expect(editor({})).toMatchObject({ auth_scope: "repo" });
    expect(editor({ CMS_REPO_PUBLIC: "true" })).toMatchObject({ auth_scope: "public_repo" });
  });
});
