// The counting module the site bundles and serves itself (src/components/layout/Counting.astro).
// It keeps nothing: no cookie, no storage, no id; each count is a separate request that omits
// credentials and the referrer.
import {
  countingAllowed,
  countRequestUrl,
  pageViewCount,
  QUIZ_EVENTS,
  quizEventCount,
  type Count,
} from "./counting";

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

/** Counts this page view and every quiz event from now on; does nothing when the browser opts out. */
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
  count(pageViewCount(page.location.pathname));
  for (const name of QUIZ_EVENTS) {
    page.document.addEventListener(name, (event) =>
      count(quizEventCount(name, (event as CustomEvent).detail)),
    );
  }
  return true;
}
