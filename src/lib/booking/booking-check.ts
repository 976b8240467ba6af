import { problem, type ContentProblem } from "../content/problems.ts";
import { buildBookingUrl, SERVICE_PLACEHOLDER } from "./booking-url.ts";
import type { Settings } from "../site/settings.ts";

/** One place a service id reaches the booking URL: a massage type's or one session's bookingService. */
export interface BookingServiceUse {
  service: string;
  /** The massage-type file, e.g. content/massage-types/swedish.mdx. */
  file: string;
  /** e.g. bookingService or sessions.1.bookingService. */
  field: string;
  line?: number | undefined;
}

/** The booking URL's text with `{service}` filled in as buildBookingUrl does, for the messages. */
function fillServicePlaceholder(template: string, service: string | undefined): string {
  return template.split(SERVICE_PLACEHOLDER).join(service ? encodeURIComponent(service) : "");
}

function makesHttpsLink(booking: Pick<Settings["booking"], "url" | "serviceParam">, service?: string) {
  try {
    buildBookingUrl(booking, service, { source: "check", medium: "check", campaign: "check" });
    return true;
  } catch {
    return false;
  }
}

/**
 * The booking links the site will print, checked after `{service}` is filled: without a service
 * (the header and other general buttons) and with every service id the massage types use. Each
 * must be an https:// address. A URL that fails without a service is the settings' mistake; one
 * that only a certain id turns into something else names the massage-type file holding that id
 * (its first such id).
 */
export function bookingUrlProblems(
  booking: Pick<Settings["booking"], "url" | "serviceParam">,
  uses: readonly BookingServiceUse[],
  settings: { file: string; line?: number | undefined },
): ContentProblem[] {
  const where = { file: settings.file, line: settings.line, field: "booking.url" };
  if (!makesHttpsLink(booking)) {
    const filled = fillServicePlaceholder(booking.url, undefined);
    return [problem("bookingUrlUnsafe", { value: booking.url, filled }, where)];
  }
  // One line per massage-type file: the fix is in the settings, the file only shows which id breaks it.
  const failing = uses.filter((use) => !makesHttpsLink(booking, use.service));
  return failing
    .filter((use, index) => failing.findIndex((other) => other.file === use.file) === index)
    .map((use) =>
      problem(
        "bookingServiceUnsafe",
        {
          field: use.field,
          service: use.service,
          value: booking.url,
          filled: fillServicePlaceholder(booking.url, use.service),
        },
        { file: use.file, line: use.line, field: use.field },
      ),
    );
}
