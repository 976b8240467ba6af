/**
 * The editor's form for the opening hours (src/admin/hours-widget.ts draws it): a model a person
 * edits with time and date inputs, turned back into the forms content/settings.yaml is read in, and
 * judged with the build's own rules (hours.ts: readDayHours, exceptionSchema, exceptionOverlaps), so
 * the rules have one copy. Each problem belongs to one day or one change, so the form can show it
 * beside what it is about.
 */
import {
  WEEKDAYS,
  clockTime,
  END_OF_DAY,
  exceptionOverlaps,
  exceptionSchema,
  parseRange,
  readDayHours,
  weekdayName,
  type Weekday,
} from "./hours.ts";

export interface Range {
  open: string;
  close: string;
}
export interface DayModel {
  closed: boolean;
  ranges: Range[];
  /** The file wrote the day as a list: keep writing it so. */
  list: boolean;
}
export interface ExceptionModel {
  label: string;
  from: string;
  to: string;
  hours: DayModel;
}

export const EMPTY_RANGE: Readonly<Range> = { open: "", close: "" };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// A time input holds 00:00 to 23:59: a day that ends at midnight shows 00:00 there, and the file
// keeps 24:00 (parseRange reads both as the end of the day).
const inputTime = (minutes: number) => clockTime(minutes === END_OF_DAY ? 0 : minutes);
const fileClosingTime = (time: string) => (time === "00:00" ? "24:00" : time);

/** One day's hours as the file holds them ("closed", "09:00-17:00" or a list) → the form's model. */
export function dayModel(raw: unknown): DayModel {
  if (raw === "closed" || raw === undefined || raw === null) {
    return { closed: raw === "closed", ranges: [{ ...EMPTY_RANGE }], list: true };
  }
  const texts: unknown[] = Array.isArray(raw) ? raw : [raw];
  const ranges = texts.map((text) => {
    const interval = parseRange(String(text));
    return interval
      ? { open: clockTime(interval.open), close: inputTime(interval.close) }
      : { ...EMPTY_RANGE };
  });
  return {
    closed: false,
    ranges: ranges.length > 0 ? ranges : [{ ...EMPTY_RANGE }],
    list: Array.isArray(raw),
  };
}

/** The form's model → the file's form: "closed", or the ranges (a list when the file had one). */
export function dayValue(model: DayModel): string | string[] {
  if (model.closed) return "closed";
  const texts = model.ranges.map((range) => `${range.open}-${fileClosingTime(range.close)}`);
  return texts.length === 1 && !model.list ? texts[0]! : texts;
}

/** What the build would refuse in one day's (or one change's) hours, or undefined. */
export function dayProblem(model: DayModel, what: string): string | undefined {
  if (model.closed) return undefined;
  for (const [index, range] of model.ranges.entries()) {
    const which = model.ranges.length > 1 ? ` (${index === 0 ? "first" : "after the break"})` : "";
    // An empty time input: the form's own words, before the file's rules.
    if (!range.open || !range.close) return `${what}${which}: fill in the opening and the closing time.`;
  }
  const read = readDayHours(dayValue(model));
  return "problem" in read ? `${what}: ${read.problem}.` : undefined;
}

/** The weekly hours as the file holds them → one model for each day. */
export function weekModel(raw: Record<string, unknown>): Record<Weekday, DayModel> {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, dayModel(raw[day])])) as Record<Weekday, DayModel>;
}

/** Each day's problem, by day; a day without one is left out. */
export function weekProblems(days: Record<Weekday, DayModel>): Partial<Record<Weekday, string>> {
  const problems: Partial<Record<Weekday, string>> = {};
  for (const day of WEEKDAYS) {
    const problem = dayProblem(days[day], weekdayName(day));
    if (problem) problems[day] = problem;
  }
  return problems;
}

