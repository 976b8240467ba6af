// Counting visits and the quiz (issue 22), in a real browser against real builds.
// Off (the default): the site as built for every other test, through `astro preview`.
// On: a copy of the site built with `counting` set, served as a static host would, and a local
// counter on 127.0.0.1 that speaks GoatCounter's /count over https (a self-signed certificate),
// standing in for the hosted one (GoatCounter itself, a Go program, is not run here).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import type { Server as HttpServer } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { visitorPaths } from "./pages.ts";
import { pageWeight } from "../../scripts/page-weight.ts";
import { buildSiteCopy, type BuiltSite } from "../../scripts/site-copy.ts";
import { serveStatic } from "../support/static-server.ts";

test.describe.configure({ mode: "serial", timeout: 240_000 });
test.use({ actionTimeout: 15_000, navigationTimeout: 15_000 });

const settings = parseYaml(readFileSync("content/settings.yaml", "utf8")) as {
  booking: { url: string };
};
/** The booking platform: a visitor who follows a booking link leaves for it, which is theirs to do. */
const BOOKING_ORIGIN = new URL(settings.booking.url.replace("{service}", "")).origin;

/** The quiz page's words about what it sends (content/copy/listings.yaml). */
const quizCopy = (
  parseYaml(readFileSync("content/copy/listings.yaml", "utf8")) as {
    quiz: { private: string; counted: string };
  }
).quiz;

/** The names a page prints as the counts it sends, in its list of counts. */
const printedNames = (page: Page) => page.getByTestId("counts-sent").locator("code").allTextContents();

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
  expect(labels.length).toBeGreaterThan(20);
  return labels;
}

/** Requests that leave `origin`, except the visitor's own navigation to the booking page. */
function watchOutside(context: BrowserContext, origin: string): string[] {
  const outside: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:")) return;
    if (request.isNavigationRequest() && url.startsWith(`${BOOKING_ORIGIN}/`)) return;
    outside.push(`${request.method()} ${url}`);
  });
  return outside;
}

/** Every Content-Security-Policy violation on the page, as "directive blocked-uri". */
async function watchPolicy(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  return violations;
}

