import { describe, expect, it } from "vitest";
import {
  describeException,
  ENGLISH_HOURS,
  hoursOn,
  hoursSchema,
  openingHoursSpecs,
  summarizeWeek,
  upcomingExceptions,
  weekdayOf,
  type HoursWords,
} from "../../src/lib/site/hours.ts";

const week = {
  monday: ["09:00-12:30", "13:30-18:00"],
  tuesday: ["09:00-12:30", "13:30-18:00"],
  wednesday: ["09:00-12:30", "13:30-18:00"],
  thursday: "11:00-19:00",
  friday: ["09:00-12:30", "13:30-18:00"],
  saturday: ["09:00-13:00"],
  sunday: "closed",
};
// 2026-12-24 is a Thursday; the "away" exception runs Fri 2027-02-12 to Mon 2027-02-15, over a weekend.
const hours = hoursSchema.parse({
  weekly: week,
  exceptions: [
    { label: "Christmas", from: "2026-12-24", to: "2026-12-26", hours: "closed" },
    { label: "New Year's Eve", from: "2026-12-31", hours: "09:00-13:00" },
    { label: "Away for training", from: "2027-02-12", to: "2027-02-15", hours: "closed" },
  ],
});

// The words of content/es/copy/visit.yaml (hours).
const SPANISH_HOURS: HoursWords = {
  locale: "es-US",
  closed: "Cerrado",
  closedOn: "cerrado {when}",
  openOn: "abierto {when}: {hours}",
  oneDay: "el {date}",
  dayRange: "del {from} al {to}",
  am: "a. m.",
  pm: "p. m.",
};

// A time and its mark are joined by no-break spaces ("9:00\u00a0am"); plain spaces read better here.
const spaced = (text: string) => text.replace(/\u00a0/g, " ");

