import { buildBookingUrl, campaignTagsFrom } from "./booking-url";
import type { Settings } from "../site/settings";

export const QUIZ_MEDIUM = "quiz";
export const QUIZ_CAMPAIGN = "back-pain-quiz";

/**
 * The booking address for a suggested type. Only the service and campaign tags travel;
 * the visitor's own utm_* values from `search` are kept.
 */
export function quizBookingUrl(
  booking: Settings["booking"],
  service: string,
  typeId: string,
  siteHost: string,
  search: string,
): string {
  const tags = { source: siteHost, medium: QUIZ_MEDIUM, campaign: QUIZ_CAMPAIGN, content: typeId };
  return buildBookingUrl(booking, service, tags, campaignTagsFrom(search));
}
