import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
// The editor's YAML format, as bundled into the editor page with the YAML library the build reads.
import { yamlInPlace } from "../../src/admin/yaml-in-place.ts";
import { parseSettings } from "../../src/lib/site/settings.ts";

const SETTINGS = readFileSync("content/settings.yaml", "utf8");

/** What the editor does on save: read the file, change its data, write it. */
interface SettingsData {
  hours: { weekly: Record<string, unknown>; exceptions: unknown[] };
  booking: Record<string, unknown>;
}

function edit(text: string, change: (data: SettingsData) => void): string {
  const format = yamlInPlace();
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
    expect(parse(after).booking).toEqual({
      url: "https://booking.example.com/still-point",
      serviceParam: false,
      privacyPolicyUrl: "https://booking.example.com/privacy",
    });
    expect(after).toContain("  # The external booking page.");
  });
});

describe("the site's words and the FAQ keep their comments through the editor", () => {
  const WORD_FILES = [
    "content/copy/site.yaml",
    "content/copy/home.yaml",
    "content/copy/listings.yaml",
    "content/copy/visit.yaml",
    "content/faq.yaml",
  ];
  const comments = (text: string) => text.split("\n").filter((line) => line.trim().startsWith("#"));

  /** The editor lists the collection (reads every file), then saves one after editing it. */
  function saveOne(file: string, change: (data: Record<string, unknown>) => void): string {
    const format = yamlInPlace();
    const all = WORD_FILES.map((each) => [each, format.fromFile(readFileSync(each, "utf8"))] as const);
    const data = structuredClone(all.find(([each]) => each === file)?.[1]) as Record<string, unknown>;
    change(data);
    return format.toFile(data);
  }

  for (const file of WORD_FILES) {
    const text = readFileSync(file, "utf8");
    it(`${file}: saved unchanged, byte for byte, after the other files were read`, () => {
      expect(comments(text).length).toBeGreaterThan(0);
      expect(saveOne(file, () => {})).toBe(text);
    });

    it(`${file}: one edited field is one changed line, every comment kept`, () => {
      const after = saveOne(file, (data) => {
        // The first sentence of the file, wherever it sits, gets two words more.
        const edit = (value: unknown): boolean => {
          if (value === null || typeof value !== "object") return false;
          for (const [key, item] of Object.entries(value)) {
            if (typeof item === "string" && item.length > 10) {
              (value as Record<string, unknown>)[key] = `${item} Edited here.`;
              return true;
            }
            if (edit(item)) return true;
          }
          return false;
        };
        expect(edit(data)).toBe(true);
      });
      const before = text.split("\n");
      const lines = after.split("\n");
      expect(lines.length).toBe(before.length);
      const changed = lines.filter((line, index) => line !== before[index]);
      expect(changed).toHaveLength(1);
      expect(changed[0]).toContain("Edited here.");
      expect(comments(after)).toEqual(comments(text));
    });
  }
});
