// The counting module the site bundles and serves itself (src/components/layout/Counting.astro).
// It keeps nothing: no cookie, no storage, no id; each count is a separate request that omits
// credentials and the referrer.
import {
  bookingLinkCount,
  countingAllowed,
  countRequestUrl,
  pageViewCount,
  QUIZ_EVENTS,
  quizEventCount,
  type Count,
} from "./counting.ts";

type Send = (url: string) => void;

const sendWithFetch: Send = (url) => {
  void fetch(url, {
    credentials: "omit",
    referrerPolicy: "no-referrer",
    keepalive: true,
    mode: "no-cors",
    cache: "no-store",
  }).catch(() => undefined);
};

/**
 * Counts this page view, every quiz event and every click on a booking button outside the quiz from
 * now on; does nothing when the browser opts out.
 */
export function startCounting(
  endpoint: string | undefined,
  page: Window,
  send: Send = sendWithFetch,
): boolean {
  if (!endpoint) return false;
  const navigator = page.navigator as Navigator & { globalPrivacyControl?: boolean };
  const signals = {
    globalPrivacyControl: navigator.globalPrivacyControl,
    doNotTrack: navigator.doNotTrack ?? (page as { doNotTrack?: string }).doNotTrack,
  };
  if (!countingAllowed(signals)) return false;
  const count = (what: Count | undefined) => {
    if (what) send(countRequestUrl(endpoint, what));
  };
  // A page that stands for others (the not-found page) is counted by its own name, never by the
  // address asked for, which may hold anything (a mistyped or forwarded link, an email address).
  count(pageViewCount(page.document.documentElement.dataset["countAs"] ?? page.location.pathname));
  for (const name of QUIZ_EVENTS) {
    page.document.addEventListener(name, (event) =>
      count(quizEventCount(name, (event as CustomEvent).detail)),
    );
  }
  // Seen before the link is followed; the request outlives the page (keepalive).
  page.document.addEventListener(
    "click",
    (event) => {
      const target = event.target as Partial<Element> | null;
      const link = target?.closest?.("a[href]") as HTMLAnchorElement | null | undefined;
      // The quiz counts its own booking (quiz:booking, no type): its link carries the visitor's own
      // tags, which may say utm_medium=website and name the suggested type, as a site button's do.
      if (link && !link.closest(".quiz")) count(bookingLinkCount(link.href));
    },
    { capture: true },
  );
  return true;
}
