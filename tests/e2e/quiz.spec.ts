import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ARTICLE_PATH, openQuiz } from "./pages.ts";
import { axe } from "./axe.ts";
import { typeNameInSentence } from "../../src/lib/site/in-sentence.ts";

// Every quiz test runs in each of the site's languages: one engine, one set of weights and safety
// rules, only the words differ. Answers are named by their ids (content/quiz.yaml); the words a
// visitor sees come from the language's own files, so a missing or English word fails here.
interface QuizWords {
  safety: {
    noneLabel: string;
    signs: Array<{ id: string; label: string; mention?: string; screens?: string[] }>;
  };
  steps: Array<{ questions: Array<{ id: string; answers: Array<{ id: string; label: string }> }> }>;
  results: { disclaimer: string };
  wording: Record<string, string>;
}
const yaml = (file: string) => parseYaml(readFileSync(file, "utf8"));
const frontmatter = (file: string) => parseYaml(readFileSync(file, "utf8").split(/^---$/m)[1] ?? "");
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const settings = yaml("content/settings.yaml") as { emergencyNumber: string };

function quizLanguage(code: string, article: string) {
  const folder = code === "en" ? "content" : `content/${code}`;
  const prefix = code === "en" ? "" : `/${code}`;
  const words = yaml(`${folder}/quiz.yaml`) as QuizWords;
  const site = yaml(`${folder}/copy/site.yaml`) as {
    buttons: { book: string; bookType: string };
    language: { minutes: string };
  };
  const articleFile = `${folder}/posts/${article}.mdx`;
  const sign = (id: string) => words.safety.signs.find((entry) => entry.id === id)!;
  const massageType = (id: string) =>
    frontmatter(`${folder}/massage-types/${id}.mdx`) as { name: string; askDoctorFirst: string[] };
  return {
    code,
    path: `${prefix}/quiz/`,
    massagePath: (type = "") => `${prefix}/massage/${type ? `${type}/` : ""}`,
    articlePath: code === "en" ? ARTICLE_PATH : `${prefix}/blog/${article}/`,
    /** The heading that closes the article, right after its quiz. */
    closingHeading: /<Quiz \/>\s*## ([^\n]+)/.exec(readFileSync(articleFile, "utf8"))?.[1] ?? "",
    wording: words.wording,
    disclaimer: words.results.disclaimer,
    none: words.safety.noneLabel,
    sign: (id: string) => sign(id).label,
    mention: (id: string) => sign(id).mention ?? "",
    /** The label of answer `id` on a step after the safety screen (2 to 7). */
    answer: (step: number, id: string) =>
      words.steps[step - 2]!.questions.flatMap((question) => question.answers).find(
        (entry) => entry.id === id,
      )!.label,
    step: (step: number) => fill(words.wording.step!, { step, total: 7 }),
    typeName: (id: string) => massageType(id).name,
    /** A type's ask-your-doctor-first lines the safety screen has not already asked about. */
    askFirst: (id: string) => {
      const screened = new Set(words.safety.signs.flatMap((entry) => entry.screens ?? []));
      return massageType(id).askDoctorFirst.filter((line) => !screened.has(line));
    },
    minutes: (minutes: number | string) => fill(site.language.minutes, { minutes }),
    // The type's name as a sentence has it: "Book a hot stone massage", "Reservar: masaje sueco".
    bookType: (name: string) => fill(site.buttons.bookType, { type: typeNameInSentence(name, code) }),
    book: site.buttons.book,
  };
}
const LANGUAGES = [
  quizLanguage("en", "six-reasons-to-get-a-massage-for-back-pain"),
  quizLanguage("es", "seis-razones-para-recibir-un-masaje-para-el-dolor-de-espalda"),
];
type Language = (typeof LANGUAGES)[number];

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element with Tab");
}

/** Answer ids after the safety screen (one question a step): a typical desk worker. */
const TYPICAL_ANSWERS = ["lower-back", "4-to-12-weeks", "desk-work", "medium", "knots", "no"];
/** Answers that suggest hot stone massage (with Swedish massage as the other option). */
const HOT_STONE_ANSWERS = ["lower-back", "over-12-weeks", "stress", "light", "relax", "no"];

/**
 * Answers each step after the safety screen by clicking, then Next; `beforeStep` looks at a step
 * before it is answered (step 2 to 7).
 */
