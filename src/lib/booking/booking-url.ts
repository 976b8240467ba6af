import type { Settings } from "../site/settings";

export const SERVICE_PLACEHOLDER = "{service}";

/** Campaign tags: the only things besides the service id that may travel to the booking page. */
export interface CampaignTags {
  source: string;
  medium: string;
  campaign: string;
  content?: string;
}

/**
 * The external booking address for a service. The settings URL either holds a `{service}`
 * placeholder (Calendly, Acuity paths) or gets the id as a query parameter (Square, Jane).
 * Without a service the visitor lands on the booking page's start.
 */
export function buildBookingUrl(
  booking: Settings["booking"],
  service: string | undefined,
  tags: CampaignTags,
  inherited: Iterable<[string, string]> = [],
): string {
  const template = booking.url;
  let url: URL;
  if (template.includes(SERVICE_PLACEHOLDER)) {
    const filled = template.split(SERVICE_PLACEHOLDER).join(service ? encodeURIComponent(service) : "");
    url = new URL(filled.replace(/([^:])\/{2,}/g, "$1/"));
  } else {
    url = new URL(template);
    if (service) url.searchParams.set(booking.serviceParam, service);
  }
  const params: Array<[string, string | undefined]> = [
    ["utm_source", tags.source],
    ["utm_medium", tags.medium],
    ["utm_campaign", tags.campaign],
    ["utm_content", tags.content],
  ];
  for (const [key, value] of params) if (value) url.searchParams.set(key, value);
  // Tags the visitor arrived with describe the original campaign, so they win over ours.
  for (const [key, value] of inherited) {
    if (/^utm_[a-z]+$/.test(key) && value) url.searchParams.set(key, value);
  }
  return url.toString();
}

/** Only utm_* pairs from a query string; everything else a visitor's URL carries stays behind. */
export function campaignTagsFrom(search: string): Array<[string, string]> {
  return [...new URLSearchParams(search)].filter(
    ([key, value]) => /^utm_[a-z]+$/.test(key) && value.length > 0,
  );
}
