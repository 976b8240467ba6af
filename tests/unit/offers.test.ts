import { describe, expect, it } from "vitest";
import { offersOf } from "../../src/lib/booking/offers.ts";

const booking = { url: "https://booking.example.com/x", serviceParam: "service" as const };

describe("gift cards, packages and memberships", () => {
  it("lists only the offers the settings give an address for, in a fixed order", () => {
    expect(offersOf(booking)).toEqual([]);
    expect(
      offersOf({
        ...booking,
        membershipsUrl: "https://booking.example.com/members",
        giftCardsUrl: "https://booking.example.com/gift",
      }),
    ).toEqual([
      { kind: "giftCards", url: "https://booking.example.com/gift" },
      { kind: "memberships", url: "https://booking.example.com/members" },
    ]);
  });

  it("narrows to the offers asked for, e.g. under the gift-card answer", () => {
    const all = {
      ...booking,
      giftCardsUrl: "https://booking.example.com/gift",
      packagesUrl: "https://booking.example.com/packages",
    };
    expect(offersOf(all, ["packages"]).map((offer) => offer.kind)).toEqual(["packages"]);
    expect(offersOf(all, ["memberships"])).toEqual([]);
  });
});
