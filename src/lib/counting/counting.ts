// What the site counts, and how a count is put to the counter. Pure: no DOM, no settings file.
// The counter speaks GoatCounter's `/count` protocol (docs/decisions/analytics.md): one GET request
// per count, whose query holds the page's path or the event's name (`p`) and whether it is an
// event (`e`). Nothing else is sent: no referrer, title, screen size, query string or visitor id.

import type { QuizEventDetails } from "../quiz/events";

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

// Ids from content/quiz.yaml and content/massage-types/ are slugs; anything else is refused, so a
// count can never carry free text.
const SLUG = /^[a-z0-9][a-z0-9-]{0,60}$/;

/**
 * The count for a quiz event, or undefined when its detail is not what the event may carry.
 * Names: quiz-start, quiz-step-2, quiz-result-swedish, quiz-result-doctor, quiz-result-emergency,
 * quiz-booking-swedish-60.
 */
export function quizEventCount(name: string, detail: unknown): Count | undefined {
  const fields = (detail ?? {}) as Record<string, unknown>;
  const step = fields["step"];
  const type = fields["type"];
  const minutes = fields["minutes"];
  const isType = typeof type === "string" && SLUG.test(type);
  const isWhole = (value: unknown): value is number =>
    typeof value === "number" && Number.isInteger(value) && value > 0 && value < 1000;
  switch (name) {
    case "quiz:start":
      return { path: "quiz-start", event: true };
    case "quiz:step":
      return isWhole(step) ? { path: `quiz-step-${step}`, event: true } : undefined;
    case "quiz:result":
      return isType ? { path: `quiz-result-${type}`, event: true } : undefined;
    case "quiz:booking":
      return isType && isWhole(minutes)
        ? { path: `quiz-booking-${type}-${minutes}`, event: true }
        : undefined;
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
  const typeAndLength = /^([a-z0-9][a-z0-9-]{0,60})-([1-9][0-9]{0,2})$/.exec(
    url.searchParams.get("utm_content") ?? "",
  );
  return {
    path: typeAndLength ? `booking-${typeAndLength[1]}-${typeAndLength[2]}` : "booking",
    event: true,
  };
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