async function answerByClicking(
  language: Language,
  quiz: Locator,
  answers: readonly string[],
  beforeStep?: (step: number) => Promise<unknown>,
) {
  let step = 2;
  for (const id of answers) {
    await beforeStep?.(step);
    await quiz.getByLabel(language.answer(step, id), { exact: true }).check();
    await quiz.getByRole("button", { name: language.wording.next }).click();
    step += 1;
    if (step <= 7) await expect(quiz.getByRole("heading", { name: language.step(step) })).toBeFocused();
  }
}

/** Past the safety screen with no warning sign: "None of these", then Next. */
/** The quiz's page with its scripts held back: the boxes are there, the quiz has not loaded yet. */
async function quizStillLoading(
  page: Page,
  path: string,
): Promise<{ quiz: Locator; load: () => Promise<void> }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_astro/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  const quiz = page.getByTestId("quiz");
  const load = async () => {
    release();
    await expect(page.locator("astro-island").filter({ has: quiz })).not.toHaveAttribute("ssr", {
      timeout: 15_000,
    });
  };
  return { quiz, load };
}

async function noSigns(language: Language, quiz: Locator) {
  await quiz.getByLabel(language.none).check();
  await quiz.getByRole("button", { name: language.wording.next }).click();
}

for (const language of LANGUAGES) {
  const { wording } = language;
  const next = (quiz: Locator) => quiz.getByRole("button", { name: wording.next });

  test.describe(`the quiz in "${language.code}"`, () => {
    test("a keyboard-only visitor goes from the safety screen to a suggestion", async ({ page }) => {
      const quiz = await openQuiz(page, language.path);
      await tabTo(page, quiz.getByLabel(language.none));
      await page.keyboard.press("Space");
      await tabTo(page, next(quiz));
      await page.keyboard.press("Enter");
      await expect(quiz.getByRole("heading", { name: language.step(2) })).toBeFocused();

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
            await expect(quiz.getByRole("heading", { name: language.step(2) })).toBeVisible();
          }
        }
        await tabTo(page, next(quiz));
        await page.keyboard.press("Enter");
      }

      const result = page.getByTestId("quiz-result");
      await expect(result).toHaveAttribute("data-result-kind", "suggestion");
      await expect(result.getByTestId("quiz-booking-link")).toBeVisible();
      await expect(result.getByText(language.disclaimer)).toBeVisible();
      // Focus on the result's heading is its announcement (a live region as well read it twice).
      await expect(result.getByRole("heading", { level: 2 })).toBeFocused();
    });

    test("a hot stone suggestion shows hot stone's ask-your-doctor-first conditions before the booking button", async ({
      page,
    }) => {
      const quiz = await openQuiz(page, language.path);
      await noSigns(language, quiz);
      await answerByClicking(language, quiz, HOT_STONE_ANSWERS);

      const result = page.getByTestId("quiz-result");
      const hotStone = language.typeName("hot-stone");
      await expect(result.getByRole("heading", { level: 2 })).toHaveText(
        fill(wording.suggestion!, { type: hotStone }),
      );
      // The reasons, joined in the language's own words: "… y …" in Spanish, never "and".
      const reasons = result.getByText(new RegExp(`^${escape(wording.youToldUs!.split("{reasons}")[0]!)}`));
      await expect(reasons).toContainText(` ${wording.and} `);
      if (language.code !== "en") await expect(reasons).not.toContainText(" and ");
      const conditions = result.getByRole("heading", {
        name: fill(wording.askDoctorFirst!, { type: hotStone }),
      });
      await expect(conditions).toBeVisible();
      const list = result.getByTestId("quiz-ask-doctor").first();
      const lines = language.askFirst("hot-stone");
      expect(lines.length).toBe(2);
      await expect(list.getByRole("listitem")).toHaveText(lines);
      const booking = result.getByTestId("quiz-booking-link");
      await expect(booking).toHaveText(
        new RegExp(
          `^${escape(language.bookType(hotStone))} \\(${escape(language.minutes(0)).replace("0", "\\d+")}\\)$`,
        ),
      );
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
        result.getByRole("heading", {
          name: fill(wording.askDoctorFirst!, { type: language.typeName("swedish") }),
        }),
      ).toBeVisible();
    });

    test("a full walk asks about pregnancy once", async ({ page }) => {
      const quiz = await openQuiz(page, language.path);
      const pregnancy = language.sign("pregnancy");
      const asked: string[] = [];
      const record = async () => asked.push(...(await quiz.getByText(pregnancy).allTextContents()));
      await record();
      await noSigns(language, quiz);
      await answerByClicking(language, quiz, TYPICAL_ANSWERS, record);
      await expect(page.getByTestId("quiz-result")).toBeVisible();
      expect(asked).toEqual([pregnancy]);
    });

    test("Next without an answer shows an error tied to the question", async ({ page }) => {
      const quiz = await openQuiz(page, language.path);
      await next(quiz).click();
      const group = quiz.locator("fieldset").first();
      await expect(group.locator("input").first()).toHaveAttribute("aria-invalid", "true");
      const describedBy = ((await group.getAttribute("aria-describedby")) ?? "").split(" ");
      const messages = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(messages.join(" ")).toContain(wording.chooseAnswer);
      // Said once, by focus on it (an alert as well read it twice).
      await expect(group.getByText(wording.chooseAnswer!)).toBeFocused();
    });

    // Found in review (2026-12-07): the message appeared 400 to 800 px above the screen while focus
    // stayed on Next, so a keyboard or magnifier user saw only thin red outlines.
    test("Next without an answer takes the visitor to the message, on a phone too", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const quiz = await openQuiz(page, language.path);
      await tabTo(page, next(quiz));
      await page.keyboard.press("Enter");
      const message = quiz.getByText(wording.chooseAnswer!);
      await expect(message).toBeFocused();
      await expect(message).toBeInViewport();
    });

    // Found in review (2026-12-07): the quiz loads as it scrolls into view, so a keyboard user who
    // tabbed into it ticked a box before it had loaded; the box stayed ticked, and Next then said
    // "Choose an answer" and cleared it.
    test("a box ticked while the quiz is still loading counts", async ({ page }) => {
      const { quiz, load } = await quizStillLoading(page, language.path);
      await quiz.getByLabel(language.none).check();
      await load();
      await next(quiz).click();
      await expect(quiz.getByRole("heading", { name: language.step(2) })).toBeVisible();
    });

    // Found in review (2026-12-07): with a warning sign and "None of these" both ticked before the
    // quiz had loaded, "None" (last on the page) cleared the sign, and the visitor could book.
    test("a warning sign ticked while loading is never cleared by a 'None of these' ticked too", async ({
      page,
    }) => {
      const { quiz, load } = await quizStillLoading(page, language.path);
      await quiz.getByLabel(language.sign("chest-pain")).check();
      await quiz.getByLabel(language.none).check();
      await load();
      await next(quiz).click();
      await expect(page.getByTestId("quiz-result")).toHaveAttribute("data-result-kind", "emergency");
    });

    // Found in review (2026-12-07): a result kept from an earlier visit was read out ("Get urgent
    // care now") as soon as the quiz came into view on an article the visitor was reading.
    test("a result kept from before is shown, not announced, and takes no focus", async ({ page }) => {
      const quiz = await openQuiz(page, language.path);
      await quiz.getByLabel(language.sign("chest-pain")).check();
      await next(quiz).click();
      await expect(page.getByTestId("quiz-result")).toHaveAttribute("data-result-kind", "emergency");

      const again = await openQuiz(page, language.articlePath);
      await expect(page.getByTestId("quiz-result")).toHaveAttribute("data-result-kind", "emergency");
      await expect(again.locator("[aria-live], [role=status]")).toHaveCount(0);
      expect(await again.evaluate((element) => element.contains(document.activeElement))).toBe(false);
    });

    test("an emergency sign leads to urgent-care advice and no booking link", async ({ page }) => {
      const quiz = await openQuiz(page, language.path);
      await quiz.getByLabel(language.sign("both-legs")).check();
      await next(quiz).click();
      const result = page.getByTestId("quiz-result");
      await expect(result).toHaveAttribute("data-result-kind", "emergency");
      await expect(result).toContainText(settings.emergencyNumber);
      await expect(result.getByTestId("quiz-booking-link")).toHaveCount(0);
      await expect(result.locator('a[href*="booking"]')).toHaveCount(0);
    });

    test("a see-a-doctor sign leads to the doctor advice and the practice's contacts, no booking button", async ({
      page,
    }) => {
      const quiz = await openQuiz(page, language.path);
      await quiz.getByLabel(language.sign("fever"), { exact: true }).check();
      await next(quiz).click();
      const result = page.getByTestId("quiz-result");
      await expect(result).toHaveAttribute("data-result-kind", "doctor");
      await expect(result.locator('a[href^="tel:"]')).toBeVisible();
      await expect(result.getByTestId("quiz-booking-link")).toHaveCount(0);
    });

    test("the booking link carries the service and campaign tags, never an answer, and the quiz sends nothing", async ({
      page,
    }) => {
      await page.goto(`${language.path}?utm_source=newsletter&utm_term=spring`);
      const quiz = page.getByTestId("quiz");
      await expect(page.locator("astro-island").filter({ has: quiz })).not.toHaveAttribute("ssr", {
        timeout: 15_000,
      });
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));

      await quiz.getByLabel(language.sign("blood-thinners")).check();
      await next(quiz).click();
      await answerByClicking(language, quiz, TYPICAL_ANSWERS);

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
      expect(url.href).not.toMatch(/thinner|bleed|lower-back|desk|pregnan|weeks|knots|anticoag|espalda/);
      // The result asks the visitor to tell the therapist, in the language's words.
      await expect(page.getByTestId("quiz-result")).toContainText(language.mention("blood-thinners"));
      expect(requests).toEqual([]);
    });

    test("the result shows the suggested type's lengths with prices and books the length the visitor picks", async ({
      page,
    }) => {
      const quiz = await openQuiz(page, language.path);
      await noSigns(language, quiz);
      await answerByClicking(language, quiz, TYPICAL_ANSWERS);
      const result = page.getByTestId("quiz-result");
      await expect(result).toHaveAttribute("data-result-kind", "suggestion");

      const lengths = result.getByRole("group", { name: wording.chooseLength });
      const choices = lengths.getByRole("radio");
      expect(await choices.count()).toBeGreaterThan(1);
      // "60 minutes · $95": the length in the language's words, then a price.
      const lengthLabel = new RegExp(`^${escape(language.minutes(0)).replace("0", "(\\d+)")} · \\D*\\d+`);
      for (const label of await lengths.locator("label").allTextContents()) {
        expect(label).toMatch(lengthLabel);
      }
      const link = result.getByTestId("quiz-booking-link");
      const first = await lengths.locator("label").first().textContent();
      await expect(choices.first()).toBeChecked();
      await expect(link).toContainText(`(${first?.split(" · ")[0]})`);

      // Pick the longest length with the keyboard-free path a mouse user takes.
      const last = lengths.locator("label").last();
      const minutes = lengthLabel.exec((await last.textContent()) ?? "")?.[1] ?? "";
      await last.click();
      await expect(link).toContainText(`(${language.minutes(minutes)})`);
      const url = new URL((await link.getAttribute("href")) ?? "");
      const type = (url.searchParams.get("utm_content") ?? "").replace(/-\d+$/, "");
      // The id is the one content/massage-types/<type>.mdx gives that length, in every language.
      const data = frontmatter(`content/massage-types/${type}.mdx`) as {
        bookingService: string;
        sessions: Array<{ minutes: number; bookingService?: string }>;
      };
      const session = data.sessions.find((entry) => entry.minutes === Number(minutes));
      expect(url.searchParams.get("service")).toBe(session?.bookingService ?? data.bookingService);
      expect(url.searchParams.get("utm_content")).toBe(`${type}-${minutes}`);
      await expect(
        result.getByRole("link", {
          name: fill(wording.moreAbout!, {
            type: typeNameInSentence(language.typeName(type), language.code),
          }),
        }),
      ).toHaveAttribute("href", language.massagePath(type));
    });

    test("a reload keeps the progress, and Back keeps earlier answers", async ({ page }) => {
      const quiz = await openQuiz(page, language.path);
      await noSigns(language, quiz);
      const neck = language.answer(2, "neck");
      await quiz.getByLabel(neck, { exact: true }).check();
      await next(quiz).click();
      await expect(quiz.getByRole("heading", { name: language.step(3) })).toBeVisible();

      await page.reload();
      const reloaded = page.getByTestId("quiz");
      await expect(page.locator("astro-island").filter({ has: reloaded })).not.toHaveAttribute("ssr", {
        timeout: 15_000,
      });
      await expect(reloaded.getByRole("heading", { name: language.step(3) })).toBeVisible();
      await reloaded.getByRole("button", { name: wording.back }).click();
      await expect(reloaded.getByLabel(neck, { exact: true })).toBeChecked();
    });

    test("corrupt saved progress is ignored and the quiz starts at the beginning", async ({ page }) => {
      await page.goto(language.path);
      await page.evaluate(() => {
        for (let index = 0; index < sessionStorage.length; index += 1)
          sessionStorage.setItem(sessionStorage.key(index) ?? "", "{not json");
        sessionStorage.setItem("quiz", "garbage");
      });
      const quiz = await openQuiz(page, language.path);
      await expect(quiz.getByRole("heading", { name: language.step(1) })).toBeVisible();
    });

    test("axe finds no violation on any step or on the result", async ({ page }) => {
      // Nine axe runs: on a busy two-core machine this takes longer than one page's test.
      test.slow();
      const quiz = await openQuiz(page, language.path);
      const check = async (where: string) => {
        const { violations } = await axe(page).include('[data-testid="quiz"]').analyze();
        expect(violations.map((v) => `${where}: ${v.id}`)).toEqual([]);
      };
      await check("step 1");
      await next(quiz).click();
      await check("step 1 with the error");
      await noSigns(language, quiz);
      await answerByClicking(language, quiz, TYPICAL_ANSWERS, (step) => check(`step ${step}`));
      await expect(page.getByTestId("quiz-result")).toBeVisible();
      await check("result");
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });
      test("the fallback links to the massage types and to booking", async ({ page }) => {
        await page.goto(language.path);
        const fallback = page.locator(".quiz__noscript");
        await expect(fallback).toBeVisible();
        await expect(fallback.getByRole("link", { name: wording.compareTypes })).toHaveAttribute(
          "href",
          language.massagePath(),
        );
        await expect(fallback.getByRole("link", { name: language.book, exact: true })).toHaveAttribute(
          "href",
          /^https:\/\//,
        );
      });

      test("the server-rendered form cannot send answers anywhere", async ({ page }) => {
        await page.goto(language.path);
        // Late loads such as the favicon do not matter; a form submission would be a navigation.
        const submissions: string[] = [];
        page.on("request", (request) => {
          if (request.isNavigationRequest() || request.method() !== "GET" || request.url().includes("?")) {
            submissions.push(`${request.method()} ${request.url()}`);
          }
        });
        const fever = page.getByLabel(language.sign("fever"), { exact: true });
        await fever.check();
        await fever.press("Enter");
        await page.getByRole("button", { name: wording.next }).click({ force: true });
        await page.waitForTimeout(500);
        expect(page.url()).not.toContain("?");
        expect(submissions).toEqual([]);
      });
    });

    test("the quiz works inside the six-reasons article, before the closing call to book", async ({
      page,
    }) => {
      const quiz = await openQuiz(page, language.articlePath);
      expect(language.closingHeading).not.toBe("");
      const closing = page.getByRole("heading", { name: language.closingHeading });
      const [quizBox, closingBox] = await Promise.all([quiz.boundingBox(), closing.boundingBox()]);
      expect((quizBox?.y ?? 0) < (closingBox?.y ?? 0)).toBe(true);
      await quiz.getByLabel(language.sign("chest-pain")).check();
      await next(quiz).click();
      await expect(page.getByTestId("quiz-result")).toHaveAttribute("data-result-kind", "emergency");
    });

    // Found in review (2026-12-07): inside an article the quiz began at "Step 1 of 7", with nothing
    // saying what it was, what it was for, or that the answers stay on the device.
    test("inside an article the quiz is a region named by its title, with its introduction", async ({
      page,
    }) => {
      const listings = yaml(
        `${language.code === "en" ? "content" : `content/${language.code}`}/copy/listings.yaml`,
      ).quiz as { heading: string; private: string };
      await page.goto(language.articlePath);
      const box = page.getByRole("region", { name: listings.heading });
      await expect(box).toContainText(listings.private);
      await expect(box.getByTestId("quiz")).toBeVisible();
    });

    test("the quiz's JavaScript loads only when the quiz scrolls into view on the article", async ({
      page,
    }) => {
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(request.url());
      });
      await page.goto(language.articlePath);
      await page.waitForLoadState("networkidle");
      expect(scripts).toEqual([]);
      await page.getByTestId("quiz").scrollIntoViewIfNeeded();
      await expect.poll(() => scripts.length).toBeGreaterThan(0);
    });
  });
}
