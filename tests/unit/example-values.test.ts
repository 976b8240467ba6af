import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  exampleNotice,
  examplesInFile,
  exampleValuesWarning,
  findExampleValues,
} from "../../src/lib/site/example-values.ts";
import { readFrontmatter } from "../../src/lib/content/frontmatter.ts";
import { parseSettings } from "../../src/lib/site/settings.ts";

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

describe("the editor's notice on an entry that still holds example values", () => {
  const read = (file: string) => parseYaml(readFileSync(file, "utf8")) as Record<string, unknown>;

  it("names the shipped examples: the FAQ's answers, the licence number, the settings' details, example pages", () => {
    expect(exampleNotice(examplesInFile("content/faq.yaml", read("content/faq.yaml")))).toBe(
      'This is still the example wording. Replace it with the practice\'s own, then switch off "Still the example text".',
    );
    expect(
      exampleNotice(examplesInFile("content/team/jordan-reyes.yaml", read("content/team/jordan-reyes.yaml"))),
    ).toBe(
      "Still an example value, to replace with the practice's own before publishing: licence.number (EXAMPLE-00000).",
    );
    const settingsText = readFileSync("content/settings.yaml", "utf8");
    expect(
      exampleNotice(
        examplesInFile("content/settings.yaml", parseYaml(settingsText), parseSettings(settingsText)),
      ),
    ).toMatch(/^Still example values, .*: siteUrl \(https:\/\/www\.example\.com\), .*phone \(\+1 555 0100\)/);
    expect(
      examplesInFile(
        "content/pages/privacy.mdx",
        readFrontmatter(readFileSync("content/pages/privacy.mdx", "utf8")),
      ),
    ).toEqual([{ field: "example", value: "true" }]);
  });

  it("names each field by its label in the form when the editor gives them", () => {
    const labels: Record<string, string> = { "licence.number": "Licence number" };
    expect(
      exampleNotice(
        examplesInFile("content/team/jordan-reyes.yaml", read("content/team/jordan-reyes.yaml")),
        (field) => labels[field],
      ),
    ).toBe(
      "Still an example value, to replace with the practice's own before publishing: Licence number (EXAMPLE-00000).",
    );
  });

  it("says nothing once the practice's own words are in", () => {
    const faq = { ...read("content/faq.yaml"), example: false };
    expect(exampleNotice(examplesInFile("content/faq.yaml", faq))).toBeUndefined();
    const team = read("content/team/jordan-reyes.yaml");
    const licensed = { ...team, licence: { ...(team["licence"] as object), number: "MT-12345" } };
    expect(examplesInFile("content/team/jordan-reyes.yaml", licensed)).toEqual([]);
    const post = readFrontmatter(readFileSync("content/posts/massage-stress-and-sleep.mdx", "utf8"));
    expect(examplesInFile("content/posts/massage-stress-and-sleep.mdx", post)).toEqual([]);
  });
});
