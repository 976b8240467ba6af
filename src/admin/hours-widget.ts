// The content editor's widgets for the practice settings (Decap CMS), bundled for the browser with
// the editor's checks (src/admin/editor.ts, /admin/editor.js): the weekly opening hours, the dated
// changes to them (holidays, closures, special hours) and a setting that is either a name or
// switched off (`booking.serviceParam: false`). The editor's configuration names them from the
// schemas' own `editorWidget` (src/lib/cms/fields.ts). Each writes exactly the forms
// content/settings.yaml is read in, and refuses what the build refuses with the build's own rules
// (src/lib/site/hours.ts: readDayHours, exceptionSchema, exceptionOverlaps), so the rules have one
// copy. Every input is a labelled native control (time and date inputs, radio buttons, buttons),
// so the widgets work by keyboard and with a screen reader.
import {
  WEEKDAYS,
  clockTime,
  exceptionOverlaps,
  exceptionSchema,
  parseRange,
  readDayHours,
  weekdayName,
  type Weekday,
} from "../lib/site/hours";

type Raw = unknown;
interface Range {
  open: string;
  close: string;
}
interface DayModel {
  closed: boolean;
  ranges: Range[];
  /** The file wrote the day as a list: keep writing it so. */
  list: boolean;
}
interface ExceptionModel {
  label: string;
  from: string;
  to: string;
  hours: DayModel;
}
type Node = unknown;
type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => Node;
interface WidgetProps {
  value: Raw;
  forID: string;
  classNameWrapper: string;
  field: { get(key: string, fallback?: unknown): unknown };
  onChange(value: unknown): void;
}
interface Widget<State> {
  props: WidgetProps;
  state: State;
  setState(state: Partial<State>, done?: () => void): void;
}
type CreateClass = (spec: Record<string, unknown> & ThisType<never>) => unknown;
interface Cms {
  registerWidget(name: string, control: unknown, preview: unknown): void;
}

const EMPTY: Range = { open: "", close: "" };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Decap hands a widget Immutable values when they come from the file, plain ones after an edit. */
const plain = (value: Raw): unknown =>
  value && typeof (value as { toJS?: unknown }).toJS === "function"
    ? (value as { toJS(): unknown }).toJS()
    : value;

/** One day's hours as the file holds them ("closed", "09:00-17:00" or a list) → the form's model. */
export function dayModel(raw: unknown): DayModel {
  if (raw === "closed" || raw === undefined || raw === null) {
    return { closed: raw === "closed", ranges: [{ ...EMPTY }], list: true };
  }
  const texts = Array.isArray(raw) ? raw : [raw];
  const ranges = texts.map((text) => {
    const interval = parseRange(String(text));
    return interval ? { open: clockTime(interval.open), close: clockTime(interval.close) } : { ...EMPTY };
  });
  return { closed: false, ranges: ranges.length > 0 ? ranges : [{ ...EMPTY }], list: Array.isArray(raw) };
}

/** The form's model → the file's form: "closed", or the ranges (a list when the file had one). */
export function dayValue(model: DayModel): string | string[] {
  if (model.closed) return "closed";
  const texts = model.ranges.map((range) => `${range.open}-${range.close}`);
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

const exceptionModel = (raw: Record<string, unknown>): ExceptionModel => ({
  label: typeof raw["label"] === "string" ? raw["label"] : "",
  from: typeof raw["from"] === "string" ? raw["from"] : "",
  to: typeof raw["to"] === "string" ? raw["to"] : "",
  hours: dayModel(raw["hours"] ?? "closed"),
});

/** A change in the file's own order of keys: label, from, to (only for several days), hours. */
export const exceptionValue = (model: ExceptionModel) => ({
  label: model.label,
  from: model.from,
  ...(model.to ? { to: model.to } : {}),
  hours: dayValue(model.hours),
});

/** What the build would refuse in the list of changes, or undefined. */
export function exceptionsProblem(models: readonly ExceptionModel[]): string | undefined {
  for (const [index, model] of models.entries()) {
    const name = `Change ${index + 1}${model.label.trim() ? ` (${model.label.trim()})` : ""}`;
    if (!DATE.test(model.from)) return `${name}: pick the first day.`;
    const hours = dayProblem(model.hours, name);
    if (hours) return hours;
    const parsed = exceptionSchema.safeParse(exceptionValue(model));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = { label: "what it is for", from: "first day", to: "last day" }[String(issue.path[0])];
      return `${name}${field ? `, ${field}` : ""}: ${issue.message}.`;
    }
  }
  const overlap = exceptionOverlaps(models.map(exceptionValue))[0];
  return overlap ? `"${models[overlap.index]?.label}" ${overlap.message}.` : undefined;
}

