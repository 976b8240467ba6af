// Cloudflare Pages Function at /callback: GitHub sends the editor's popup back here with a code,
// traded for a token that goes to this site's editor only.
import { callback, type OAuthEnv } from "../src/lib/cms/oauth.ts";

export const onRequestGet = ({ request, env }: { request: Request; env: OAuthEnv }): Promise<Response> =>
  callback(request, env);
