import type { Settings } from "../site/settings.ts";

/** What a practice may sell on its booking platform besides single sessions, in the order shown. */
export const OFFER_KINDS = ["giftCards", "packages", "memberships"] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** The setting that holds each offer's address on the booking platform. */
export const OFFER_SETTINGS = {
  giftCards: "giftCardsUrl",
  packages: "packagesUrl",
  memberships: "membershipsUrl",
} as const satisfies Record<OfferKind, string>;

export interface Offer {
  kind: OfferKind;
  url: string;
}

/** The offers the settings give an address for; none when the practice sells none online. */
export function offersOf(booking: Settings["booking"], only: readonly OfferKind[] = OFFER_KINDS): Offer[] {
  return OFFER_KINDS.filter((kind) => only.includes(kind)).flatMap((kind) => {
    const url = booking[OFFER_SETTINGS[kind]];
    return url ? [{ kind, url }] : [];
  });
}
