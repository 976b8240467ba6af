import { join } from "node:path";
import { LinkChecker } from "linkinator";
import { afterAll, describe, expect, it } from "vitest";
import { buildSiteCopy, type BuiltSite } from "../../scripts/site-copy.ts";
import { freePort } from "../support/free-port.ts";
import { serveStatic } from "../support/static-server.ts";

describe("deployed below a sub-folder (/clinic/)", () => {
  let copy: BuiltSite | undefined;
  afterAll(() => copy?.remove());

  it("builds, and every link on every page (canonical and share images included) resolves", async () => {
    const port = await freePort();
    copy = buildSiteCopy({ env: { BASE_PATH: "/clinic/", SITE_URL: `http://127.0.0.1:${port}` } });
    expect(copy.ok, copy.output.slice(-3000)).toBe(true);

    const { server } = await serveStatic(join(copy.dir, "dist"), "/clinic/", port);
    try {
      const result = await new LinkChecker().check({
        path: `http://127.0.0.1:${port}/clinic/`,
        recurse: true,
        checkFragments: true,
        concurrency: 8,
        linksToSkip: async (link) => !link.startsWith(`http://127.0.0.1:${port}/`),
      });
      const broken = result.links
        .filter((link) => link.state === "BROKEN")
        .map((link) => `${link.url} (from ${link.parent})`);
      expect(broken).toEqual([]);
      const checked = result.links.filter((link) => link.state === "OK").map((link) => link.url);
      expect(checked).toContain(
        `http://127.0.0.1:${port}/clinic/blog/six-reasons-to-get-a-massage-for-back-pain/`,
      );
      expect(checked.some((url) => url.endsWith(".png"))).toBe(true);
      expect(checked.every((url) => url.startsWith(`http://127.0.0.1:${port}/clinic/`))).toBe(true);
    } finally {
      server.close();
    }
  });
});
