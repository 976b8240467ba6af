// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { parse as parseYaml } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Quiz from "../../src/components/quiz/Quiz.tsx";
import type { QuizProps } from "../../src/lib/quiz/island-props.ts";
import { pressureRange, type NumberWords } from "../../src/lib/massage/pressure.ts";
import { pricedSessions } from "../../src/lib/massage/prices.ts";
import { parseQuizDefinition, QUIZ_FILE } from "../../src/lib/quiz/definition.ts";
import { STORAGE_KEY } from "../../src/lib/quiz/state.ts";
import { typeNameInSentence } from "../../src/lib/site/in-sentence.ts";

// The site's English words for lengths and pressures (content/copy/site.yaml).
const siteWords = (
  parseYaml(readFileSync("content/copy/site.yaml", "utf8")) as { language: Omit<NumberWords, "locale"> }
).language;
const ENGLISH: NumberWords = { ...siteWords, locale: "en-US" };

const typeFiles = readdirSync("content/massage-types").filter((name) => name.endsWith(".mdx"));
const types: QuizProps["types"] = Object.fromEntries(
  typeFiles.map((name) => {
    const id = name.replace(/\.mdx$/, "");
    const data = parseYaml(readFileSync(`content/massage-types/${name}`, "utf8").split("---")[1]!);
    return [
      id,
      {
        name: data.name,
        summary: data.summary,
        sessions: pricedSessions(
          data.sessions,
          data.bookingService,
          { show: true, currency: "USD" },
          ENGLISH,
        ),
        pageUrl: `/massage/${id}/`,
        sessionInfo: `Pressure: ${pressureRange(data.pressure, ENGLISH)}.`,
        askDoctorFirst: data.askDoctorFirst,
        bookLabel: `Book a ${data.name}`,
        nameInSentence: typeNameInSentence(data.name, "en"),
      },
    ];
  }),
);
const props: QuizProps = {
  definition: parseQuizDefinition(readFileSync(QUIZ_FILE, "utf8"), QUIZ_FILE, Object.keys(types)),
  types,
  contact: { phone: "+1 555 0100", email: "hello@example.com", emergencyNumber: "911" },
  booking: { url: "https://booking.example.com/still-point", serviceParam: "service" },
  siteHost: "www.example.com",
};

const next = () => fireEvent.click(screen.getByRole("button", { name: "Next" }));
const tick = (label: string) => fireEvent.click(screen.getByRole("checkbox", { name: label }));
const choose = (label: string, group?: string) => {
  const scope = group === undefined ? document.body : screen.getByRole("group", { name: group });
  fireEvent.click(within(scope).getByRole("radio", { name: label }));
};
const heading = () => screen.getByRole("heading", { level: 2 });

/** Answers steps 2 to 7; each answer is picked by its label. */
function answerQuestions() {
  choose("Lower back");
  next();
  choose("More than 12 weeks");
  next();
  choose("Lifting something or a strain");
  next();
  choose("Firm");
  next();
  choose("To work out knots");
  next();
  choose("No");
  next();
}