/** The booking platform answers with a page of its own, so following a booking link really leaves. */
const standInBookingPage = (context: BrowserContext) =>
  context.route(`${BOOKING_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Booking</title><p>Booking" }),
  );

/** The red-flag screen, then one answer a step; returns the result. */
async function walkQuiz(page: Page, site: string, answers: readonly string[], safety = "None of these") {
  await page.goto(`${site}/quiz/`);
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
  const result = page.getByTestId("quiz-result");
  await expect(result).toBeVisible();
  return result;
}

const TYPICAL_ANSWERS = [
  "Lower back",
  "4 to 12 weeks",
  "Desk work or posture",
  "Medium",
  "To work out knots",
  "No",
];

/** This origin's cookies, local storage and session storage, as the page sees them. */
const storage = (page: Page) =>
  page.evaluate(() => ({
    cookie: document.cookie,
    local: Object.entries(localStorage).sort(),
    session: Object.entries(sessionStorage).sort(),
  }));

test("counting off (the default): no request leaves the site on any page or through the quiz", async ({
  page,
  context,
  baseURL,
}) => {
  const site = String(baseURL);
  const outside = watchOutside(context, site);
  const paths = visitorPaths("dist");
  expect(paths.length).toBeGreaterThan(40);
  for (const path of paths) {
    await page.goto(`${site}${path}`);
    // The policy lets the page connect to the site itself and nowhere else.
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(policy, path).toContain("connect-src 'self';");
  }
  // The quiz page says nothing is sent, and neither it nor the privacy page lists counts.
  await page.goto(`${site}/quiz/`);
  await expect(page.locator("main")).toContainText(quizCopy.private);
  await expect(page.getByTestId("quiz-counting")).toHaveCount(0);
  await page.goto(`${site}/privacy/`);
  await expect(page.getByTestId("counting-notice")).toHaveCount(0);
  await expect(page.getByTestId("counts-sent")).toHaveCount(0);
  await standInBookingPage(context);
  const result = await walkQuiz(page, site, TYPICAL_ANSWERS);
  await result.getByTestId("quiz-booking-link").click();
  await page.waitForURL(`${BOOKING_ORIGIN}/**`);
  // A new tab: the quiz keeps its answers for the tab it was taken in.
  await walkQuiz(await context.newPage(), site, [], "Fever");
  await page.waitForTimeout(500);
  expect(outside).toEqual([]);
});

test.describe("counting on, with a stand-in GoatCounter", () => {
  const counted: {
    method: string;
    url: string;
    body: string;
    cookie: string | undefined;
    referer: string | undefined;
  }[] = [];
  let counter: Server;
  let copy: BuiltSite;
  let site: { url: string; server: HttpServer };
  let endpoint: string;
  test.use({ ignoreHTTPSErrors: true });

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
        let body = "";
        request.on("data", (chunk: Buffer) => (body += chunk.toString()));
        request.on("end", () => {
          counted.push({
            method: request.method ?? "",
            url: request.url ?? "",
            body,
            cookie: request.headers.cookie,
            referer: request.headers.referer,
          });
          // GoatCounter answers /count with a 1×1 GIF.
          response.writeHead(200, { "Content-Type": "image/gif" });
          response.end(Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64"));
        });
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

  test.beforeEach(() => {
    counted.length = 0;
  });

  const counts = () => counted.map(({ url }) => new URL(url, "https://x").searchParams.get("p"));

  test("every request goes to the counter alone, with a path or an event name and nothing else", async ({
    page,
    context,
    baseURL,
  }) => {
    const violations = await watchPolicy(context);
    const outside = watchOutside(context, site.url);
    const paths = visitorPaths(join(copy.dir, "dist"));
    expect(paths.length).toBeGreaterThan(40);
    // Each page's count arrives before the next page opens, as when a visitor stays to read it. Going
    // on at once, the first page's count (the first to reach the counter) was missing in one
    // clean-clone run (2026-12-07), presumably cut off by the next navigation.
    for (const path of paths) {
      await page.goto(`${site.url}${path}`);
      await expect.poll(counts).toContain(path);
    }
    await expect.poll(() => counts().sort()).toEqual([...paths].sort());

    counted.length = 0;
    await standInBookingPage(context);
    const result = await walkQuiz(page, site.url, TYPICAL_ANSWERS);
    const stored = await storage(page);
    const booking = result.getByTestId("quiz-booking-link");
    // The visitor follows the link: the page is gone at once, and the count must still arrive.
    await booking.click();
    await page.waitForURL(`${BOOKING_ORIGIN}/**`);
    await expect.poll(counts).toContain("quiz-booking");
    // Neither the suggested type nor the session length is sent: a type can tell an answer.
    expect(counts()).toEqual([
      "/quiz/",
      "quiz-start",
      ...[2, 3, 4, 5, 6, 7].map((step) => `quiz-step-${step}`),
      "quiz-result-suggestion",
      "quiz-booking",
    ]);

    expect(outside.length).toBeGreaterThan(0);
    for (const request of outside) expect(request.startsWith(`GET ${endpoint}?`), request).toBe(true);
    const labels = answerLabels();
    for (const { method, url, body, cookie, referer } of counted) {
      expect(method).toBe("GET");
      expect(body).toBe("");
      expect([...new URL(url, "https://x").searchParams.keys()]).toEqual(["p", "e"]);
      expect(cookie).toBeUndefined();
      expect(referer).toBeUndefined();
      const sent = decodeURIComponent(url).toLowerCase();
      for (const label of labels) expect(sent, label).not.toContain(label.toLowerCase());
    }
    expect(await context.cookies()).toEqual([]);
    expect(violations).toEqual([]);

    // Counting stores nothing: the same walk on the site with counting off leaves the same storage.
    const offPage = await context.newPage();
    await walkQuiz(offPage, String(baseURL), TYPICAL_ANSWERS);
    expect(stored).toEqual(await storage(offPage));
    expect(stored.local).toEqual([]);
  });

  for (const [persona, safety, outcome] of [
    ["a red-flag walk (fever)", "Fever", "doctor"],
    ["an emergency walk (weakness in both legs)", "Weakness or numbness in both legs", "emergency"],
  ] as const) {
    test(`${persona} counts quiz-result-see-a-doctor, as every safety outcome does, and no booking`, async ({
      page,
    }) => {
      const result = await walkQuiz(page, site.url, [], safety);
      await expect(result).toHaveAttribute("data-result-kind", outcome);
      await expect.poll(counts).toContain("quiz-result-see-a-doctor");
      await page.waitForTimeout(300);
      expect(counts()).toEqual(["/quiz/", "quiz-start", "quiz-result-see-a-doctor"]);
    });
  }

  test("the quiz page and the privacy page list exactly the counts the quiz sends, through every outcome", async ({
    page,
    context,
  }) => {
    await standInBookingPage(context);
    await page.goto(`${site.url}/quiz/`);
    // The page says what it sends, naming the counter, and no longer that nothing is sent.
    await expect(page.locator("main")).toContainText(new URL(endpoint).host);
    await expect(page.locator("main")).not.toContainText(quizCopy.private);
    await expect(page.getByTestId("quiz-counting").getByTestId("counts-sent")).toBeVisible();
    const onQuizPage = await printedNames(page);
    // Its only booking button outside the quiz is the header's: the list covers that one.
    const siteBookingLinks = await page
      .locator('a[href*="utm_medium=website"]')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href")))]);
    expect(siteBookingLinks).toHaveLength(1);

    // A suggestion followed to the booking page, a doctor's visit, an emergency, each in its own tab
    // (the quiz keeps a tab's answers), then the header's booking button.
    const suggestion = await walkQuiz(await context.newPage(), site.url, TYPICAL_ANSWERS);
    await expect(suggestion).toHaveAttribute("data-result-kind", "suggestion");
    await suggestion.getByTestId("quiz-booking-link").click();
    await expect.poll(counts).toContain("quiz-booking");
    for (const [safety, outcome] of [
      ["Fever", "doctor"],
      ["Weakness or numbness in both legs", "emergency"],
    ] as const) {
      const before = counted.length;
      const result = await walkQuiz(await context.newPage(), site.url, [], safety);
      await expect(result).toHaveAttribute("data-result-kind", outcome);
      await expect.poll(() => counts().slice(before)).toContain("quiz-result-see-a-doctor");
    }
    const header = await context.newPage();
    await header.goto(`${site.url}/quiz/`);
    await header.locator(".site-header__book").click();
    await header.waitForURL(`${BOOKING_ORIGIN}/**`);
    await expect.poll(counts).toContain("booking");
    await page.waitForTimeout(300);

    const sent = [...new Set(counts())].sort();
    expect(sent).toEqual([...new Set(onQuizPage)].sort());

    // The privacy page lists what any page sends: this page's view, every quiz count, every booking button.
    counted.length = 0;
    await page.goto(`${site.url}/privacy/`);
    const onPrivacyPage = await printedNames(page);
    const quizNames = (names: readonly (string | null)[]) =>
      [...new Set(names.filter((name) => name?.startsWith("quiz-")))].sort();
    expect(quizNames(onPrivacyPage)).toEqual(quizNames(sent));
    for (const name of sent.filter((name) => !name?.startsWith("/"))) expect(onPrivacyPage).toContain(name);
    await expect.poll(counts).toEqual(["/privacy/"]);
    expect(onPrivacyPage).toContain("/privacy/");
  });

  test("a booking button outside the quiz counts its type and length as the visitor leaves", async ({
    page,
    context,
  }) => {
    await standInBookingPage(context);
    await page.goto(`${site.url}/massage/swedish/`);
    const button = page.getByTestId("sessions-swedish").getByRole("link").first();
    const [, minutes] = /utm_content=swedish-(\d+)/.exec((await button.getAttribute("href")) ?? "") ?? [];
    expect(minutes).toBeDefined();
    await button.click();
    await page.waitForURL(`${BOOKING_ORIGIN}/**`);
    await expect.poll(counts).toContain(`booking-swedish-${minutes}`);

    // The header's button names no type: counted as "booking".
    await page.goto(`${site.url}/blog/`);
    await page.locator(".site-header__book").click();
    await page.waitForURL(`${BOOKING_ORIGIN}/**`);
    await expect.poll(counts).toContain("booking");
    expect(counts()).toEqual(["/massage/swedish/", `booking-swedish-${minutes}`, "/blog/", "booking"]);

    // The privacy page lists both names among what is sent.
    await page.goto(`${site.url}/privacy/`);
    const listed = await printedNames(page);
    expect(listed).toContain(`booking-swedish-${minutes}`);
    expect(listed).toContain("booking");
  });

  for (const [signal, init] of [
    [
      "Global Privacy Control",
      () => Object.defineProperty(navigator, "globalPrivacyControl", { value: true }),
    ],
    ["Do Not Track", () => Object.defineProperty(navigator, "doNotTrack", { value: "1" })],
  ] as const) {
    test(`nothing is sent when the browser signals ${signal}`, async ({ page, context }) => {
      await context.addInitScript(init);
      await standInBookingPage(context);
      const outside = watchOutside(context, site.url);
      await page.goto(`${site.url}/massage/swedish/`);
      await page.getByTestId("sessions-swedish").getByRole("link").first().click();
      await page.waitForURL(`${BOOKING_ORIGIN}/**`);
      const result = await walkQuiz(page, site.url, TYPICAL_ANSWERS);
      await result.getByTestId("quiz-booking-link").click();
      await page.waitForURL(`${BOOKING_ORIGIN}/**`);
      await walkQuiz(await context.newPage(), site.url, [], "Fever");
      await page.waitForTimeout(500);
      expect(outside).toEqual([]);
      expect(counted).toEqual([]);
    });
  }

  test("the privacy page names the counter; the policy adds only its origin and the module", async ({
    page,
  }) => {
    await page.goto(`${site.url}/privacy/`);
    await expect(page.getByTestId("counting-notice")).toContainText(new URL(endpoint).host);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(policy).toContain(`connect-src 'self' ${new URL(endpoint).origin};`);
  });

  test("the bytes counting adds to a page (printed), within 1 KB gzip besides the quiz page's list", () => {
    const rows: string[] = [];
    const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
    for (const file of ["index.html", "quiz/index.html", "massage/swedish/index.html"]) {
      const off = pageWeight("dist", file);
      const on = pageWeight(join(copy.dir, "dist"), file);
      // The quiz page also lists its counts: words the visitor reads, measured apart from the module.
      const html = readFileSync(join(copy.dir, "dist", file), "utf8");
      const list = /<section[^>]*data-testid="quiz-counting"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
      expect(list === "", file).toBe(file !== "quiz/index.html");
      // The module is inline: the page's HTML carries it, and no request is added.
      const added = gzip(html.replace(list, "")) - off.html.gzip;
      const module = on.js.gzip - off.js.gzip;
      rows.push(
        `${file}: +${added} B gzip of HTML (+${on.html.raw - off.html.raw} B raw)${list ? `, and the list of counts ${gzip(list)} B gzip (${Buffer.byteLength(list)} B raw)` : ""}; the module alone ${module} B gzip, ${on.js.raw - off.js.raw} B minified`,
      );
      expect(on.requests, file).toBe(off.requests);
      expect(added, file).toBeLessThanOrEqual(1024);
    }
    console.log(`Counting on, added to each page:\n  ${rows.join("\n  ")}`);
  });
});
