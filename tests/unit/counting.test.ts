// @vitest-environment happy-dom
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { startCounting } from "../../src/lib/counting/client.ts";
import {
  bookingLinkCount,
  counterConnectDirective,
  countingAllowed,
  countList,
  countRequestUrl,
  COUNT_KINDS,
  pageViewCount,
  quizEventCount,
  type CountingFacts,
} from "../../src/lib/counting/counting.ts";
import { emitQuizEvent } from "../../src/lib/quiz/events.ts";

const ENDPOINT = "https://practice.goatcounter.com/count";

describe("what is counted", () => {
  it("names each quiz event by its step or outcome, never by a massage type", () => {
    expect(quizEventCount("quiz:start", {})).toEqual({ path: "quiz-start", event: true });
    expect(quizEventCount("quiz:step", { step: 2 })?.path).toBe("quiz-step-2");
    expect(quizEventCount("quiz:result", { type: "swedish" })?.path).toBe("quiz-result-suggestion");
    // Prenatal is suggested only to someone who said they are pregnant: its name would tell the answer.
    expect(quizEventCount("quiz:result", { type: "prenatal" })?.path).toBe("quiz-result-suggestion");
    expect(quizEventCount("quiz:booking", { type: "prenatal", minutes: 60 })?.path).toBe("quiz-booking");
  });

  it("sends one name for every safety outcome, so no count tells an emergency from a doctor's visit", () => {
    expect(quizEventCount("quiz:result", { type: "doctor" })?.path).toBe("quiz-result-see-a-doctor");
    expect(quizEventCount("quiz:result", { type: "emergency" })?.path).toBe("quiz-result-see-a-doctor");
  });

  it("refuses free text or anything but an id where an id belongs", () => {
    expect(quizEventCount("quiz:result", { type: "My back hurts since Monday" })).toBeUndefined();
    expect(quizEventCount("quiz:step", { step: "2; answers=knee" })).toBeUndefined();
    expect(quizEventCount("quiz:booking", { type: "swedish" })).toBeUndefined();
    expect(quizEventCount("quiz:answer", { answer: "pregnant" })).toBeUndefined();
  });

  it("counts the site's own booking buttons outside the quiz by type and length, and no other link", () => {
    const booking = "https://booking.example.com/still-point?appointmentType=";
    const site = "utm_source=www.example.com&utm_medium=website";
    expect(
      bookingLinkCount(`${booking}sw60&${site}&utm_campaign=massage-type&utm_content=swedish-60`),
    ).toEqual({
      path: "booking-swedish-60",
      event: true,
    });
    expect(bookingLinkCount(`${booking}&${site}&utm_campaign=header`)?.path).toBe("booking");
    // The article button tags the platform's service id: not a type and length, so not named.
    expect(
      bookingLinkCount(`${booking}12345&${site}&utm_campaign=article-button&utm_content=12345`)?.path,
    ).toBe("booking");
    expect(bookingLinkCount(`${booking}&${site}&utm_content=Jane%20Doe-60`)?.path).toBe("booking");
    // The quiz counts its own booking link (quiz:booking); other links are not counted at all.
    expect(bookingLinkCount(`${booking}&utm_medium=quiz&utm_content=swedish-60`)).toBeUndefined();
    expect(bookingLinkCount("https://booking.example.com/gift-cards")).toBeUndefined();
    expect(bookingLinkCount("http://booking.example.com/?utm_medium=website")).toBeUndefined();
    expect(bookingLinkCount("/massage/swedish/")).toBeUndefined();
  });

  it("sends the path and the event flag only, never the query string", () => {
    const url = new URL(countRequestUrl(ENDPOINT, pageViewCount("/quiz/")));
    expect(url.origin + url.pathname).toBe(ENDPOINT);
    expect([...url.searchParams]).toEqual([
      ["p", "/quiz/"],
      ["e", "false"],
    ]);
  });

  it("stops for Global Privacy Control and Do Not Track", () => {
    expect(countingAllowed({})).toBe(true);
    expect(countingAllowed({ globalPrivacyControl: true })).toBe(false);
    expect(countingAllowed({ doNotTrack: "1" })).toBe(false);
    expect(countingAllowed({ globalPrivacyControl: false, doNotTrack: "0" })).toBe(true);
  });

  it("adds only the counter's origin to connect-src", () => {
    expect(counterConnectDirective(ENDPOINT)).toBe("connect-src https://practice.goatcounter.com");
  });
});

