import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ARTICLE_PATH, openQuiz } from "./pages";
import { axe } from "./axe";

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element with Tab");
}

/** Everything after the safety screen (one question a step), answered by clicking. */
const TYPICAL_ANSWERS = [
  "Lower back",
  "4 to 12 weeks",
  "Desk work or posture",
  "Medium",
  "To work out knots",
  "No",
];
/** Answers that suggest hot stone massage (with Swedish massage as the other option). */
const HOT_STONE_ANSWERS = [
  "Lower back",
  "More than 12 weeks",
  "Stress",
  "Light",
  "To relax and unwind",
  "No",
];

async function answerByClicking(quiz: Locator, answers: readonly string[]) {
  let step = 2;
  for (const label of answers) {
    await quiz.getByLabel(label, { exact: true }).check();
    await quiz.getByRole("button", { name: "Next" }).click();
    step += 1;
    if (step <= 7) await expect(quiz.getByRole("heading", { name: `Step ${step} of 7` })).toBeFocused();
  }
}

test("a keyboard-only visitor goes from the safety screen to a suggestion", async ({ page }) => {
  const quiz = await openQuiz(page);
  await tabTo(page, quiz.getByLabel("None of these"));
  await page.keyboard.press("Space");
  await tabTo(page, quiz.getByRole("button", { name: "Next" }));
  await page.keyboard.press("Enter");
  await expect(quiz.getByRole("heading", { name: "Step 2 of 7" })).toBeFocused();

  for (let step = 2; step <= 7; step += 1) {
    const groups = quiz.locator("fieldset");
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      await tabTo(page, groups.nth(index).locator("input").first());
      await page.keyboard.press("Space");
      if (step === 2) {
        // Arrow keys change the choice without advancing: the visitor still has to press Next.
        await page.keyboard.press("ArrowDown");
        await expect(groups.nth(index).locator("input").nth(1)).toBeChecked();
        await expect(quiz.getByRole("heading", { name: "Step 2 of 7" })).toBeVisible();
      }
    }
    await tabTo(page, quiz.getByRole("button", { name: "Next" }));
    await page.keyboard.press("Enter");
  }

  const result = page.getByTestId("quiz-result");
  await expect(result).toHaveAttribute("data-result-kind", "suggestion");
  await expect(result.getByTestId("quiz-booking-link")).toBeVisible();
  await expect(result.getByText(/not medical advice/i)).toBeVisible();
  await expect(page.locator('[aria-live="polite"]').first()).not.toBeEmpty();
});

test("a hot stone suggestion shows hot stone's ask-your-doctor-first conditions before the booking button", async ({
  page,
}) => {
  const quiz = await openQuiz(page);
  await quiz.getByLabel("None of these").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  await answerByClicking(quiz, HOT_STONE_ANSWERS);

  const result = page.getByTestId("quiz-result");
  await expect(result.getByRole("heading", { level: 2 })).toHaveText("We suggest: Hot stone massage");
  const conditions = result.getByRole("heading", { name: "Hot stone massage: ask your doctor first if" });
  await expect(conditions).toBeVisible();
  const list = result.getByTestId("quiz-ask-doctor").first();
  await expect(list.getByRole("listitem")).toHaveText([
    "You have diabetes or reduced feeling in your skin",
    "You have a heart condition or high blood pressure",
  ]);
  const booking = result.getByTestId("quiz-booking-link");
  await expect(booking).toHaveText(/^Book a Hot stone massage \(\d+ minutes\)$/);
  // Before: earlier in reading order (and so in the page, above the button).
  const [listBox, bookingBox] = await Promise.all([list.boundingBox(), booking.boundingBox()]);
  expect((listBox?.y ?? Infinity) < (bookingBox?.y ?? 0)).toBe(true);
  expect(
    await list.evaluate(
      (el, link) => !!(el.compareDocumentPosition(link!) & 4),
      await booking.elementHandle(),
    ),
  ).toBe(true);
  // The other option's conditions are shown too.
  await expect(
    result.getByRole("heading", { name: "Swedish massage: ask your doctor first if" }),
  ).toBeVisible();
});

test("a full walk asks about pregnancy once", async ({ page }) => {
  const quiz = await openQuiz(page);
  const asked: string[] = [];
  const record = async () => asked.push(...(await quiz.getByText(/pregnan/i).allTextContents()));
  await record();
  await quiz.getByLabel("None of these").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  for (const label of TYPICAL_ANSWERS) {
    await record();
    await quiz.getByLabel(label, { exact: true }).check();
    await quiz.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByTestId("quiz-result")).toBeVisible();
  expect(asked).toEqual(["I am pregnant"]);
});

