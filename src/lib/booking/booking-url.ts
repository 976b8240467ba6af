import type { Settings } from "../site/settings.ts";

// The one place that builds addresses of the external booking page. See docs/CONTENT.md
// ("Booking platforms") for the address forms of the platforms massage practices use.

export const SERVICE_PLACEHOLDER = "{service}";
export const QUIZ_MEDIUM = "quiz";
export const QUIZ_CAMPAIGN = "back-pain-quiz";

type Booking = Pick<Settings["booking"], "url" | "serviceParam">;

/** The campaign tags, in the order they are added to the address (utm_source, utm_medium, ...). */
const TAG_NAMES = ["source", "medium", "campaign", "content"] as const;

/** Campaign tags: the only things besides the service id that may travel to the booking page. */
export interface CampaignTags {
  source: string;
  medium: string;
  campaign: string;
  content?: string;
}

/** The booking platform's id for one session: the length's own id, else the type's. */
export function serviceIdFor(
  type: { bookingService: string },
  session?: { bookingService?: string | undefined },
): string {
  return session?.bookingService ?? type.bookingService;
}

/**
 * The external booking address for a service. The settings URL either holds a `{service}`
 * placeholder (in the path, or after a `#` for hash-routed booking pages such as Jane) or gets
 * the id as a query parameter named `serviceParam` (Acuity: appointmentType); `serviceParam: false`
 * sends no id. Campaign tags always go in the query string, before any `#`, where the booking
 * page's server and analytics can read them. Without a service the visitor lands on the start.
 */
export function buildBookingUrl(
  booking: Booking,
  service: string | undefined,
  tags: CampaignTags,
  /** The visitor's own query pairs: only utm_* ones with a value are kept. */
  inherited: Iterable<[string, string]> = [],
): string {
  const template = booking.url;
  let url: URL;
  if (template.includes(SERVICE_PLACEHOLDER)) {
    const filled = template.split(SERVICE_PLACEHOLDER).join(service ? encodeURIComponent(service) : "");
    const hashAt = filled.indexOf("#");
    const [base, hash] = hashAt === -1 ? [filled, ""] : [filled.slice(0, hashAt), filled.slice(hashAt)];
    url = new URL(base.replace(/([^:])\/{2,}/g, "$1/"));
    // Without a service a hash route like "#/treatment/" would point at nothing: drop the empty step.
    url.hash = hash.replace(/\/{2,}/g, "/").replace(/(.)\/$/, "$1");
  } else {
    url = new URL(template);
    if (service && booking.serviceParam !== false) url.searchParams.set(booking.serviceParam, service);
  }
  const ours = TAG_NAMES.map((name): [string, string | undefined] => [`utm_${name}`, tags[name]]);
  // Tags the visitor arrived with describe the original campaign, so they come last and win over ours.
  for (const [key, value] of [...ours, ...inherited]) {
    if (/^utm_[a-z]+$/.test(key) && value) url.searchParams.set(key, value);
  }
  // The content check refuses such a booking URL first (src/lib/booking/booking-check.ts); this is
  // the last line of defence, so no page ever carries a javascript: or http: booking link. (The
  // message is the link alone, and the tags take one loop: this module is part of the quiz's
  // JavaScript, which has a byte budget.)
  if (url.protocol !== "https:") throw new Error(url.href);
  return url.toString();
}

/** The booking link used by buttons around the site (not the quiz, which tags its own). */
export function siteBookingUrl(
  settings: Pick<Settings, "booking" | "siteUrl">,
  placement: string,
  service?: string,
  content = service,
): string {
  return buildBookingUrl(settings.booking, service, {
    source: new URL(settings.siteUrl).host,
    medium: "website",
    campaign: placement,
    ...(content ? { content } : {}),
  });
}

/**
 * The quiz's booking address for a suggested type and length. Only the service and campaign tags
 * travel; the visitor's own utm_* values from `search` are kept.
 */
export function quizBookingUrl(
  booking: Booking,
  service: string,
  content: string,
  siteHost: string,
  search: string,
): string {
  const tags = { source: siteHost, medium: QUIZ_MEDIUM, campaign: QUIZ_CAMPAIGN, content };
  // buildBookingUrl keeps only the utm_* pairs with a value; everything else in `search` stays behind.
  return buildBookingUrl(booking, service, tags, new URLSearchParams(search));
}
