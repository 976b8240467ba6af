// What the site counts, and how a count is put to the counter. Pure: no DOM, no settings file.
// The counter speaks GoatCounter's `/count` protocol (docs/decisions/analytics.md): one GET request
// per count, whose query holds the page's path or the event's name (`p`) and whether it is an
// event (`e`). Nothing else is sent: no referrer, title, screen size, query string or visitor id.

import type { QuizResult } from "../quiz/engine.ts";
import type { QuizEventDetails } from "../quiz/events.ts";

/**
 * The quiz events counted: every event the quiz emits (src/lib/quiz/events.ts). Kept here rather than
 * there so the counting module imports nothing from the quiz at run time: a shared import would split
 * the quiz's events into a chunk of their own and add a request and bytes to every quiz page.
 */
export const QUIZ_EVENTS = [
  "quiz:start",
  "quiz:step",
  "quiz:result",
  "quiz:booking",
] as const satisfies readonly (keyof QuizEventDetails)[];

// `astro check` fails here when an event added to QuizEventDetails is missing from QUIZ_EVENTS.
type NoneLeftOut<Missing extends never> = Missing;
export type EveryQuizEventCounted = NoneLeftOut<
  Exclude<keyof QuizEventDetails, (typeof QUIZ_EVENTS)[number]>
>;

/** The counters the settings may name. */
export const COUNTING_PROVIDERS = ["goatcounter"] as const;
export type CountingProvider = (typeof COUNTING_PROVIDERS)[number];

/** One count: a page view (the address's path) or a named quiz event. */
export interface Count {
  path: string;
  event: boolean;
}

/**
 * Every kind of count, in the order the pages list them; content/copy/visit.yaml words each one
 * (counting.counts), and src/lib/site/copy.ts requires exactly these keys there.
 */
export const COUNT_KINDS = [
  "page",
  "quizStart",
  "quizStep",
  "quizSuggestion",
  "quizSeeADoctor",
  "quizBooking",
  "booking",
] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

/** The quiz's outcomes that send the visitor to a doctor rather than to a booking (engine.ts). */
const SEE_A_DOCTOR = ["doctor", "emergency"] as const satisfies readonly Exclude<
  QuizResult["kind"],
  "suggestion"
>[];
const seesADoctor = (type: string) => (SEE_A_DOCTOR as readonly string[]).includes(type);
// `astro check` fails here when the quiz gains a safety outcome this list does not name.
export type EverySafetyOutcomeNamed = NoneLeftOut<
  Exclude<QuizResult["kind"], "suggestion" | (typeof SEE_A_DOCTOR)[number]>
>;

// Ids from content/quiz.yaml and content/massage-types/ are slugs; anything else is refused, so a
// count can never carry free text.
const SLUG = /^[a-z0-9][a-z0-9-]{0,60}$/;
const isWhole = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value > 0 && value < 1000;

const event = (path: string): Count => ({ path, event: true });

/**
 * The count for a quiz event, or undefined when its detail is not what the event may carry. These
 * names, with bookingLinkCount's, are the one table of what is sent: the quiz and privacy pages list
 * them by running these functions (countList), so what a page says leaves is what leaves.
 * A quiz count carries no massage type: a reserved type is suggested only to the people its caution
 * applies to (prenatal: pregnancy), so a type would tell an answer. Both safety outcomes share one
 * name, so no count tells an emergency from a doctor's visit (docs/decisions/analytics.md).
 */
export function quizEventCount(name: string, detail: unknown): Count | undefined {
  const fields = (detail ?? {}) as Record<string, unknown>;
  const step = fields["step"];
  const type = fields["type"];
  const isType = typeof type === "string" && SLUG.test(type);
  switch (name) {
    case "quiz:start":
      return event("quiz-start");
    case "quiz:step":
      return isWhole(step) ? event(`quiz-step-${step}`) : undefined;
    case "quiz:result":
      return isType ? event(`quiz-result-${seesADoctor(type) ? "see-a-doctor" : "suggestion"}`) : undefined;
    case "quiz:booking":
      return isType && isWhole(fields["minutes"]) ? event("quiz-booking") : undefined;
    default:
      return undefined;
  }
}