test("Next without an answer shows an error tied to the question", async ({ page }) => {
  const quiz = await openQuiz(page);
  await quiz.getByRole("button", { name: "Next" }).click();
  const group = quiz.locator("fieldset").first();
  await expect(group.locator("input").first()).toHaveAttribute("aria-invalid", "true");
  const describedBy = ((await group.getAttribute("aria-describedby")) ?? "").split(" ");
  const messages = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(messages.join(" ")).toMatch(/choose an answer/i);
  await expect(group.getByRole("alert")).toHaveText(/choose an answer/i);
});

test("an emergency sign leads to urgent-care advice and no booking link", async ({ page }) => {
  const quiz = await openQuiz(page);
  await quiz.getByLabel("Weakness or numbness in both legs").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  const result = page.getByTestId("quiz-result");
  await expect(result).toHaveAttribute("data-result-kind", "emergency");
  await expect(result).toContainText("911");
  await expect(result.getByTestId("quiz-booking-link")).toHaveCount(0);
  await expect(result.locator('a[href*="booking"]')).toHaveCount(0);
});

test("a see-a-doctor sign leads to the doctor advice and the practice's contacts, no booking button", async ({
  page,
}) => {
  const quiz = await openQuiz(page);
  await quiz.getByLabel("Fever").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  const result = page.getByTestId("quiz-result");
  await expect(result).toHaveAttribute("data-result-kind", "doctor");
  await expect(result.locator('a[href^="tel:"]')).toBeVisible();
  await expect(result.getByTestId("quiz-booking-link")).toHaveCount(0);
});

test("the booking link carries the service and campaign tags, never an answer, and the quiz sends nothing", async ({
  page,
}) => {
  await page.goto("/quiz/?utm_source=newsletter&utm_term=spring");
  const quiz = page.getByTestId("quiz");
  await expect(page.locator("astro-island").filter({ has: quiz })).not.toHaveAttribute("ssr", {
    timeout: 15_000,
  });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  await quiz.getByLabel("I take blood thinners or have a bleeding disorder").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  await answerByClicking(quiz, TYPICAL_ANSWERS);

  const link = page.getByTestId("quiz-booking-link");
  const url = new URL((await link.getAttribute("href")) ?? "");
  const keys = [...url.searchParams.keys()];
  expect(keys.every((key) => key === "service" || key.startsWith("utm_"))).toBe(true);
  expect(url.searchParams.get("utm_medium")).toBe("quiz");
  expect(url.searchParams.get("utm_campaign")).toBe("back-pain-quiz");
  expect(url.searchParams.get("utm_source")).toBe("newsletter");
  expect(url.searchParams.get("utm_term")).toBe("spring");
  const service = url.searchParams.get("service") ?? "";
  expect(url.searchParams.get("utm_content")).toBe(service);
  // Blood thinners exclude firm pressure and heat (ids are "<type>-<minutes>").
  const suggested = service.replace(/-\d+$/, "");
  expect(["deep-tissue", "trigger-point", "sports", "thai", "hot-stone"]).not.toContain(suggested);
  expect(url.href).not.toMatch(/thinner|bleed|lower-back|desk|pregnan|weeks|knots/);
  await expect(page.getByTestId("quiz-result")).toContainText(/blood thinners/);
  expect(requests).toEqual([]);
});

test("the result shows the suggested type's lengths with prices and books the length the visitor picks", async ({
  page,
}) => {
  const quiz = await openQuiz(page);
  await quiz.getByLabel("None of these").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  await answerByClicking(quiz, TYPICAL_ANSWERS);
  const result = page.getByTestId("quiz-result");
  await expect(result).toHaveAttribute("data-result-kind", "suggestion");

  const lengths = result.getByRole("group", { name: "Choose a session length" });
  const choices = lengths.getByRole("radio");
  expect(await choices.count()).toBeGreaterThan(1);
  for (const label of await lengths.locator("label").allTextContents()) {
    expect(label).toMatch(/^\d+ minutes · \$\d+/);
  }
  const link = result.getByTestId("quiz-booking-link");
  const first = await lengths.locator("label").first().textContent();
  await expect(choices.first()).toBeChecked();
  await expect(link).toContainText(`(${first?.split(" · ")[0]})`);

  // Pick the longest length with the keyboard-free path a mouse user takes.
  const last = lengths.locator("label").last();
  const minutes = ((await last.textContent()) ?? "").split(" ")[0];
  await last.click();
  await expect(link).toContainText(`(${minutes} minutes)`);
  const url = new URL((await link.getAttribute("href")) ?? "");
  const type = (url.searchParams.get("utm_content") ?? "").replace(/-\d+$/, "");
  // The id is the one content/massage-types/<type>.mdx gives that length.
  const data = parseYaml(readFileSync(`content/massage-types/${type}.mdx`, "utf8").split("---")[1] ?? "") as {
    bookingService: string;
    sessions: Array<{ minutes: number; bookingService?: string }>;
  };
  const session = data.sessions.find((entry) => entry.minutes === Number(minutes));
  expect(url.searchParams.get("service")).toBe(session?.bookingService ?? data.bookingService);
  expect(url.searchParams.get("utm_content")).toBe(`${type}-${minutes}`);
  await expect(result.getByRole("link", { name: /^More about/ })).toHaveAttribute(
    "href",
    `/massage/${type}/`,
  );
});

