import type { EditorBackend } from "./config.ts";

/** The GitHub access the editor's sign-in asks for: every repository the editor can write, or public ones only. */
export type GitHubScope = "repo" | "public_repo";

/**
 * The one setting of the sign-in's scope: `CMS_REPO_PUBLIC=true` when the repository is public, so
 * the editor's token can reach public repositories only (GitHub's `public_repo`); unset or `false`,
 * `repo`, which a private repository needs. Read by the build (the editor's `auth_scope`) and by
 * the sign-in endpoint (functions/auth.ts), never from a request. Anything else is a mistake.
 */
export function githubScopeFromEnv(env: Record<string, string | undefined>): GitHubScope {
  const value = (env["CMS_REPO_PUBLIC"] ?? "").trim();
  if (value === "" || value === "false") return "repo";
  if (value === "true") return "public_repo";
  throw new Error(
    `CMS_REPO_PUBLIC=${value} is neither true nor false. Write CMS_REPO_PUBLIC=true when the repository is public (the editor's sign-in then asks GitHub for public repositories only), or leave it unset for a private one.`,
  );
}

/**
 * Which repository the editor commits to, read from the build's environment so the practice sets
 * nothing in the site's files: `CMS_REPO` ("owner/name") first, then what the host already
 * provides (GitHub Actions: GITHUB_REPOSITORY; Netlify: REPOSITORY_URL). The sign-in endpoint:
 * `CMS_AUTH_URL`, else on Cloudflare Pages the site itself, else Netlify's (Decap's default). The
 * access the sign-in asks GitHub for: `CMS_REPO_PUBLIC` (githubScopeFromEnv).
 */
export function editorBackendFromEnv(
  env: Record<string, string | undefined>,
  siteUrl: string,
  localProxyUrl?: string,
): EditorBackend {
  const fromUrl = /github\.com[/:]([^/]+\/[^/.]+)/.exec(env["REPOSITORY_URL"] ?? "")?.[1];
  const repo = env["CMS_REPO"] || env["GITHUB_REPOSITORY"] || fromUrl;
  // On Cloudflare Pages the sign-in endpoint is the site's own (functions/auth.ts), at its address.
  const authBaseUrl = env["CMS_AUTH_URL"] || (env["CF_PAGES"] === "1" ? new URL(siteUrl).origin : undefined);
  return {
    siteUrl,
    authScope: githubScopeFromEnv(env),
    ...(repo ? { repo } : {}),
    ...(env["CMS_BRANCH"] ? { branch: env["CMS_BRANCH"] } : {}),
    ...(authBaseUrl ? { authBaseUrl } : {}),
    ...(localProxyUrl ? { localProxyUrl } : {}),
  };
}

/** The editor page's Content-Security-Policy: only what the editor needs, nothing for the public site. */
export function editorCsp(backend: EditorBackend): string {
  // blob: the editor reads an image picked for upload from its blob: address before committing it.
  const connect = ["'self'", "blob:", "https://api.github.com"];
  if (backend.authBaseUrl) connect.push(new URL(backend.authBaseUrl).origin);
  if (backend.localProxyUrl) connect.push(new URL(backend.localProxyUrl).origin);
  return [
    "default-src 'self'",
    // Decap validates its configuration with ajv, which compiles validators with new Function().
    "script-src 'self' 'unsafe-eval'",
    // The editor's React components insert their styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The editor's page: the editor script from the site's own files, never from a CDN, between the
 * site's two editor bundles (src/integrations/cms-admin.ts): start.js, which holds back the editor's
 * own start, and editor.js, which registers the site's blocks, fields and checks and starts it.
 */
export function editorPage(csp: string): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <meta name="referrer" content="same-origin">
    <title>Content editor</title>
    <link rel="icon" href="../favicon.svg" type="image/svg+xml">
    <script src="start.js"></script>
    <script src="decap-cms.js"></script>
    <script src="editor.js"></script>
  </head>
  <body data-pagefind-ignore="all">
  </body>
</html>
`;
}
