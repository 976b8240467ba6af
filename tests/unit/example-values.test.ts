import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleValuesWarning, findExampleValues } from "../../src/lib/site/example-values";
import { parseSettings } from "../../src/lib/site/settings";

const settings = parseSettings(readFileSync("content/settings.yaml", "utf8"));

describe("example values", () => {
  it("lists every example value still in the settings by field", () => {
    expect(findExampleValues(settings).map((found) => found.field)).toEqual([
      "siteUrl",
      "booking.url",
      "booking.privacyPolicyUrl",
      "email",
      "phone",
      "address.street",
    ]);
    const warning = exampleValuesWarning("content/settings.yaml", findExampleValues(settings))!;
    expect(warning).toMatch(/^content\/settings\.yaml still holds 6 example values/);
    expect(warning).toContain("  - phone: +1 555 0100");
  });

  it("finds nothing once the practice's own details are in", () => {
    const real = {
      ...settings,
      siteUrl: "https://www.stillpointmassage.com",
      booking: {
        ...settings.booking,
        url: "https://stillpoint.janeapp.com/#/treatment/{service}",
        privacyPolicyUrl: undefined,
      },
      email: "hello@stillpointmassage.com",
      phone: "+1 541 555 2368",
      address: { ...settings.address, street: "12 Main Street" },
    };
    expect(findExampleValues(real)).toEqual([]);
    expect(exampleValuesWarning("content/settings.yaml", [])).toBeUndefined();
  });
});
