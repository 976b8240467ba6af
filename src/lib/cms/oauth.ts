/**
 * The editor's GitHub sign-in on hosts without one of their own (Cloudflare Pages Functions in
 * functions/auth.ts and functions/callback.ts). GitHub's OAuth code flow, answered in the popup
 * protocol Decap CMS speaks: the popup says "authorizing:github" to the editor, the editor answers,
 * and the popup hands over `authorization:github:success:{"token":…,"provider":"github"}`.
 *
 * The token is only ever posted to this site's own address: the editor must be opened on the
 * address the endpoint runs on (the build points the editor there, see backend.ts). The access it
 * asks GitHub for is the site's setting (`CMS_REPO_PUBLIC`, backend.ts), never the request's
 * `scope`: a page that opens /auth?scope=repo,delete_repo gets the configured scope and no more.
 */
import { githubScopeFromEnv, type GitHubScope } from "./backend.ts";

export interface OAuthEnv {
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  /** GitHub Enterprise Server's address; github.com when unset. */
  GITHUB_URL?: string;
  /** `true` when the repository is public: the token then reaches public repositories only. */
  CMS_REPO_PUBLIC?: string;
}

/**
 * Headers every answer of /auth and /callback carries. Cloudflare Pages does not apply _headers to
 * a Function's response, so the site-wide transport and sniffing rules are set here too.
 */
export const SIGN_IN_HEADERS = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
} as const;

const STATE_COOKIE = "decap_oauth_state";
const PROVIDER = "github";

const githubUrl = (env: OAuthEnv) => (env.GITHUB_URL || "https://github.com").replace(/\/+$/, "");
const callbackUrl = (request: Request) => new URL("/callback", request.url).href;

function randomState(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** GET /auth: off to GitHub's consent page, with a one-time state kept in a cookie. */
export function authorize(request: Request, env: OAuthEnv): Response {
  if (!env.GITHUB_CLIENT_ID || !env.GITHUB_CLIENT_SECRET) {
    return popup(request, { error: "The site has no GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET set." });
  }
  let scope: GitHubScope;
  try {
    scope = githubScopeFromEnv(env as Record<string, string | undefined>);
  } catch (error) {
    return popup(request, { error: error instanceof Error ? error.message : String(error) });
  }
  const state = randomState();
  const target = new URL(`${githubUrl(env)}/login/oauth/authorize`);
  target.searchParams.set("client_id", env.GITHUB_CLIENT_ID);
  target.searchParams.set("redirect_uri", callbackUrl(request));
  target.searchParams.set("scope", scope);
  target.searchParams.set("state", state);
  return new Response(null, {
    status: 302,
    headers: {
      ...SIGN_IN_HEADERS,
      Location: target.href,
      "Set-Cookie": `${STATE_COOKIE}=${state}; Path=/callback; Max-Age=600; HttpOnly; Secure; SameSite=Lax`,
      "Cache-Control": "no-store",
    },
  });
}

/** GET /callback: trade GitHub's code for a token and hand it to the editor that opened the popup. */
export async function callback(request: Request, env: OAuthEnv): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const expected = cookie(request, STATE_COOKIE);
  if (params.get("error")) {
    return popup(request, {
      error: params.get("error_description") || params.get("error") || "sign-in refused",
    });
  }
  const code = params.get("code");
  if (!code || !expected || params.get("state") !== expected) {
    return popup(request, {
      error: "The sign-in expired or did not start here. Close this window and try again.",
    });
  }
  if (!env.GITHUB_CLIENT_ID || !env.GITHUB_CLIENT_SECRET) {
    return popup(request, { error: "The site has no GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET set." });
  }
  let answer: { access_token?: string; error?: string; error_description?: string };
  try {
    const response = await fetch(`${githubUrl(env)}/login/oauth/access_token`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({
        client_id: env.GITHUB_CLIENT_ID,
        client_secret: env.GITHUB_CLIENT_SECRET,
        code,
        redirect_uri: callbackUrl(request),
      }),
    });
    answer = (await response.json()) as typeof answer;
  } catch {
    return popup(request, { error: "GitHub did not answer. Try again in a minute." });
  }
  if (!answer.access_token) {
    return popup(request, { error: answer.error_description || answer.error || "GitHub gave no token" });
  }
  return popup(request, { token: answer.access_token });
}

/** The popup's page: Decap's handshake, then the token (or the error) to this site's own editor. */
function popup(request: Request, outcome: { token: string } | { error: string }): Response {
  const origin = new URL(request.url).origin;
  const message =
    "token" in outcome
      ? `authorization:${PROVIDER}:success:${JSON.stringify({ token: outcome.token, provider: PROVIDER })}`
      : `authorization:${PROVIDER}:error:${JSON.stringify({ message: outcome.error })}`;
  const nonce = randomState();
  // JSON inside <script>: "<" escaped so no value can close the script element.
  const data = JSON.stringify({ origin, message, handshake: `authorizing:${PROVIDER}` }).replace(
    /</g,
    "\\u003c",
  );
  const body = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Signing in</title></head>
<body>
<p>${"token" in outcome ? "Signed in. This window closes by itself." : "Sign-in failed. You can close this window."}</p>
<script nonce="${nonce}">
(function () {
  var data = ${data};
  if (!window.opener) return;
  window.addEventListener("message", function receive(event) {
    if (event.origin !== data.origin || event.data !== data.handshake) return;
    window.removeEventListener("message", receive);
    window.opener.postMessage(data.message, data.origin);
  });
  window.opener.postMessage(data.handshake, data.origin);
})();
</script>
</body>
</html>
`;
  return new Response(body, {
    status: "token" in outcome ? 200 : 400,
    headers: {
      ...SIGN_IN_HEADERS,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": `default-src 'none'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
      "Set-Cookie": `${STATE_COOKIE}=; Path=/callback; Max-Age=0; HttpOnly; Secure; SameSite=Lax`,
    },
  });
}
