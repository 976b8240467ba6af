import { expect, test } from "@playwright/test";
import { pageWeight } from "../../scripts/page-weight.ts";

// Byte budgets are exact for a given build, so they can be asserted; timings never are.
// 12 KB, plus 32 B for the quiz's booking event (quiz:booking, 22 B gzip: 12,281 B before it, 12,303 B
// with it), which the quiz must emit itself so that its events stay the one source of what is counted,
// plus 192 B for Astro 7.4's island runtime (12,303 B with Astro 7.3.5, 12,508 B with 7.4.8, the
// quiz unchanged): its inline loader refuses component export paths such as __proto__ (+153 B) and
// Vite's preload helper reads a CSP nonce (+54 B); plus 8 B for the language's own "and" between
// the result's reasons (12,508 B before, 12,513 B with it: the Spanish result read "… and …"); plus
// 8 B so that a new suggestion offers its shortest length (the length picked for the last one was
// booked) and the first step is not counted again (12,513 B before, 12,521 B with them).
const QUIZ_JS_BUDGET = 12 * 1024 + 32 + 192 + 8 + 8;

test("the quiz's JavaScript, Preact and Astro's island runtime included, stays within 12 KB + 240 B gzip", () => {
  for (const page of ["quiz/index.html", "blog/six-reasons-to-get-a-massage-for-back-pain/index.html"]) {
    const weight = pageWeight("dist", page);
    expect(weight.jsFiles.length, page).toBeGreaterThan(0);
    expect(weight.js.gzip, `${page}: ${weight.jsFiles.join(", ")}`).toBeLessThanOrEqual(QUIZ_JS_BUDGET);
  }
});

test("pages without the quiz load no JavaScript at all", () => {
  for (const page of [
    "index.html",
    "blog/index.html",
    "massage/index.html",
    "massage/swedish/index.html",
    "tags/index.html",
    "404.html",
    "es/404.html",
  ]) {
    expect(pageWeight("dist", page).js.raw, page).toBe(0);
  }
});

test("the article page stays within 25 KB gzip of HTML plus CSS", () => {
  const weight = pageWeight("dist", "blog/six-reasons-to-get-a-massage-for-back-pain/index.html");
  expect(weight.html.gzip + weight.css.gzip).toBeLessThanOrEqual(25 * 1024);
});