describe("the list of counts a page prints", () => {
  const booking = "https://booking.example.com/still-point?appointmentType=";
  const site = "utm_source=www.example.com&utm_medium=website";
  const facts: CountingFacts = {
    path: "/quiz/",
    quiz: {
      steps: 6,
      sessions: [
        { type: "swedish", minutes: 60 },
        { type: "swedish", minutes: 90 },
        { type: "prenatal", minutes: 60 },
      ],
    },
    bookingLinks: [
      `${booking}&${site}&utm_campaign=header`,
      `${booking}sw60&${site}&utm_campaign=massage-type&utm_content=swedish-60`,
      `${booking}pn60&${site}&utm_campaign=massage-type&utm_content=prenatal-60`,
      `${booking}12345&${site}&utm_campaign=article-button&utm_content=12345`,
    ],
  };

  it("names every count the quiz and the page's booking buttons can send, once each, by kind", () => {
    expect(countList(facts)).toEqual([
      { kind: "page", names: ["/quiz/"] },
      { kind: "quizStart", names: ["quiz-start"] },
      {
        kind: "quizStep",
        names: ["quiz-step-2", "quiz-step-3", "quiz-step-4", "quiz-step-5", "quiz-step-6", "quiz-step-7"],
      },
      { kind: "quizSuggestion", names: ["quiz-result-suggestion"] },
      { kind: "quizSeeADoctor", names: ["quiz-result-see-a-doctor"] },
      { kind: "quizBooking", names: ["quiz-booking"] },
      { kind: "booking", names: ["booking", "booking-swedish-60", "booking-prenatal-60"] },
    ]);
  });

  it("lists exactly the names the module sends for every event the quiz can emit", () => {
    const sent = new Set<string>();
    const startSending = (url: string) => sent.add(new URL(url).searchParams.get("p") ?? "");
    const page = new Window({ url: "https://www.example.com/quiz/" });
    startCounting(ENDPOINT, page as unknown as typeof window, startSending);
    const emit = (name: string, detail: object) =>
      page.document.dispatchEvent(new page.CustomEvent(name, { detail }));
    emit("quiz:start", {});
    for (let step = 2; step <= 7; step += 1) emit("quiz:step", { step });
    for (const type of ["swedish", "prenatal", "doctor", "emergency"]) emit("quiz:result", { type });
    for (const detail of facts.quiz?.sessions ?? []) emit("quiz:booking", detail);
    page.document.body.innerHTML = facts.bookingLinks.map((href) => `<a href="${href}">Book</a>`).join("");
    for (const link of page.document.querySelectorAll("a")) {
      link.addEventListener("click", (event) => event.preventDefault());
      link.click();
    }
    expect([...sent].sort()).toEqual(
      countList(facts)
        .flatMap((entry) => entry.names)
        .sort(),
    );
  });

  it("leaves out the quiz's kinds on a list without the quiz, and keeps the kinds' order", () => {
    expect(countList({ path: "/privacy/", bookingLinks: [] })).toEqual([
      { kind: "page", names: ["/privacy/"] },
    ]);
    const kinds = countList(facts).map((entry) => entry.kind);
    expect(kinds).toEqual([...COUNT_KINDS]);
  });

  it("never lists a massage type in a quiz count, nor two safety outcomes, whatever the types are called", () => {
    const names = countList({
      ...facts,
      quiz: { steps: 3, sessions: ["prenatal", "thai", "chair"].map((type) => ({ type, minutes: 45 })) },
    }).flatMap((entry) => (entry.kind.startsWith("quiz") ? entry.names : []));
    for (const name of names) expect(name).not.toMatch(/prenatal|thai|chair|emergency|result-doctor|45/);
    expect(names.filter((name) => name.startsWith("quiz-result-"))).toEqual([
      "quiz-result-suggestion",
      "quiz-result-see-a-doctor",
    ]);
  });
});

