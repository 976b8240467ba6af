import { buildBookingUrl } from "./booking-url";
import type { Settings } from "../site/settings";

/** The booking link used by buttons around the site (not the quiz, which tags its own). */
export function siteBookingUrl(settings: Settings, placement: string, service?: string): string {
  return buildBookingUrl(settings.booking, service, {
    source: new URL(settings.siteUrl).host,
    medium: "website",
    campaign: placement,
    ...(service ? { content: service } : {}),
  });
}
