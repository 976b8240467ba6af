// Cloudflare Pages Function at /auth: the editor's "Login with GitHub" popup starts here.
// GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET come from the Pages project's variables (docs/CONTENT.md).
import { authorize, type OAuthEnv } from "../src/lib/cms/oauth.ts";

export const onRequestGet = ({ request, env }: { request: Request; env: OAuthEnv }): Response =>
  authorize(request, env);
