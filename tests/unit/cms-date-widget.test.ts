import { describe, expect, it } from "vitest";
import { dateText, unfinishedDate, wholeDate } from "../../src/admin/date-widget.ts";

describe("the editor's date box", () => {
  it("hands on a date only once it is whole: the years typed on the way to 2027 are not dates", () => {
    // What a date box holds while "2027" is typed into its year, digit by digit.
    for (const partial of ["0002-01-15", "0020-01-15", "0202-01-15", ""])
      expect(wholeDate(partial)).toBeUndefined();
    expect(wholeDate("2027-01-15")).toBe("2027-01-15");
    expect(wholeDate("2027-02-30")).toBeUndefined();
  });

  it("says so under a date left part-typed or impossible, that the entry cannot be saved, and which date it holds", () => {
    expect(unfinishedDate("0002-11-26", "2026-11-26")).toBe(
      "Not a whole date yet: write the year in four digits, e.g. 2026. The entry cannot be saved until then (it still holds 2026-11-26).",
    );
    expect(unfinishedDate("0002-11-26", "")).toMatch(/holds no date\)\.$/);
    // A date box reads a day the calendar lacks (02/30/2026) as empty: the widget is told it was bad.
    expect(unfinishedDate("", "", true)).toMatch(
      /^Not a whole date: fill in the month, the day and the year.*no 30 February.*holds no date\)\.$/,
    );
    expect(unfinishedDate("2027-11-26", "2026-11-26")).toBeUndefined();
    expect(unfinishedDate("", "2026-11-26")).toBeUndefined();
  });

  it("reads the file's date as YYYY-MM-DD, quoted or not", () => {
    expect(dateText("2026-07-03")).toBe("2026-07-03");
    expect(dateText(new Date("2026-07-03T00:00:00Z"))).toBe("2026-07-03");
    expect(dateText(undefined)).toBe("");
  });
});
