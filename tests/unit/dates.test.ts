import { describe, expect, it } from "vitest";
import { formatDate, isoDay, lastChanged } from "../../src/lib/content/dates.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dates of a page", () => {
  it("are calendar days, written the same on every build machine", () => {
    expect(isoDay(day("2022-01-30"))).toBe("2022-01-30");
    expect(formatDate(day("2022-01-30"), "en-US")).toBe("January 30, 2022");
    expect(formatDate(day("2022-01-30"), "es-US")).toBe("30 de enero de 2022");
  });

  it("a page last changed on its latest date: an update, a clinical review shown on it, its translation", () => {
    expect(lastChanged(day("2022-01-30"))).toEqual(day("2022-01-30"));
    expect(lastChanged(day("2022-01-30"), undefined, day("2026-11-26"))).toEqual(day("2026-11-26"));
    expect(lastChanged(day("2022-01-30"), day("2026-12-06"), day("2026-11-26"))).toEqual(day("2026-12-06"));
  });
});
