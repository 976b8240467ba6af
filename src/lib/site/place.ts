import type { Settings } from "./settings.ts";

/** The address as lines: street, then "City, Region Postcode". */
export function addressLines(address: Settings["address"]): string[] {
  const cityLine = [`${address.city}, ${address.region}`, address.postalCode].filter(Boolean).join(" ");
  return [address.street, cityLine].filter((line): line is string => Boolean(line));
}

/**
 * A plain link that opens directions in the visitor's map app: the practice's own link when set,
 * otherwise Google's documented cross-platform Maps URL (it opens the Google Maps app or the
 * browser; nothing is requested until the visitor follows it). Coordinates win over the address.
 */
export function directionsUrl(settings: Pick<Settings, "address" | "geo" | "visit">): string {
  if (settings.visit.directionsUrl) return settings.visit.directionsUrl;
  const destination = settings.geo
    ? `${settings.geo.latitude},${settings.geo.longitude}`
    : [...addressLines(settings.address), settings.address.country].join(", ");
  const url = new URL("https://www.google.com/maps/dir/");
  url.searchParams.set("api", "1");
  url.searchParams.set("destination", destination);
  return url.toString();
}