/** One dated change as the file holds it → the form's model. */
export const exceptionModel = (raw: Record<string, unknown>): ExceptionModel => ({
  label: typeof raw["label"] === "string" ? raw["label"] : "",
  from: typeof raw["from"] === "string" ? raw["from"] : "",
  to: typeof raw["to"] === "string" ? raw["to"] : "",
  hours: dayModel(raw["hours"] ?? "closed"),
});

/** A new change: closed all day, its label and day still to be written. */
export const newException = (): ExceptionModel => ({
  label: "",
  from: "",
  to: "",
  hours: dayModel("closed"),
});

/** A change in the file's own order of keys: label, from, to (only for several days), hours. */
export const exceptionValue = (model: ExceptionModel) => ({
  label: model.label,
  from: model.from,
  ...(model.to ? { to: model.to } : {}),
  hours: dayValue(model.hours),
});

/** The name a change goes by in the form and its messages: "Change 2", or "Change 2 (Christmas)". */
export const exceptionName = (model: ExceptionModel, index: number) =>
  `Change ${index + 1}${model.label.trim() ? ` (${model.label.trim()})` : ""}`;

/**
 * The input a day's mistake is in, as the part of its id after the day's ("0-close": the first
 * range's closing time), by the build's own reading of the hours; undefined when none is at fault.
 */
export function wrongTime(model: DayModel): string | undefined {
  if (model.closed) return undefined;
  for (const [index, range] of model.ranges.entries()) {
    if (!range.open) return `${index}-open`;
    if (!range.close) return `${index}-close`;
  }
  const text = (range: Range) => dayValue({ closed: false, ranges: [range], list: false }) as string;
  for (const [index, range] of model.ranges.entries()) {
    const read = readDayHours(text(range));
    // A range read on its own fails on its closing time (before or at the opening time).
    if ("problem" in read) return `${index}-close`;
    const previous = model.ranges[index - 1];
    // Ranges out of order: the later one starts too early.
    if (previous && "problem" in readDayHours([text(previous), text(range)])) return `${index}-open`;
  }
  return undefined;
}

/**
 * A change's mistake, and the input it is in, as the part of that input's id after the change's
 * ("from", "label", "hours-0-close"), for the widget to mark and focus; undefined when none is.
 */
export interface ExceptionProblem {
  message: string;
  input: string | undefined;
}

/** What the build would refuse in one change on its own, or undefined. */
function exceptionProblem(model: ExceptionModel, index: number): ExceptionProblem | undefined {
  const name = exceptionName(model, index);
  if (!DATE.test(model.from)) return { message: `${name}: pick the first day.`, input: "from" };
  const hours = dayProblem(model.hours, name);
  if (hours) {
    const time = wrongTime(model.hours);
    return { message: hours, input: time && `hours-${time}` };
  }
  const parsed = exceptionSchema.safeParse(exceptionValue(model));
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0]);
  const field = { label: "what it is for", from: "first day", to: "last day" }[key];
  return { message: `${name}${field ? `, ${field}` : ""}: ${issue.message}.`, input: field ? key : "from" };
}

/**
 * Each change's problem and the input it is in, in the list's order (undefined where there is
 * none). A change that overlaps an earlier one carries the overlap, on its days, once the changes
 * are each fine on their own.
 */
export function exceptionProblemsAt(models: readonly ExceptionModel[]): Array<ExceptionProblem | undefined> {
  const problems = models.map(exceptionProblem);
  if (problems.some(Boolean)) return problems;
  for (const overlap of exceptionOverlaps(models.map(exceptionValue))) {
    problems[overlap.index] ??= {
      message: `"${models[overlap.index]?.label}" ${overlap.message}.`,
      input: "from",
    };
  }
  return problems;
}

/** Each change's problem, in the list's order (undefined where there is none). */
export const exceptionProblems = (models: readonly ExceptionModel[]): Array<string | undefined> =>
  exceptionProblemsAt(models).map((problem) => problem?.message);

/** The first problem in the list of changes, or undefined. */
export const exceptionsProblem = (models: readonly ExceptionModel[]): string | undefined =>
  exceptionProblems(models).find(Boolean);
