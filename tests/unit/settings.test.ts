import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseSettings, resolveSiteUrl } from "../../src/lib/site/settings.ts";

const realText = readFileSync("content/settings.yaml", "utf8");
const withChange = (change: (data: Record<string, unknown>) => void) => {
  const data = parse(realText) as Record<string, unknown>;
  change(data);
  return stringify(data);
};

describe("site settings", () => {
  it("accepts the practice's settings file", () => {
    const settings = parseSettings(realText);
    expect(settings.businessName.length).toBeGreaterThan(1);
    expect(settings.booking.url).toMatch(/^https:\/\//);
    expect(settings.emergencyNumber).toMatch(/^\d+$/);
  });

  it("rejects a booking URL without https, naming the file and the field", () => {
    const text = withChange((data) => {
      (data["booking"] as Record<string, unknown>)["url"] = "http://booking.example.com/x";
    });
    expect(() => parseSettings(text)).toThrow(
      /content\/settings\.yaml:\d+ {2}booking\.url "http:\/\/booking\.example\.com\/x" does not start with https:\/\/\. Write the full secure address/,
    );
  });

  it("rejects an unknown {placeholder} in the booking URL, naming the setting and the allowed form", () => {
    const text = withChange((data) => {
      (data["booking"] as Record<string, unknown>)["url"] = "https://calendly.com/practice/{servce}";
    });
    expect(() => parseSettings(text)).toThrow(
      /booking\.url contains \{servce\}, which the site cannot fill in\. The only placeholder is \{service\}/,
    );
  });

  it("rejects a booking URL that is not a URL", () => {
    const text = withChange((data) => {
      (data["booking"] as Record<string, unknown>)["url"] = "book with us";
    });
    expect(() => parseSettings(text)).toThrow(/booking\.url/);
  });

  it("accepts a {service} placeholder in the booking URL", () => {
    const text = withChange((data) => {
      (data["booking"] as Record<string, unknown>)["url"] = "https://calendly.com/practice/{service}";
    });
    expect(parseSettings(text).booking.url).toBe("https://calendly.com/practice/{service}");
  });

  it("names every missing or malformed field at once", () => {
    const text = withChange((data) => {
      delete data["businessName"];
      data["email"] = "not-an-email";
      data["emergencyNumber"] = 911;
    });
    const error = (() => {
      try {
        parseSettings(text);
      } catch (caught) {
        return String(caught);
      }
      return "";
    })();
    expect(error).toMatch(/3 mistakes/);
    expect(error).toMatch(/content\/settings\.yaml {2}businessName is missing\. Add it/);
    expect(error).toMatch(
      /content\/settings\.yaml:\d+ {2}email "not-an-email" is not accepted\. Write a valid email/,
    );
    expect(error).toMatch(/emergencyNumber "911" is not accepted\. .*in quotes/);
  });

  it("rejects an unknown field so a typo is not silently ignored", () => {
    const text = withChange((data) => {
      data["bookingUrl"] = "https://example.com";
    });
    expect(() => parseSettings(text)).toThrow(/bookingUrl/);
  });

  it("reports broken YAML with the file name", () => {
    expect(() => parseSettings("businessName: Still Point\n\tphone: 1\n")).toThrow(
      /content\/settings\.yaml:2 {2}This line is indented with a tab\. Indent with spaces only/,
    );
  });

  it("lets SITE_URL override the site address, and rejects a bad one", () => {
    const settings = parseSettings(realText);
    expect(resolveSiteUrl(settings, {})).toBe(settings.siteUrl);
    expect(resolveSiteUrl(settings, { SITE_URL: "https://clinic.example.org" })).toBe(
      "https://clinic.example.org",
    );
    expect(() => resolveSiteUrl(settings, { SITE_URL: "clinic" })).toThrow(/SITE_URL/);
  });
});
