import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { builtVariant } from "../support/site-variant.ts";
import { publishedVariant } from "../support/variants.ts";
import { PREVIEW_PORT } from "./servers.ts";
import { axe } from "./axe.ts";

// The real site has no video yet: the published variant (tests/support/variants.ts) has a post with
// one, built once for the build tests and this file, and served here with `astro preview`, exactly
// as the live site would be served. Apart from every other server the tests and Lighthouse (4323
// by default) start.
const PORT = PREVIEW_PORT + 3;
const SITE = `http://127.0.0.1:${PORT}`;
const PATH = "/blog/back-pain-at-the-desk/";
const PLAYER = "https://www.youtube-nocookie.com";

let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // The variant is shared with the build tests; the first to ask builds it (minutes on two cores).
  test.setTimeout(900_000);
  const site = builtVariant(await publishedVariant());
  expect(site.ok, site.output.slice(-3000)).toBe(true);
  const astro = join(import.meta.dirname, "../../node_modules/astro/bin/astro.mjs");
  server = spawn(process.execPath, [astro, "preview", "--host", "127.0.0.1", "--port", String(PORT)], {
    cwd: site.dir,
    stdio: "ignore",
  });
  await expect
    .poll(
      () =>
        fetch(SITE).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

const policyOf = async (page: import("@playwright/test").Page) =>
  (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")) ?? "";

test("a page with a video loads no third-party byte before the click", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(SITE)) foreign.push(request.url());
  });
  await page.goto(`${SITE}${PATH}`);
  await page.waitForLoadState("networkidle");
  const play = page.getByRole("button", { name: "Play video: A gentle stretch for the lower back" });
  await play.scrollIntoViewIfNeeded();
  await play.hover();
  await play.focus();
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
  await expect(page.locator("iframe")).toHaveCount(0);

  const { violations } = await axe(page).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test("the policy allows exactly the privacy-enhanced player, only on that page, with no unsafe-inline and no wildcard", async ({
  page,
}) => {
  await page.goto(`${SITE}${PATH}`);
  const directives = (await policyOf(page)).split(/;\s*/).filter(Boolean);
  expect(directives.filter((d) => d.startsWith("frame-src"))).toEqual([`frame-src ${PLAYER}`]);
  expect(directives).toContain("default-src 'self'");
  expect(directives.join(";")).not.toContain("unsafe-inline");
  expect(directives.flatMap((d) => d.split(" ")).filter((token) => token.includes("*"))).toEqual([]);

  await page.goto(`${SITE}/blog/massage-stress-and-sleep/`);
  expect(await policyOf(page)).not.toContain("frame-src");
});

test("after the click the player loads; any other frame or script is still blocked", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  // No network here: stand in for YouTube's player so the frame's load can be seen.
  await page.route(`${PLAYER}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><title>player</title><p>player stand-in</p>",
    }),
  );
  await page.goto(`${SITE}${PATH}`);
  await page.getByRole("button", { name: /^Play video:/ }).press("Enter");

  const frame = page.locator("iframe");
  await expect(frame).toHaveAttribute("src", `${PLAYER}/embed/dQw4w9WgXcQ?autoplay=1`);
  await expect(frame).toHaveAttribute("title", "A gentle stretch for the lower back");
  await expect(page.frameLocator("iframe").getByText("player stand-in")).toBeVisible();
  expect(violations).toEqual([]);

  // Anything else stays blocked by the same policy: another video host, another site, a script.
  await page.evaluate(() => {
    for (const src of ["https://www.youtube.com/embed/dQw4w9WgXcQ", "https://example.org/"]) {
      const other = document.createElement("iframe");
      other.src = src;
      document.body.append(other);
    }
    const script = document.createElement("script");
    script.src = "https://example.org/tracker.js";
    document.body.append(script);
  });
  await expect
    .poll(() => violations.slice().sort())
    .toEqual(
      [
        // Browsers report only the origin of a blocked cross-site address.
        "frame-src https://www.youtube.com",
        "frame-src https://example.org",
        "script-src-elem https://example.org/tracker.js",
      ].sort(),
    );
});