describe("Quiz island", () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, "", "/quiz/?utm_source=newsletter&utm_campaign=spring&ref=friend");
  });
  afterEach(cleanup);

  it("starts on the safety screen as step 1 with a progress bar", () => {
    render(<Quiz {...props} />);
    expect(screen.getByTestId("quiz")).toBeTruthy();
    expect(heading().textContent).toBe("Step 1 of 7");
    expect(screen.getByRole("progressbar").getAttribute("value")).toBe("1");
    expect(screen.getByRole("group", { name: "Do any of these apply to you?" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "None of these" })).toBeTruthy();
  });

  it("shows an error tied to the group when Next is pressed without an answer", () => {
    render(<Quiz {...props} />);
    next();
    const error = screen.getByText("Choose an answer");
    // Said once, by focus on it (an alert as well read it twice).
    expect(document.activeElement).toBe(error);
    const group = screen.getByRole("group", { name: "Do any of these apply to you?" });
    expect(group.getAttribute("aria-describedby")?.split(" ")).toContain(error.id);
    for (const box of within(group).getAllByRole("checkbox"))
      expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(heading().textContent).toBe("Step 1 of 7");

    tick("None of these");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("moves to step 2, focuses its heading, and Back keeps the earlier answer", () => {
    render(<Quiz {...props} />);
    tick("None of these");
    next();
    expect(heading().textContent).toBe("Step 2 of 7");
    expect(document.activeElement).toBe(heading());
    expect(screen.getByRole("group", { name: "Where does it hurt most?" })).toBeTruthy();

    choose("Neck");
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(heading().textContent).toBe("Step 1 of 7");
    expect(document.activeElement).toBe(heading());
    expect((screen.getByRole("checkbox", { name: "None of these" }) as HTMLInputElement).checked).toBe(true);
    next();
    expect((screen.getByRole("radio", { name: "Neck" }) as HTMLInputElement).checked).toBe(true);
  });

  it("keeps “None of these” exclusive with the signs", () => {
    render(<Quiz {...props} />);
    tick("Osteoporosis");
    tick("None of these");
    expect((screen.getByRole("checkbox", { name: "Osteoporosis" }) as HTMLInputElement).checked).toBe(false);
    tick("Osteoporosis");
    expect((screen.getByRole("checkbox", { name: "None of these" }) as HTMLInputElement).checked).toBe(false);
  });

  it("sends an emergency straight to urgent care, with no booking link", () => {
    const results: unknown[] = [];
    document.addEventListener("quiz:result", (event) => results.push((event as CustomEvent).detail));
    render(<Quiz {...props} />);
    tick("Chest pain");
    next();
    const result = screen.getByTestId("quiz-result");
    expect(result.dataset["resultKind"]).toBe("emergency");
    expect(screen.queryByTestId("quiz-booking-link")).toBeNull();
    expect(result.innerHTML).not.toContain("booking.example.com");
    expect(within(result).getByRole("link", { name: "Call 911" }).getAttribute("href")).toBe("tel:911");
    // Announced by focus on its heading (a live region as well read it twice).
    expect(document.activeElement).toBe(within(result).getByRole("heading", { name: "Get urgent care now" }));
    expect(results).toEqual([{ type: "emergency" }]);
  });

  it("asks a doctor first for a doctor sign, showing phone and email but no booking", () => {
    render(<Quiz {...props} />);
    tick("Fever");
    tick("Osteoporosis");
    next();
    const result = screen.getByTestId("quiz-result");
    expect(result.dataset["resultKind"]).toBe("doctor");
    expect(screen.queryByTestId("quiz-booking-link")).toBeNull();
    // The number is shown with non-breaking spaces so it never wraps.
    expect(within(result).getByRole("link", { name: "+1\u00a0555\u00a00100" }).getAttribute("href")).toBe(
      "tel:+15550100",
    );
    expect(within(result).getByRole("link", { name: "hello@example.com" })).toBeTruthy();
  });

  it("completes a full run with a suggestion and a booking link that carries no answers", () => {
    const steps: unknown[] = [];
    let starts = 0;
    document.addEventListener("quiz:step", (event) => steps.push((event as CustomEvent).detail));
    document.addEventListener("quiz:start", () => starts++);
    render(<Quiz {...props} />);
    tick("None of these");
    next();
    answerQuestions();

    const result = screen.getByTestId("quiz-result");
    expect(result.dataset["resultKind"]).toBe("suggestion");
    expect(heading().textContent).toBe("We suggest: Deep tissue massage");
    expect(document.activeElement).toBe(heading());
    expect(result.textContent).toContain("You told us your pain is mostly in your lower back");
    expect(result.textContent).toContain("Cherkin et al., Annals of Internal Medicine, 2011");
    expect(result.textContent).toContain("guidance, not medical advice");
    expect(
      within(result).getByRole("link", { name: "More about deep tissue massage" }).getAttribute("href"),
    ).toBe("/massage/deep-tissue/");

    const link = screen.getByTestId("quiz-booking-link") as HTMLAnchorElement;
    expect(link.textContent).toBe("Book a Deep tissue massage (60 minutes)");
    // Deep tissue's "ask your doctor first" lines come before its booking button; the ones the
    // safety screen asked (and "None of these" answered) are not repeated.
    const [askFirst] = screen.getAllByTestId("quiz-ask-doctor");
    expect(askFirst!.textContent).toContain("Deep tissue massage: ask your doctor first if");
    expect(askFirst!.textContent).toContain(
      "You have had recent surgery, a fracture or a suspected blood clot",
    );
    expect(askFirst!.textContent).not.toContain("You are pregnant");
    expect(askFirst!.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const url = new URL(link.href);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      service: "deep-tissue-60",
      utm_source: "newsletter",
      utm_medium: "quiz",
      utm_campaign: "spring",
      utm_content: "deep-tissue-60",
    });
    expect(link.textContent).toBe("Book a Deep tissue massage (60 minutes)");

    // The visitor picks another length: the link books that length's own service id.
    const lengths = within(result).getByRole("group", { name: "Choose a session length" });
    expect(
      within(lengths)
        .getAllByRole("radio")
        .map((radio) => radio.closest("label")!.textContent),
    ).toEqual(["60 minutes · $105", "90 minutes · $145"]);
    fireEvent.click(within(lengths).getByRole("radio", { name: "90 minutes · $145" }));
    const picked = new URL((screen.getByTestId("quiz-booking-link") as HTMLAnchorElement).href);
    expect(picked.searchParams.get("service")).toBe("deep-tissue-90");
    expect(picked.searchParams.get("utm_content")).toBe("deep-tissue-90");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link.getAttribute("target")).toBeNull();
    for (const answer of ["lower", "lifting", "firm", "knots", "pregnan", "friend"]) {
      expect(link.href).not.toContain(answer);
    }
    expect(steps).toEqual([2, 3, 4, 5, 6, 7].map((step) => ({ step })));
    expect(starts).toBe(1);

    fireEvent.click(screen.getByRole("button", { name: "Change my answers" }));
    expect(heading().textContent).toBe("Step 1 of 7");
    expect((screen.getByRole("checkbox", { name: "None of these" }) as HTMLInputElement).checked).toBe(true);
    // Back at the first step: the start was counted once, and that step is not counted again.
    expect(steps).toEqual([2, 3, 4, 5, 6, 7].map((step) => ({ step })));

    // The answers given again lead to a new suggestion: the length picked for the last one is not
    // kept (it booked "swedish-90" after a deep-tissue 90), the shortest is offered again.
    next();
    answerQuestions();
    const again = new URL((screen.getByTestId("quiz-booking-link") as HTMLAnchorElement).href);
    expect(again.searchParams.get("service")).toBe("deep-tissue-60");
  });

  it("asks the visitor to mention a caution and never offers an excluded type", () => {
    render(<Quiz {...props} />);
    tick("I take blood thinners or have a bleeding disorder");
    next();
    answerQuestions();
    const result = screen.getByTestId("quiz-result");
    expect(result.textContent).toContain("tell your therapist that you take blood thinners");
    for (const excluded of ["Deep tissue", "Thai", "Sports", "Hot stone", "Trigger point"]) {
      expect(result.textContent).not.toContain(excluded);
    }
  });

  it("restores progress after a reload in the same tab", () => {
    const { unmount } = render(<Quiz {...props} />);
    tick("None of these");
    next();
    choose("Neck");
    next();
    unmount();
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "{}")).toMatchObject({ version: 1, step: 2 });

    render(<Quiz {...props} />);
    expect(heading().textContent).toBe("Step 3 of 7");
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    expect((screen.getByRole("radio", { name: "Neck" }) as HTMLInputElement).checked).toBe(true);
  });

  it("ignores stored progress it cannot trust", () => {
    sessionStorage.setItem(STORAGE_KEY, '{"version":1,"step":');
    render(<Quiz {...props} />);
    expect(heading().textContent).toBe("Step 1 of 7");
  });
});
