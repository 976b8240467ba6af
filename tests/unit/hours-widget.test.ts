import { describe, expect, it } from "vitest";
import { dayHoursSchema, hoursSchema } from "../../src/lib/site/hours.ts";
import {
  dayModel,
  dayProblem,
  dayValue,
  exceptionModel,
  exceptionProblems,
  exceptionsProblem,
  weekModel,
  weekProblems,
} from "../../src/lib/site/hours-form.ts";

// The editor's hours widgets refuse exactly what the build refuses: they run the settings' rules.
describe("the opening-hours widgets check with the build's rules", () => {
  const days = [
    "closed",
    "09:00-17:00",
    ["09:00-12:00", "13:00-17:00"],
    ["09:00-13:00", "12:00-17:00"],
    "17:00-09:00",
    "10:00-10:00",
    ["08:00-12:00"],
  ];
  for (const day of days) {
    it(`${JSON.stringify(day)}: the widget and the build agree`, () => {
      const model = dayModel(day);
      expect(dayValue(model)).toEqual(day);
      expect(dayProblem(model, "Thursday") === undefined).toBe(dayHoursSchema.safeParse(day).success);
    });
  }

  it("a day that ends at midnight: the form's time input shows 00:00, the file keeps 24:00", () => {
    // A time input holds 00:00 to 23:59: 24:00 would show as an empty field.
    const late = dayModel("18:00-24:00");
    expect(late.ranges).toEqual([{ open: "18:00", close: "00:00" }]);
    expect(dayValue(late)).toBe("18:00-24:00");
    expect(dayProblem(late, "Friday")).toBeUndefined();
    // Picked in the form: closing at 00:00 is the end of the day, not before the opening.
    const picked = { closed: false, ranges: [{ open: "18:00", close: "00:00" }], list: false };
    expect(dayProblem(picked, "Friday")).toBeUndefined();
    expect(dayValue(picked)).toBe("18:00-24:00");
  });

  it("says which day and what is wrong, in the build's words", () => {
    expect(dayProblem(dayModel("11:00-10:00"), "Thursday")).toBe(
      "Thursday: the closing time must be after the opening time.",
    );
    expect(dayProblem({ closed: false, ranges: [{ open: "09:00", close: "" }], list: false }, "Friday")).toBe(
      "Friday: fill in the opening and the closing time.",
    );
  });

  it("refuses a last day before the first and two changes on one date, as the build does", () => {
    const weekly = Object.fromEntries(
      ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((d) => [
        d,
        "closed",
      ]),
    );
    const cases = [
      [{ label: "Thanksgiving", from: "2026-11-26", to: "", hours: dayModel("closed") }],
      [{ label: "Away", from: "2026-11-26", to: "2026-11-20", hours: dayModel("closed") }],
      [
        { label: "Away", from: "2026-11-26", to: "2026-11-28", hours: dayModel("closed") },
        { label: "Short day", from: "2026-11-27", to: "", hours: dayModel("10:00-12:00") },
      ],
      [{ label: "X", from: "2026-11-26", to: "", hours: dayModel("closed") }],
    ];
    for (const models of cases) {
      const exceptions = models.map((model) => ({
        label: model.label,
        from: model.from,
        ...(model.to ? { to: model.to } : {}),
        hours: dayValue(model.hours),
      }));
      const build = hoursSchema.safeParse({ weekly, exceptions }).success;
      expect(exceptionsProblem(models) === undefined, JSON.stringify(exceptions)).toBe(build);
    }
    expect(
      exceptionsProblem([
        { label: "Away", from: "2026-11-26", to: "2026-11-28", hours: dayModel("closed") },
        { label: "Short day", from: "2026-11-27", to: "", hours: dayModel("10:00-12:00") },
      ]),
    ).toBe('"Short day" overlaps the exception "Away" (2026-11-26 to 2026-11-28): give each date one rule.');
  });

  it("gives each day its own mistake, so the form can show it beside that day", () => {
    const days = weekModel({
      monday: "09:00-17:00",
      tuesday: "17:00-09:00",
      wednesday: "closed",
      thursday: ["09:00-13:00", "12:00-17:00"],
      friday: "09:00-17:00",
      saturday: "closed",
      sunday: "closed",
    });
    expect(weekProblems(days)).toEqual({
      tuesday: "Tuesday: the closing time must be after the opening time.",
      thursday: dayProblem(days.thursday, "Thursday"),
    });
    expect(weekProblems(days).thursday).toMatch(/^Thursday: /);
    expect(weekProblems(weekModel({ monday: "closed" }))).toMatchObject({
      tuesday: "Tuesday: fill in the opening and the closing time.",
    });
  });

  it("gives each change its own mistake, in the list's order, the overlap on the later change", () => {
    const models = [
      exceptionModel({ label: "Christmas", from: "2026-12-25", hours: "closed" }),
      exceptionModel({ label: "", from: "", hours: "closed" }),
      exceptionModel({ label: "Late start", from: "2026-12-28", hours: "14:00-11:00" }),
    ];
    expect(exceptionProblems(models)).toEqual([
      undefined,
      "Change 2: pick the first day.",
      "Change 3 (Late start): the closing time must be after the opening time.",
    ]);
    const overlapping = [
      exceptionModel({ label: "Away", from: "2026-11-26", to: "2026-11-28", hours: "closed" }),
      exceptionModel({ label: "Short day", from: "2026-11-27", hours: "10:00-12:00" }),
    ];
    expect(exceptionProblems(overlapping)).toEqual([
      undefined,
      '"Short day" overlaps the exception "Away" (2026-11-26 to 2026-11-28): give each date one rule.',
    ]);
  });
});
