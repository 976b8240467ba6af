import { readFileSync } from "node:fs";
import * as yaml from "yaml";
import { describe, expect, it } from "vitest";
// The editor's YAML format (public/admin, loaded by the editor page) with the same YAML library.
import { yamlInPlace } from "../../public/admin/yaml-in-place.js";
import { parseSettings } from "../../src/lib/site/settings";

const SETTINGS = readFileSync("content/settings.yaml", "utf8");

/** What the editor does on save: read the file, change its data, write it. */
interface SettingsData {
  hours: { weekly: Record<string, unknown>; exceptions: unknown[] };
  booking: Record<string, unknown>;
}

function edit(text: string, change: (data: SettingsData) => void): string {
  const format = yamlInPlace(yaml);
  const data = structuredClone(format.fromFile(text)) as SettingsData;
  change(data);
  return format.toFile(data);
}

describe("the editor's YAML format saves only what changed", () => {
  it("writes the settings file back byte for byte when nothing changed", () => {
    expect(edit(SETTINGS, () => {})).toBe(SETTINGS);
  });

  it("changes one day's hours on its own line, in the file's style, comments kept", () => {
    const after = edit(SETTINGS, (data) => {
      data.hours.weekly.saturday = ["10:00-14:00"];
    });
    expect(after).toBe(SETTINGS.replace('saturday: ["09:00-13:00"]', 'saturday: ["10:00-14:00"]'));
  });

  it("writes a day switched between closed and open like the other days", () => {
    const after = edit(SETTINGS, (data) => {
      data.hours.weekly.sunday = ["10:00-12:00"];
      data.hours.weekly.thursday = "closed";
    });
    expect(after).toBe(
      SETTINGS.replace("sunday: closed", 'sunday: ["10:00-12:00"]').replace(
        'thursday: ["11:00-19:00"]',
        "thursday: closed",
      ),
    );
  });

  it("adds a holiday closure quoted like the others, and the build reads it", () => {
    const after = edit(SETTINGS, (data) => {
      data.hours.exceptions.push({ label: "Staff training day", from: "2027-03-05", hours: "closed" });
    });
    expect(after).toBe(
      SETTINGS.replace(
        '      to: "2027-02-15"\n      hours: closed\n',
        '      to: "2027-02-15"\n      hours: closed\n    - label: Staff training day\n      from: "2027-03-05"\n      hours: closed\n',
      ),
    );
    expect(parseSettings(after).hours.exceptions.at(-1)).toEqual({
      label: "Staff training day",
      from: "2027-03-05",
      hours: [],
    });
  });

  it("removes a setting and switches the booking parameter off", () => {
    const after = edit(SETTINGS, (data) => {
      delete data.booking.platformName;
      data.booking.serviceParam = false;
    });
    expect(yaml.parse(after).booking).toEqual({
      url: "https://booking.example.com/still-point",
      serviceParam: false,
      privacyPolicyUrl: "https://booking.example.com/privacy",
    });
    expect(after).toContain("  # The external booking page.");
  });
});
