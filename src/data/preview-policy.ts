// The policy `npm run dev` sends with each page (src/middleware.ts), from the same directives as the
// build (src/lib/html/policy.ts). Astro writes no policy in dev; without one, a handler or a
// `javascript:` link that got past the content check would run in the marketer's browser, next to
// the local editor.
import { createHash } from "node:crypto";
import islandRuntime from "astro/runtime/server/astro-island.prebuilt-dev.js";
import idle from "astro/runtime/client/idle.prebuilt.js";
import load from "astro/runtime/client/load.prebuilt.js";
import media from "astro/runtime/client/media.prebuilt.js";
import only from "astro/runtime/client/only.prebuilt.js";
import visible from "astro/runtime/client/visible.prebuilt.js";
import { previewPolicy, type PageAdditions } from "../lib/html/policy.ts";

const hash = (script: string) => `sha256-${createHash("sha256").update(script).digest("base64")}`;

/** Astro's island runtime and hydration directives, which dev writes inline into a page with an island. */
const ASTRO_INLINE_SCRIPTS = [islandRuntime, idle, load, media, only, visible];

/**
 * The policy for a page in the preview, with what the page added to it (src/data/page-policy.ts).
 * The counter is allowed when the settings turn it on; while the settings file has a mistake (the
 * page shows it) the policy simply allows no counter.
 */
export async function devPagePolicy(page: PageAdditions | undefined): Promise<string> {
  const counting = await import("./counting.ts").then(
    (module) => module.counting,
    () => undefined,
  );
  return previewPolicy({
    scriptHashes: [...ASTRO_INLINE_SCRIPTS.map(hash), ...(counting ? [counting.scriptHash] : [])],
    connectOrigins: counting ? [new URL(counting.endpoint).origin] : [],
    page,
  });
}
