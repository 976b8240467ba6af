import type { NumberWords } from "../../src/lib/massage/pressure.ts";
import { describe, expect, it } from "vitest";
import {
  formatPrice,
  missingPrices,
  priceRange,
  pricedSessions,
  sessionsSchema,
} from "../../src/lib/massage/prices.ts";

const ENGLISH: NumberWords = {
  locale: "en-US",
  minutes: "{minutes} minutes",
  or: "or",
  pressures: { light: "light", medium: "medium", firm: "firm" },
  pressureRange: "{from} to {to}",
};

const sessions = sessionsSchema.parse([
  { minutes: 90, price: 135, bookingService: "swedish-90" },
  { minutes: 60, price: 95, note: "Includes time to talk about your back first" },
  { minutes: 30, price: 52.5, currency: "CAD" },
]);

describe("session prices", () => {
  it("lists lengths shortest first, each with its price, note and own service id", () => {
    expect(pricedSessions(sessions, "swedish", { show: true, currency: "USD" }, ENGLISH)).toEqual([
      {
        minutes: 30,
        label: "30 minutes",
        price: "CA$52.50",
        amount: 52.5,
        currency: "CAD",
        service: "swedish",
      },
      {
        minutes: 60,
        label: "60 minutes",
        price: "$95",
        amount: 95,
        currency: "USD",
        service: "swedish",
        note: "Includes time to talk about your back first",
      },
      {
        minutes: 90,
        label: "90 minutes",
        price: "$135",
        amount: 135,
        currency: "USD",
        service: "swedish-90",
      },
    ]);
  });

  it("shows no price at all when the practice hides prices", () => {
    const hidden = pricedSessions(sessions, "swedish", { show: false, currency: "USD" }, ENGLISH);
    expect(hidden.map((s) => s.label)).toEqual(["30 minutes", "60 minutes", "90 minutes"]);
    expect(hidden.some((s) => "price" in s || "amount" in s)).toBe(false);
    expect(priceRange(hidden, "en-US")).toBeUndefined();
  });

  it("words whole prices without cents and a range only within one currency", () => {
    expect(formatPrice(95, "USD", "en-US")).toBe("$95");
    expect(formatPrice(52.5, "USD", "en-US")).toBe("$52.50");
    const usd = pricedSessions(sessions.slice(0, 2), "x", { show: true, currency: "USD" }, ENGLISH);
    expect(priceRange(usd, "en-US")).toBe("$95–$135");
    expect(
      priceRange(pricedSessions(sessions, "x", { show: true, currency: "USD" }, ENGLISH), "en-US"),
    ).toBeUndefined();
  });

  it("asks for a price on every length while prices are shown, naming the field", () => {
    const withoutPrice = sessionsSchema.parse([{ minutes: 60, price: 95 }, { minutes: 90 }]);
    expect(missingPrices(withoutPrice, true)).toEqual([
      "sessions.1.price: the 90-minute session has no price; add one, or hide all prices with prices.show: false in content/settings.yaml",
    ]);
    expect(missingPrices(withoutPrice, false)).toEqual([]);
  });

  it("rejects a length listed twice and a malformed currency", () => {
    const twice = sessionsSchema.safeParse([
      { minutes: 60, price: 1 },
      { minutes: 60, price: 2 },
    ]);
    expect(twice.error?.issues[0]?.message).toBe("each session length may appear only once");
    const currency = sessionsSchema.safeParse([{ minutes: 60, price: 1, currency: "usd" }]);
    expect(currency.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "0.currency: write the currency as a three-letter code in capitals, for example USD",
    ]);
  });
});