describe("opening hours", () => {
  it("reads a split day (lunch break) as two ranges and a closed day as none", () => {
    expect(hoursOn(hours, "2026-12-07").intervals).toEqual([
      { open: 540, close: 750 },
      { open: 810, close: 1080 },
    ]);
    expect(weekdayOf("2026-12-06")).toBe("sunday");
    expect(hoursOn(hours, "2026-12-06").intervals).toEqual([]);
  });

  it("replaces the weekly hours with an exception on its dates only", () => {
    expect(hoursOn(hours, "2026-12-23").exception).toBeUndefined();
    expect(hoursOn(hours, "2026-12-24")).toMatchObject({ intervals: [], exception: { label: "Christmas" } });
    expect(hoursOn(hours, "2026-12-26").intervals).toEqual([]);
    expect(hoursOn(hours, "2026-12-31").intervals).toEqual([{ open: 540, close: 780 }]);
    expect(hoursOn(hours, "2027-01-01").exception).toBeUndefined();
  });

  it("an exception spanning a weekend closes every day from Friday to Monday", () => {
    for (const date of ["2027-02-12", "2027-02-13", "2027-02-14", "2027-02-15"]) {
      expect(hoursOn(hours, date)).toMatchObject({
        intervals: [],
        exception: { label: "Away for training" },
      });
    }
    expect(hoursOn(hours, "2027-02-16").intervals).toHaveLength(2);
    expect(describeException(hours.exceptions[2]!, "12h", ENGLISH_HOURS, "2027-01-20")).toBe(
      "Away for training: closed Fri, Feb 12 – Mon, Feb 15.",
    );
  });

  it("names the year of a change that is not in this year, so a date months ahead is not read as this year's", () => {
    // Built in January 2026, the training in February 2027 must not read as next month.
    expect(spaced(describeException(hours.exceptions[2]!, "12h", ENGLISH_HOURS, "2026-01-15"))).toBe(
      "Away for training: closed Fri, Feb 12, 2027 – Mon, Feb 15, 2027.",
    );
    expect(describeException(hours.exceptions[0]!, "12h", ENGLISH_HOURS, "2026-12-07")).toBe(
      "Christmas: closed Thu, Dec 24 – Sat, Dec 26.",
    );
    expect(spaced(describeException(hours.exceptions[1]!, "12h", ENGLISH_HOURS, "2026-12-07"))).toBe(
      "New Year's Eve: open Thu, Dec 31, 9:00 am–1:00 pm.",
    );
  });

  it("writes a change in Spanish as Spanish writes it: days and months spelled out, no comma after the day, one period at the end", () => {
    expect(spaced(describeException(hours.exceptions[1]!, "12h", SPANISH_HOURS, "2026-12-07"))).toBe(
      "New Year's Eve: abierto el jueves 31 de diciembre: 9:00 a. m.–1:00 p. m.",
    );
    expect(describeException(hours.exceptions[0]!, "12h", SPANISH_HOURS, "2026-12-07")).toBe(
      "Christmas: cerrado del jueves 24 de diciembre al sábado 26 de diciembre.",
    );
  });

  it("announces an exception in the days before it, while it lasts, and not after", () => {
    expect(upcomingExceptions(hours, "2026-12-01", 14)).toEqual([]);
    expect(upcomingExceptions(hours, "2026-12-10", 14).map((e) => e.label)).toEqual(["Christmas"]);
    expect(upcomingExceptions(hours, "2026-12-25", 14).map((e) => e.label)).toEqual([
      "Christmas",
      "New Year's Eve",
    ]);
    expect(upcomingExceptions(hours, "2027-02-14", 14).map((e) => e.label)).toEqual(["Away for training"]);
    expect(upcomingExceptions(hours, "2027-02-16", 14)).toEqual([]);
  });

  it("groups neighbouring days with the same hours for the footer", () => {
    expect(summarizeWeek(hours).map((group) => ({ ...group, hours: spaced(group.hours) }))).toEqual([
      { days: "Mon–Wed", hours: "9:00 am–12:30 pm, 1:30 pm–6:00 pm", closed: false },
      { days: "Thu", hours: "11:00 am–7:00 pm", closed: false },
      { days: "Fri", hours: "9:00 am–12:30 pm, 1:30 pm–6:00 pm", closed: false },
      { days: "Sat", hours: "9:00 am–1:00 pm", closed: false },
      { days: "Sun", hours: "Closed", closed: true },
    ]);
    const plain = hoursSchema.parse({
      clock: "24h",
      weekly: {
        ...week,
        monday: "09:00-17:00",
        tuesday: "09:00-17:00",
        wednesday: "09:00-17:00",
        thursday: "09:00-17:00",
        friday: "09:00-17:00",
        saturday: "closed",
      },
    });
    expect(summarizeWeek(plain).map((g) => `${g.days} ${g.hours}`)).toEqual([
      "Mon–Fri 9:00–17:00",
      "Sat–Sun Closed",
    ]);
  });

  it('never lets a line end inside a time: "9:00\u00a0am", "9:00\u00a0a.\u00a0m."', () => {
    expect(summarizeWeek(hours)[1]?.hours).toBe("11:00\u00a0am–7:00\u00a0pm");
  });

  it('writes the days and times in the language\'s words: Spanish days, "a. m." and "p. m."', () => {
    expect(summarizeWeek(hours, SPANISH_HOURS).map((g) => `${g.days} ${spaced(g.hours)}`)).toEqual([
      "lun–mié 9:00 a. m.–12:30 p. m., 1:30 p. m.–6:00 p. m.",
      "jue 11:00 a. m.–7:00 p. m.",
      "vie 9:00 a. m.–12:30 p. m., 1:30 p. m.–6:00 p. m.",
      "sáb 9:00 a. m.–1:00 p. m.",
      "dom Cerrado",
    ]);
  });

  it("gives search engines weekly ranges by weekday, and the changes not yet over as special hours", () => {
    const { weekly: specs, special } = openingHoursSpecs(hours, "2026-12-28");
    expect(specs).toContainEqual({
      dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Friday"],
      opens: "09:00",
      closes: "12:30",
    });
    expect(specs).toContainEqual({ dayOfWeek: ["Thursday"], opens: "11:00", closes: "19:00" });
    expect(specs.some((spec) => spec.dayOfWeek?.includes("Sunday"))).toBe(false);
    // A change of hours replaces the week's hours on its days (schema.org's special opening hours
    // override the general ones; listed with them, New Year's Eve would add to Thursday's hours).
    expect(specs.every((spec) => spec.validFrom === undefined)).toBe(true);
    expect(special).toEqual([
      { opens: "09:00", closes: "13:00", validFrom: "2026-12-31", validThrough: "2026-12-31" },
      { opens: "00:00", closes: "00:00", validFrom: "2027-02-12", validThrough: "2027-02-15" },
    ]);
    // Christmas (Dec 24 to 26) is over on Dec 28: search engines are not told of it any more.
    expect(openingHoursSpecs(hours, "2026-12-26").special.map((spec) => spec.validFrom)).toEqual([
      "2026-12-24",
      "2026-12-31",
      "2027-02-12",
    ]);
  });

  it("rejects reversed or overlapping times, impossible dates and overlapping exceptions, by field", () => {
    const result = hoursSchema.safeParse({
      weekly: {
        ...week,
        monday: "18:00-09:00",
        tuesday: ["09:00-13:00", "12:00-17:00"],
        wednesday: "9 to 5",
      },
      exceptions: [
        { label: "Holiday", from: "2026-02-30", hours: "closed" },
        { label: "Week away", from: "2026-07-01", to: "2026-07-07", hours: "closed" },
        { label: "Open day", from: "2026-07-05", hours: "10:00-12:00" },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^weekly\.monday: .*closing time must be after/),
        expect.stringMatching(/^weekly\.tuesday: .*in order/),
        expect.stringMatching(/^weekly\.wednesday: "9 to 5": write opening times as/),
        expect.stringMatching(/^exceptions\.0\.from: .*does not exist/),
      ]),
    );
  });

  it("reads a closing time of midnight as the end of the day, and refuses a time after it", () => {
    for (const friday of ["18:00-24:00", "18:00-00:00"]) {
      const late = hoursSchema.parse({ weekly: { ...week, friday } });
      expect(late.weekly.friday, friday).toEqual([{ open: 1080, close: 1440 }]);
      expect(spaced(summarizeWeek(late).at(-3)?.hours ?? "")).toBe("6:00 pm–12:00 am");
      // Search engines' end of the day (Google's guidance for opening hours): 23:59.
      expect(openingHoursSpecs(late, "2026-01-01").weekly).toContainEqual({
        dayOfWeek: ["Friday"],
        opens: "18:00",
        closes: "23:59",
      });
    }
    const after = hoursSchema.safeParse({ weekly: { ...week, monday: "09:00-24:30" } });
    expect(after.success).toBe(false);
    expect(after.error?.issues[0]?.path.join(".")).toBe("weekly.monday");
  });

  it("names the exception an overlapping one collides with", () => {
    const result = hoursSchema.safeParse({
      weekly: week,
      exceptions: [
        { label: "Week away", from: "2026-07-01", to: "2026-07-07", hours: "closed" },
        { label: "Open day", from: "2026-07-05", hours: "10:00-12:00" },
      ],
    });
    expect(result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
      'exceptions.1.from: overlaps the exception "Week away" (2026-07-01 to 2026-07-07): give each date one rule',
    ]);
  });
});