describe("the counting module", () => {
  it("counts the page view, each quiz event and a booking button click, and nothing without an endpoint", () => {
    const sent: string[] = [];
    expect(startCounting(undefined, window, (url) => sent.push(url))).toBe(false);
    expect(startCounting(ENDPOINT, window, (url) => sent.push(url))).toBe(true);
    emitQuizEvent("quiz:start", {});
    emitQuizEvent("quiz:result", { type: "emergency" });
    const paths = sent.map((url) => new URL(url).searchParams.get("p"));
    expect(paths).toEqual([window.location.pathname, "quiz-start", "quiz-result-see-a-doctor"]);
    document.body.innerHTML = `<a href="https://booking.example.com/?utm_medium=website&utm_content=thai-90"><span>Book</span></a><a href="/visit/">Visit</a>`;
    for (const element of document.querySelectorAll("span, a[href='/visit/']"))
      (element as HTMLElement).click();
    expect(sent.slice(3).map((url) => new URL(url).searchParams.get("p"))).toEqual(["booking-thai-90"]);
    expect(document.cookie).toBe("");
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
  });

  it("counts the quiz's booking link as the quiz's booking only, whatever tags the visitor arrived with", () => {
    // A visitor from a link tagged utm_medium=website: the quiz's link carries their tags, and was
    // also counted as a site button naming the type, so a prenatal suggestion reached the counter.
    const sent: string[] = [];
    const page = new Window({ url: "https://www.example.com/quiz/?utm_medium=website" });
    expect(startCounting(ENDPOINT, page as unknown as typeof window, (url) => sent.push(url))).toBe(true);
    page.document.body.innerHTML = `<div class="quiz"><a href="https://booking.example.com/?service=prenatal-45&utm_medium=website&utm_content=prenatal-45">Book</a></div>`;
    const link = page.document.querySelector("a")!;
    link.addEventListener("click", (event) => event.preventDefault());
    link.click();
    expect(sent.map((url) => new URL(url).searchParams.get("p"))).toEqual(["/quiz/"]);
  });

  it("counts a page that is not found as the not-found page, never the address asked for", () => {
    const sent: string[] = [];
    const page = new Window({ url: "https://www.example.com/book/jane.doe@example.com/" });
    page.document.documentElement.dataset["countAs"] = "/404/";
    startCounting(ENDPOINT, page as unknown as typeof window, (url) => sent.push(url));
    expect(sent.map((url) => new URL(url).searchParams.get("p"))).toEqual(["/404/"]);
  });

  it("sends nothing when the browser signals Global Privacy Control", () => {
    Object.defineProperty(window.navigator, "globalPrivacyControl", { value: true, configurable: true });
    const sent: string[] = [];
    expect(startCounting(ENDPOINT, window, (url) => sent.push(url))).toBe(false);
    emitQuizEvent("quiz:start", {});
    expect(sent).toEqual([]);
  });
});

describe("the counting setting", async () => {
  const { readFileSync } = await import("node:fs");
  const { settingsProblems } = await import("../../src/lib/site/settings.ts");
  const { formatProblem } = await import("../../src/lib/content/problems.ts");
  const base = readFileSync("content/settings.yaml", "utf8");
  const mistakes = (counting: string) => settingsProblems(`${base}counting:\n${counting}`).map(formatProblem);

  it("is off when left out, and takes GoatCounter's https address", () => {
    expect(settingsProblems(base)).toEqual([]);
    expect(mistakes(`  provider: goatcounter\n  endpoint: ${ENDPOINT}\n`)).toEqual([]);
  });

  it("names the counters it knows and refuses an address that is not https", () => {
    expect(mistakes(`  provider: umami\n  endpoint: ${ENDPOINT}\n`).join("\n")).toMatch(
      /counting\.provider "umami" is not allowed here\. Use one of: goatcounter\./,
    );
    expect(
      mistakes("  provider: goatcounter\n  endpoint: http://practice.goatcounter.com/count\n").join("\n"),
    ).toMatch(/counting\.endpoint .* does not start with https:\/\//);
  });
});
