// Counting on: a copy of the site built with `counting` set, served as a static host would, and a
// local counter on 127.0.0.1 that speaks GoatCounter's /count over https (a self-signed
// certificate), standing in for the hosted one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server as HttpServer } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { buildSiteCopy, type SiteCopy } from "../../scripts/site-copy";
import { serveStatic } from "../support/static-server";

test.describe.configure({ mode: "serial", timeout: 240_000 });
test.use({ ignoreHTTPSErrors: true, baseURL: undefined });

const counted: { url: string; cookie: string | undefined; referer: string | undefined }[] = [];
let counter: Server;
let copy: SiteCopy;
let site: { url: string; server: HttpServer };
let endpoint: string;

/** Every answer label in content/quiz.yaml: none may ever reach the counter. */
function answerLabels(): string[] {
  const labels: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "label" && typeof inner === "string") labels.push(inner);
        else walk(inner);
      }
    }
  };
  const quiz = parseYaml(readFileSync("content/quiz.yaml", "utf8")) as Record<string, unknown>;
  walk([quiz["safety"], quiz["steps"]]);
  return labels;
}

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "counter-"));
  spawnSync("openssl", [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-subj",
    "/CN=127.0.0.1",
    "-days",
    "1",
    "-keyout",
    join(dir, "key.pem"),
    "-out",
    join(dir, "cert.pem"),
  ]);
  counter = createServer(
    { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) },
    (request, response) => {
      counted.push({
        url: request.url ?? "",
        cookie: request.headers.cookie,
        referer: request.headers.referer,
      });
      // GoatCounter answers /count with a 1×1 GIF.
      response.writeHead(200, { "Content-Type": "image/gif", "Access-Control-Allow-Origin": "*" });
      response.end(Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64"));
    },
  );
  await new Promise<void>((done) => counter.listen(0, "127.0.0.1", done));
  endpoint = `https://127.0.0.1:${(counter.address() as AddressInfo).port}/count`;
  copy = buildSiteCopy({
    changes: {
      "content/settings.yaml": (text) =>
        `${text}counting:\n  provider: goatcounter\n  endpoint: ${endpoint}\n`,
    },
  });
  expect(copy.ok, copy.output).toBe(true);
  site = await serveStatic(join(copy.dir, "dist"), "/");
});

test.afterAll(() => {
  counter?.close();
  site?.server.close();
  copy?.remove();
});

async function walkQuiz(page: Page, answers: readonly string[], safety = "None of these") {
  await page.goto(`${site.url}/quiz/`);
  const quiz = page.getByTestId("quiz");
  await expect(page.locator("astro-island").filter({ has: quiz })).not.toHaveAttribute("ssr", {
    timeout: 15_000,
  });
  await quiz.getByLabel(safety, { exact: true }).check();
  await quiz.getByRole("button", { name: "Next" }).click();
  for (const label of answers) {
    await quiz.getByLabel(label, { exact: true }).check();
    await quiz.getByRole("button", { name: "Next" }).click();
  }
  return page.getByTestId("quiz-result");
}

const counts = () => counted.map(({ url }) => new URL(url, "https://x").searchParams.get("p"));

test("with counting on, every request outside the site goes to the counter with only a path or event name", async ({
  page,
  context,
}) => {
  counted.length = 0;
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(site.url)) outside.push(request.url());
  });
  const result = await walkQuiz(page, [
    "Lower back",
    "4 to 12 weeks",
    "Desk work or posture",
    "Medium",
    "To work out knots",
    "No",
  ]);
  const booking = result.getByTestId("quiz-booking-link");
  await booking.evaluate((link) => link.addEventListener("click", (event) => event.preventDefault()));
  await booking.click();
  await expect.poll(() => counts().join(" ") + " / " + outside.join(" ")).toContain("quiz-booking-");

  expect(outside.length).toBeGreaterThan(0);
  for (const url of outside) expect(url.startsWith(`${endpoint}?`), url).toBe(true);
  expect(counts()).toEqual(
    expect.arrayContaining(["/quiz/", "quiz-start", "quiz-step-2", "quiz-step-7", "quiz-result-swedish"]),
  );
  for (const { url, cookie, referer } of counted) {
    expect([...new URL(url, "https://x").searchParams.keys()]).toEqual(["p", "e"]);
    expect(cookie).toBeUndefined();
    expect(referer).toBeUndefined();
    for (const label of answerLabels()) expect(decodeURIComponent(url)).not.toContain(label);
  }
  expect(await context.cookies()).toEqual([]);
  // The quiz keeps its own progress in session storage; counting adds nothing to either storage.
  const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  expect(stored.filter((key) => !key.startsWith("back-pain-quiz"))).toEqual([]);
});

test("a red-flag walk counts see-a-doctor and no booking", async ({ page }) => {
  counted.length = 0;
  const result = await walkQuiz(page, [], "Fever");
  await expect(result).toHaveAttribute("data-result-kind", "doctor");
  await expect.poll(counts).toContain("quiz-result-doctor");
  expect(counts().filter((path) => path?.startsWith("quiz-booking"))).toEqual([]);
});

test("nothing is counted when the browser signals Global Privacy Control", async ({ page }) => {
  counted.length = 0;
  await page.addInitScript(() => Object.defineProperty(navigator, "globalPrivacyControl", { value: true }));
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(site.url)) outside.push(request.url());
  });
  await walkQuiz(page, [], "Fever");
  await page.waitForTimeout(500);
  expect(outside).toEqual([]);
  expect(counted).toEqual([]);
});

test("the privacy page names the counter; the policy allows only its origin", async ({ page }) => {
  await page.goto(`${site.url}/privacy/`);
  await expect(page.getByTestId("counting-notice")).toContainText(new URL(endpoint).host);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
  expect(policy).toContain(`connect-src 'self' ${new URL(endpoint).origin}`);
});