test("a reload keeps the progress, and Back keeps earlier answers", async ({ page }) => {
  const quiz = await openQuiz(page);
  await quiz.getByLabel("None of these").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  await quiz.getByLabel("Neck", { exact: true }).check();
  await quiz.getByRole("button", { name: "Next" }).click();
  await expect(quiz.getByRole("heading", { name: "Step 3 of 7" })).toBeVisible();

  await page.reload();
  const reloaded = page.getByTestId("quiz");
  await expect(page.locator("astro-island").filter({ has: reloaded })).not.toHaveAttribute("ssr", {
    timeout: 15_000,
  });
  await expect(reloaded.getByRole("heading", { name: "Step 3 of 7" })).toBeVisible();
  await reloaded.getByRole("button", { name: "Back" }).click();
  await expect(reloaded.getByLabel("Neck", { exact: true })).toBeChecked();
});

test("corrupt saved progress is ignored and the quiz starts at the beginning", async ({ page }) => {
  await page.goto("/quiz/");
  await page.evaluate(() => {
    for (let index = 0; index < sessionStorage.length; index += 1)
      sessionStorage.setItem(sessionStorage.key(index) ?? "", "{not json");
    sessionStorage.setItem("quiz", "garbage");
  });
  const quiz = await openQuiz(page);
  await expect(quiz.getByRole("heading", { name: "Step 1 of 7" })).toBeVisible();
});

test("axe finds no violation on any step or on the result", async ({ page }) => {
  // Nine axe runs: on a busy two-core machine this takes longer than one page's test.
  test.slow();
  const quiz = await openQuiz(page);
  const check = async (where: string) => {
    const { violations } = await axe(page).include('[data-testid="quiz"]').analyze();
    expect(violations.map((v) => `${where}: ${v.id}`)).toEqual([]);
  };
  await check("step 1");
  await quiz.getByRole("button", { name: "Next" }).click();
  await check("step 1 with the error");
  await quiz.getByLabel("None of these").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  let step = 2;
  for (const label of TYPICAL_ANSWERS) {
    await check(`step ${step}`);
    await quiz.getByLabel(label, { exact: true }).check();
    await quiz.getByRole("button", { name: "Next" }).click();
    step += 1;
  }
  await expect(page.getByTestId("quiz-result")).toBeVisible();
  await check("result");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the fallback links to the massage types and to booking", async ({ page }) => {
    await page.goto("/quiz/");
    const fallback = page.locator(".quiz__noscript");
    await expect(fallback).toBeVisible();
    await expect(fallback.getByRole("link", { name: /massage types/i })).toHaveAttribute("href", "/massage/");
    await expect(fallback.getByRole("link", { name: /book/i })).toHaveAttribute("href", /^https:\/\//);
  });

  test("the server-rendered form cannot send answers anywhere", async ({ page }) => {
    await page.goto("/quiz/");
    // Late loads such as the favicon do not matter; a form submission would be a navigation.
    const submissions: string[] = [];
    page.on("request", (request) => {
      if (request.isNavigationRequest() || request.method() !== "GET" || request.url().includes("?")) {
        submissions.push(`${request.method()} ${request.url()}`);
      }
    });
    await page.getByLabel("Fever").check();
    await page.getByLabel("Fever").press("Enter");
    await page.getByRole("button", { name: "Next" }).click({ force: true });
    await page.waitForTimeout(500);
    expect(page.url()).not.toContain("?");
    expect(submissions).toEqual([]);
  });
});

test("the quiz works inside the six-reasons article, before the closing call to book", async ({ page }) => {
  const quiz = await openQuiz(page, ARTICLE_PATH);
  const closing = page.getByRole("heading", { name: "Ready to Get a Massage for Back Pain?" });
  const [quizBox, closingBox] = await Promise.all([quiz.boundingBox(), closing.boundingBox()]);
  expect((quizBox?.y ?? 0) < (closingBox?.y ?? 0)).toBe(true);
  await quiz.getByLabel("Chest pain").check();
  await quiz.getByRole("button", { name: "Next" }).click();
  await expect(page.getByTestId("quiz-result")).toHaveAttribute("data-result-kind", "emergency");
});

test("the quiz's JavaScript loads only when the quiz scrolls into view on the article", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(ARTICLE_PATH);
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual([]);
  await page.getByTestId("quiz").scrollIntoViewIfNeeded();
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
});
