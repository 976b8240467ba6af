import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { openQuiz } from "./pages.ts";

// The quiz in each language: one engine, one set of weights and safety rules (content/quiz.yaml),
// only the words differ (content/es/quiz.yaml). Answers are picked by their ids, so the same walk
// runs in both languages and must end in the same place. Every other quiz test, axe included, runs
// in each language in quiz.spec.ts.
interface Words {
  wording: { next: string };
  safety: { noneLabel: string };
}
const LANGUAGES = [
  { code: "en", path: "/quiz/", words: parseYaml(readFileSync("content/quiz.yaml", "utf8")) as Words },
  { code: "es", path: "/es/quiz/", words: parseYaml(readFileSync("content/es/quiz.yaml", "utf8")) as Words },
] as const;

/** Answer ids after the safety screen, one a step: a typical desk worker with lower-back pain. */
const TYPICAL = ["lower-back", "4-to-12-weeks", "desk-work", "medium", "knots", "no"];

/** Ticks the safety signs (none: "None of these"), then answers each step by id. */
async function walk(page: Page, language: (typeof LANGUAGES)[number], signs: string[], answers: string[]) {
  const quiz = await openQuiz(page, language.path);
  const next = quiz.getByRole("button", { name: language.words.wording.next });
  if (signs.length === 0) await quiz.getByLabel(language.words.safety.noneLabel).check();
  for (const sign of signs) await quiz.locator(`input[value="${sign}"]`).check();
  await next.click();
  for (const answer of answers) {
    await quiz.locator(`fieldset input[value="${answer}"]`).first().check();
    await next.click();
  }
  return page.getByTestId("quiz-result");
}

/** Where a walk ends: the kind of result, and the service the booking link books (none for a doctor). */
async function outcome(result: Locator) {
  const kind = await result.getAttribute("data-result-kind");
  const link = result.getByTestId("quiz-booking-link");
  const href = (await link.count()) > 0 ? await link.getAttribute("href") : null;
  return { kind, service: href ? new URL(href).searchParams.get("service") : null };
}

const WALKS: Array<{ name: string; signs: string[]; answers: string[]; kind: string }> = [
  { name: "an emergency sign", signs: ["both-legs"], answers: [], kind: "emergency" },
  { name: "a see-a-doctor sign", signs: ["fever"], answers: [], kind: "doctor" },
  { name: "no sign, typical answers", signs: [], answers: TYPICAL, kind: "suggestion" },
  { name: "pregnancy", signs: ["pregnancy"], answers: TYPICAL, kind: "suggestion" },
  { name: "blood thinners", signs: ["blood-thinners"], answers: TYPICAL, kind: "suggestion" },
];

for (const walkCase of WALKS) {
  test(`${walkCase.name}: the same result in English and in Spanish`, async ({ page }) => {
    const results = [];
    for (const language of LANGUAGES) {
      // The quiz keeps its progress by ids across pages of the site: each walk starts afresh.
      if (page.url().startsWith("http"))
        await page.evaluate(() => (sessionStorage.clear(), localStorage.clear()));
      const result = await walk(page, language, walkCase.signs, walkCase.answers);
      await expect(result).toHaveAttribute("data-result-kind", walkCase.kind);
      await expect(page.locator("html")).toHaveAttribute("lang", language.code);
      if (walkCase.kind !== "suggestion") {
        // Warning signs go to a doctor, never to a booking page, in either language.
        await expect(result.getByTestId("quiz-booking-link")).toHaveCount(0);
        await expect(result.locator('a[href*="booking"]')).toHaveCount(0);
      }
      if (walkCase.kind === "emergency") await expect(result).toContainText("911");
      if (walkCase.kind === "doctor") await expect(result.locator('a[href^="tel:"]')).toBeVisible();
      results.push(await outcome(result));
    }
    expect(results[1]).toEqual(results[0]);
    if (walkCase.name === "pregnancy") expect(results[0]?.service).toMatch(/^prenatal/);
  });
}