/**
 * The count for a click on one of the site's own booking buttons outside the quiz (the header, a
 * massage type's sessions table, an article's button), or undefined for any other link. Those
 * addresses carry the campaign tag utm_medium=website (src/lib/booking/booking-url.ts: siteBookingUrl);
 * a sessions table's also names the type and length in utm_content ("swedish-60"). Names:
 * booking-swedish-60, or booking when the button names no length. Nothing else of the address is sent.
 */
export function bookingLinkCount(href: string): Count | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.searchParams.get("utm_medium") !== "website") return undefined;
  const typeAndLength = /^[a-z0-9][a-z0-9-]{0,60}-[1-9][0-9]{0,2}$/.exec(
    url.searchParams.get("utm_content") ?? "",
  );
  return event(typeAndLength ? `booking-${typeAndLength[0]}` : "booking");
}

/** A page view counts the path alone: never the query string or fragment, which may carry tags. */
export function pageViewCount(pathname: string): Count {
  return { path: pathname, event: false };
}

/** The address a count is sent to: the endpoint with `p` and `e`, and nothing else. */
export function countRequestUrl(endpoint: string, count: Count): string {
  const url = new URL(endpoint);
  url.search = new URLSearchParams({ p: count.path, e: String(count.event) }).toString();
  return url.href;
}

/** The visitor's browser signals it does not want to be followed: Global Privacy Control or Do Not Track. */
export interface PrivacySignals {
  globalPrivacyControl?: boolean | undefined;
  doNotTrack?: string | null | undefined;
}

export function countingAllowed(signals: PrivacySignals): boolean {
  if (signals.globalPrivacyControl === true) return false;
  return !(signals.doNotTrack === "1" || signals.doNotTrack === "yes");
}

/** The one source the page's Content-Security-Policy gains when counting is on: the counter's origin. */
export function counterConnectDirective(endpoint: string): `connect-src ${string}` {
  return `connect-src ${new URL(endpoint).origin}`;
}

/** The counter's host, as the privacy page names it. */
export function counterHost(endpoint: string): string {
  return new URL(endpoint).host;
}

/** What a page that lists the counts knows of the site: enough to name every count it can send. */
export interface CountingFacts {
  /** The path of the page showing the list: its own page view is the example. */
  path: string;
  /** The quiz's question steps after the safety screen (content/quiz.yaml), when the list covers the quiz. */
  quiz?: {
    steps: number;
    /** Every session the quiz may offer to book: each massage type's id and lengths. */
    sessions: readonly { type: string; minutes: number }[];
  };
  /** The addresses of the booking buttons outside the quiz that the list covers. */
  bookingLinks: readonly string[];
}

export interface CountNames {
  kind: CountKind;
  /** Every name a count of this kind can carry, as sent. */
  names: string[];
}

const namesOf = (counts: readonly (Count | undefined)[]): string[] => [
  ...new Set(counts.flatMap((count) => (count ? [count.path] : []))),
];

/**
 * Every count a page can send, by kind: the module's own naming run over every event the quiz can
 * emit and every booking link the page carries, so the list cannot name what is not sent, nor leave
 * out what is. Kinds with no name (no quiz on the page) are left out.
 */
export function countList(facts: CountingFacts): CountNames[] {
  const { quiz } = facts;
  const results = quiz ? [...SEE_A_DOCTOR, ...quiz.sessions.map((session) => session.type)] : [];
  // The quiz emits quiz:step for the screens after the safety screen: 2 to steps + 1 (Quiz.tsx).
  const steps = quiz ? Array.from({ length: quiz.steps }, (_, index) => index + 2) : [];
  const byKind: Record<CountKind, (Count | undefined)[]> = {
    page: [pageViewCount(facts.path)],
    quizStart: quiz ? [quizEventCount("quiz:start", {})] : [],
    quizStep: steps.map((step) => quizEventCount("quiz:step", { step })),
    quizSuggestion: results
      .filter((type) => !seesADoctor(type))
      .map((type) => quizEventCount("quiz:result", { type })),
    quizSeeADoctor: results.filter(seesADoctor).map((type) => quizEventCount("quiz:result", { type })),
    quizBooking: (quiz?.sessions ?? []).map((session) => quizEventCount("quiz:booking", session)),
    booking: facts.bookingLinks.map(bookingLinkCount),
  };
  return COUNT_KINDS.map((kind) => ({ kind, names: namesOf(byKind[kind]) })).filter(
    (entry) => entry.names.length > 0,
  );
}