function register(cms: Cms) {
  const browser = window as unknown as { h: H; createClass: CreateClass };
  const h = browser.h;
  const createClass = browser.createClass;

  const box = {
    border: "1px solid #cdd3dc",
    borderRadius: "5px",
    padding: "0.5rem 1rem",
    margin: "0 0 0.75rem",
  };
  const row = { display: "flex", flexWrap: "wrap", gap: "0.75rem", alignItems: "center", margin: "0.4rem 0" };
  const input = {
    padding: "0.3rem 0.4rem",
    border: "1px solid #7a8394",
    borderRadius: "4px",
    font: "inherit",
  };
  const button = {
    padding: "0.3rem 0.7rem",
    border: "1px solid #3a69c7",
    borderRadius: "4px",
    background: "#fff",
    color: "#1f4fa3",
    font: "inherit",
    cursor: "pointer",
  };
  const label = (htmlFor: string, text: string) =>
    h("label", { htmlFor, style: { marginRight: "0.3rem" } }, text);
  const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

  /**
   * One day's hours: closed or open; when open, one range and optionally a second one after a
   * break. `name` prefixes every label ("Saturday opens"), so each input has its own name.
   */
  function hoursInputs(options: {
    id: string;
    name: string;
    model: DayModel;
    onChange(model: DayModel): void;
    closedLabel?: string;
    openLabel?: string;
  }) {
    const { id, name, model, onChange, closedLabel = "Closed", openLabel = "Open" } = options;
    const set = (change: Partial<DayModel>) => onChange({ ...model, ...change });
    const setRange = (index: number, change: Partial<Range>) =>
      set({ ranges: model.ranges.map((range, at) => (at === index ? { ...range, ...change } : range)) });
    const radio = (closed: boolean, text: string) =>
      h(
        "label",
        { style: { marginRight: "1rem" } },
        h("input", {
          type: "radio",
          name: `${id}-kind`,
          checked: model.closed === closed,
          onChange: () => set({ closed }),
        }),
        ` ${text}`,
      );
    const ranges = model.closed
      ? []
      : model.ranges.map((range, index) => {
          const again = index === 0 ? "" : " after the break";
          return h(
            "div",
            { key: index, style: row },
            label(`${id}-${index}-open`, `${name} opens${again}`),
            h("input", {
              id: `${id}-${index}-open`,
              type: "time",
              value: range.open,
              style: input,
              onChange: (event: Event) => setRange(index, { open: valueOf(event) }),
            }),
            label(`${id}-${index}-close`, `${name} closes${again}`),
            h("input", {
              id: `${id}-${index}-close`,
              type: "time",
              value: range.close,
              style: input,
              onChange: (event: Event) => setRange(index, { close: valueOf(event) }),
            }),
            index > 0 &&
              h(
                "button",
                {
                  type: "button",
                  style: button,
                  onClick: () => set({ ranges: model.ranges.filter((_, at) => at !== index), list: true }),
                },
                `Remove the break on ${name}`,
              ),
          );
        });
    return [
      h("div", { key: "kind", role: "radiogroup", "aria-label": `${name}: open or closed`, style: row }, [
        radio(true, closedLabel),
        radio(false, openLabel),
      ]),
      ...ranges,
      !model.closed &&
        model.ranges.length === 1 &&
        h(
          "button",
          {
            key: "break",
            type: "button",
            style: button,
            onClick: () => set({ ranges: [...model.ranges, { ...EMPTY }], list: true }),
          },
          `Add a break on ${name}`,
        ),
    ];
  }

  // ----- The weekly hours: hours.weekly -----
  type WeeklyState = { days: Record<Weekday, DayModel>; edited: Partial<Record<Weekday, boolean>> };
  const WeeklyControl = createClass({
    getInitialState(this: Widget<WeeklyState>): WeeklyState {
      const value = (plain(this.props.value) ?? {}) as Record<string, unknown>;
      return {
        days: Object.fromEntries(WEEKDAYS.map((day) => [day, dayModel(value[day])])) as Record<
          Weekday,
          DayModel
        >,
        edited: {},
      };
    },
    isValid(this: Widget<WeeklyState>) {
      for (const day of WEEKDAYS) {
        const problem = dayProblem(this.state.days[day], weekdayName(day));
        if (problem) return { error: { message: problem } };
      }
      return true;
    },
    change(this: Widget<WeeklyState>, day: Weekday, model: DayModel) {
      const days = { ...this.state.days, [day]: model };
      const edited = { ...this.state.edited, [day]: true };
      this.setState({ days, edited });
      const before = (plain(this.props.value) ?? {}) as Record<string, unknown>;
      // Days not touched keep the file's own text, so saving changes nothing else.
      this.props.onChange(
        Object.fromEntries(
          WEEKDAYS.map((name) => [name, edited[name] ? dayValue(days[name]) : before[name]]),
        ),
      );
    },
    render(this: Widget<WeeklyState> & { change(day: Weekday, model: DayModel): void }) {
      const { forID, classNameWrapper } = this.props;
      return h(
        "div",
        { id: forID, className: classNameWrapper, tabIndex: -1 },
        WEEKDAYS.map((day) =>
          h(
            "fieldset",
            { key: day, style: box },
            h("legend", { style: { fontWeight: 600 } }, weekdayName(day)),
            hoursInputs({
              id: `${forID}-${day}`,
              name: weekdayName(day),
              model: this.state.days[day],
              onChange: (model) => this.change(day, model),
            }),
          ),
        ),
      );
    },
  });

  const rangesText = (raw: unknown) =>
    raw === "closed" ? "closed" : (Array.isArray(raw) ? raw : [raw]).join(", ");

  const WeeklyPreview = createClass({
    render(this: Widget<unknown>) {
      const value = (plain(this.props.value) ?? {}) as Record<string, unknown>;
      return h(
        "dl",
        {},
        WEEKDAYS.flatMap((day) => [
          h("dt", { key: `${day}-name` }, weekdayName(day)),
          h("dd", { key: `${day}-hours` }, rangesText(value[day])),
        ]),
      );
    },
  });

  // ----- Holidays and other changes: hours.exceptions -----
  interface Item {
    model: ExceptionModel;
    raw: unknown;
    edited: boolean;
  }
  type ExceptionsState = { items: Item[] };
  type ExceptionsWidget = Widget<ExceptionsState> & {
    update(items: Item[], focus?: string): void;
    change(index: number, change: Partial<ExceptionModel>): void;
    add(): void;
    remove(index: number): void;
  };
  const ExceptionsControl = createClass({
    getInitialState(this: Widget<ExceptionsState>): ExceptionsState {
      const items = (plain(this.props.value) ?? []) as Array<Record<string, unknown>>;
      return { items: items.map((raw) => ({ model: exceptionModel(raw), raw, edited: false })) };
    },
    isValid(this: Widget<ExceptionsState>) {
      const problem = exceptionsProblem(this.state.items.map((item) => item.model));
      return problem ? { error: { message: problem } } : true;
    },
    update(this: ExceptionsWidget, items: Item[], focus?: string) {
      this.setState({ items }, () => {
        if (focus) document.getElementById(focus)?.focus();
      });
      // Changes not touched keep the file's own text, so saving changes nothing else.
      this.props.onChange(items.map((item) => (item.edited ? exceptionValue(item.model) : item.raw)));
    },
    change(this: ExceptionsWidget, index: number, change: Partial<ExceptionModel>) {
      this.update(
        this.state.items.map((item, at) =>
          at === index ? { ...item, model: { ...item.model, ...change }, edited: true } : item,
        ),
      );
    },
    add(this: ExceptionsWidget) {
      const model = { label: "", from: "", to: "", hours: dayModel("closed") };
      const items = [...this.state.items, { model, raw: undefined, edited: true }];
      this.update(items, `${this.props.forID}-${items.length - 1}-label`);
    },
    remove(this: ExceptionsWidget, index: number) {
      this.update(
        this.state.items.filter((_, at) => at !== index),
        `${this.props.forID}-add`,
      );
    },
    render(this: ExceptionsWidget) {
      const { forID, classNameWrapper } = this.props;
      const items = this.state.items.map(({ model }, index) => {
        const id = `${forID}-${index}`;
        const name = `Change ${index + 1}`;
        return h(
          "fieldset",
          { key: index, style: box },
          h("legend", { style: { fontWeight: 600 } }, model.label ? `${name}: ${model.label}` : name),
          h(
            "div",
            { style: row },
            label(`${id}-label`, "What it is for (shown to visitors)"),
            h("input", {
              id: `${id}-label`,
              type: "text",
              value: model.label,
              style: { ...input, minWidth: "16rem" },
              onChange: (event: Event) => this.change(index, { label: valueOf(event) }),
            }),
          ),
          h(
            "div",
            { style: row },
            label(`${id}-from`, "First day"),
            h("input", {
              id: `${id}-from`,
              type: "date",
              value: model.from,
              style: input,
              onChange: (event: Event) => this.change(index, { from: valueOf(event) }),
            }),
            label(`${id}-to`, "Last day (leave empty for one day)"),
            h("input", {
              id: `${id}-to`,
              type: "date",
              value: model.to,
              min: model.from || undefined,
              style: input,
              onChange: (event: Event) => this.change(index, { to: valueOf(event) }),
            }),
          ),
          hoursInputs({
            id: `${id}-hours`,
            name: model.label || name,
            model: model.hours,
            closedLabel: "Closed all day",
            openLabel: "Special hours",
            onChange: (hours) => this.change(index, { hours }),
          }),
          h(
            "div",
            { style: row },
            h(
              "button",
              { type: "button", style: button, onClick: () => this.remove(index) },
              `Remove ${model.label ? `“${model.label}”` : name}`,
            ),
          ),
        );
      });
      return h(
        "div",
        { id: forID, className: classNameWrapper, tabIndex: -1 },
        ...items,
        h(
          "button",
          { id: `${forID}-add`, type: "button", style: button, onClick: () => this.add() },
          "Add a holiday or change of hours",
        ),
      );
    },
  });

  const ExceptionsPreview = createClass({
    render(this: Widget<unknown>) {
      const items = (plain(this.props.value) ?? []) as Array<Record<string, unknown>>;
      return h(
        "ul",
        {},
        items.map((item, index) =>
          h(
            "li",
            { key: index },
            `${String(item["label"])}: ${String(item["from"])}${item["to"] ? ` to ${String(item["to"])}` : ""}, ${rangesText(item["hours"])}`,
          ),
        ),
      );
    },
  });

  // ----- A name, or false for "none": booking.serviceParam -----
  type TextState = { text: string };
  const StringOrFalseControl = createClass({
    getInitialState(this: Widget<TextState>): TextState {
      const value = plain(this.props.value);
      return { text: typeof value === "string" ? value : "" };
    },
    isValid(this: Widget<TextState>) {
      const value = plain(this.props.value);
      if (value !== false && !String(value ?? "").trim()) {
        const name = String(this.props.field.get("label", this.props.field.get("name")));
        return { error: { message: `${name}: write it, or turn the switch off.` } };
      }
      return true;
    },
    render(this: Widget<TextState>) {
      const { forID, classNameWrapper, field, onChange } = this.props;
      const on = plain(this.props.value) !== false;
      return h(
        "div",
        { className: classNameWrapper },
        h(
          "div",
          { style: row },
          h(
            "label",
            {},
            h("input", {
              type: "checkbox",
              checked: on,
              onChange: (event: Event) =>
                onChange((event.target as HTMLInputElement).checked ? this.state.text : false),
            }),
            ` ${String(field.get("switch_label", "On"))}`,
          ),
        ),
        h("input", {
          id: forID,
          type: "text",
          value: on ? this.state.text : "",
          disabled: !on,
          style: input,
          onChange: (event: Event) => {
            this.setState({ text: valueOf(event) });
            onChange(valueOf(event));
          },
        }),
      );
    },
  });

  const StringOrFalsePreview = createClass({
    render(this: Widget<unknown>) {
      const value = plain(this.props.value);
      return h("p", {}, value === false ? "(none)" : String(value ?? ""));
    },
  });

  cms.registerWidget("weekly-hours", WeeklyControl, WeeklyPreview);
  cms.registerWidget("hours-exceptions", ExceptionsControl, ExceptionsPreview);
  cms.registerWidget("string-or-false", StringOrFalseControl, StringOrFalsePreview);
}

// The editor's start (start.ts) calls every registration here before it starts the editor.
if (typeof window !== "undefined") {
  const target = window as unknown as { CMS_WIDGETS?: Array<(cms: Cms) => void> };
  (target.CMS_WIDGETS ??= []).push(register);
}
