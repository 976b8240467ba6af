// The content editor's widgets for the practice settings (Decap CMS), bundled for the browser with
// the editor's checks (src/admin/editor.ts, /admin/editor.js): the weekly opening hours, the dated
// changes to them (holidays, closures, special hours) and a setting that is either a name or
// switched off (`booking.serviceParam: false`). The editor's configuration names them from the
// schemas' own `editorWidget` (src/lib/cms/fields.ts). Each writes exactly the forms
// content/settings.yaml is read in, and refuses what the build refuses with the build's own rules
// (src/lib/site/hours-form.ts, the form model, with hours.ts), so the rules have one
// copy. Every input is a labelled native control (time and date inputs, radio buttons, buttons),
// so the widgets work by keyboard and with a screen reader.
import { WEEKDAYS, weekdayName, type Weekday } from "../lib/site/hours.ts";
import {
  EMPTY_RANGE,
  dayValue,
  exceptionModel,
  exceptionName,
  exceptionProblemsAt,
  exceptionValue,
  newException,
  weekModel,
  weekProblems,
  wrongTime,
  type DayModel,
  type ExceptionModel,
  type Range,
} from "../lib/site/hours-form.ts";
import { onEditorStart, type DecapCms, type H, type CreateClass, type Widget } from "./registry.ts";
// The widgets' look, bundled as text (src/integrations/cms-admin.ts) and added to the page once.
import stylesheet from "./hours-widget.css?raw";

type Raw = unknown;

/** Decap hands a widget Immutable values when they come from the file, plain ones after an edit. */
const plain = (value: Raw): unknown =>
  value && typeof (value as { toJS?: unknown }).toJS === "function"
    ? (value as { toJS(): unknown }).toJS()
    : value;

function register(cms: DecapCms) {
  const browser = window as unknown as { h: H; createClass: CreateClass };
  const h = browser.h;
  const createClass = browser.createClass;
  const style = document.createElement("style");
  style.textContent = stylesheet;
  document.head.append(style);

  /** A mistake, shown inside the fieldset of the day or change it is about. */
  const problemText = (id: string, text: string | undefined) =>
    text ? h("p", { key: "problem", id, role: "alert", className: "hours-problem" }, text) : null;
  /**
   * Brings the first marked day or change into view, the input at fault focused (`input`: the part
   * of its id after the fieldset's), or else its first input.
   */
  const focusFirst = (id: string | undefined, input?: string) =>
    requestAnimationFrame(() => {
      const fieldset = id ? document.getElementById(id) : null;
      fieldset?.scrollIntoView({ block: "center" });
      const inputs =
        (input ? document.getElementById(`${id}-${input}`) : null) ??
        fieldset?.querySelector("input:not([type=radio])") ??
        fieldset?.querySelector("input:checked");
      (inputs as HTMLInputElement | null | undefined)?.focus();
    });
  /** The input at fault: marked invalid and described by the fieldset's message. */
  const marked = (id: string, wrong: string | undefined, problemId: string | undefined) =>
    problemId && wrong === id ? { "aria-invalid": "true", "aria-describedby": problemId } : {};
  /** The group's own message (Decap shows it at the top of the group): where to look. */
  const summary = (names: readonly string[], what: "day" | "change") =>
    `${names.length === 1 ? `1 ${what} needs` : `${names.length} ${what}s need`} fixing, each marked below: ${names.join(", ")}.`;
  const label = (htmlFor: string, text: string) => h("label", { htmlFor, className: "hours-label" }, text);
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
    /** The id of the input at fault and of the message that says why, once it shows. */
    wrong?: string | undefined;
    problemId?: string | undefined;
  }) {
    const { id, name, model, onChange, closedLabel = "Closed", openLabel = "Open" } = options;
    const { wrong, problemId } = options;
    const set = (change: Partial<DayModel>) => onChange({ ...model, ...change });
    const setRange = (index: number, change: Partial<Range>) =>
      set({ ranges: model.ranges.map((range, at) => (at === index ? { ...range, ...change } : range)) });
    const radio = (closed: boolean, text: string) =>
      h(
        "label",
        { className: "hours-choice" },
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
            { key: index, className: "hours-row" },
            label(`${id}-${index}-open`, `${name} opens${again}`),
            h("input", {
              id: `${id}-${index}-open`,
              ...marked(`${id}-${index}-open`, wrong, problemId),
              type: "time",
              value: range.open,
              className: "hours-input",
              onChange: (event: Event) => setRange(index, { open: valueOf(event) }),
            }),
            label(`${id}-${index}-close`, `${name} closes${again}`),
            h("input", {
              id: `${id}-${index}-close`,
              ...marked(`${id}-${index}-close`, wrong, problemId),
              type: "time",
              value: range.close,
              className: "hours-input",
              onChange: (event: Event) => setRange(index, { close: valueOf(event) }),
            }),
            index > 0 &&
              h(
                "button",
                {
                  type: "button",
                  className: "hours-button",
                  onClick: () => set({ ranges: model.ranges.filter((_, at) => at !== index), list: true }),
                },
                `Remove the break on ${name}`,
              ),
          );
        });
    return [
      h(
        "div",
        { key: "kind", role: "radiogroup", "aria-label": `${name}: open or closed`, className: "hours-row" },
        [radio(true, closedLabel), radio(false, openLabel)],
      ),
      ...ranges,
      !model.closed &&
        model.ranges.length === 1 &&
        h(
          "button",
          {
            key: "break",
            type: "button",
            className: "hours-button",
            onClick: () => set({ ranges: [...model.ranges, { ...EMPTY_RANGE }], list: true }),
          },
          `Add a break on ${name}`,
        ),
    ];
  }

  // ----- The weekly hours: hours.weekly -----
  type WeeklyState = {
    days: Record<Weekday, DayModel>;
    edited: Partial<Record<Weekday, boolean>>;
    /** A save was tried: every day's mistake shows, not only the edited days'. */
    checked: boolean;
  };
  const WeeklyControl = createClass({
    getInitialState(this: Widget<WeeklyState>): WeeklyState {
      const value = (plain(this.props.value) ?? {}) as Record<string, unknown>;
      return { days: weekModel(value), edited: {}, checked: false };
    },
    isValid(this: Widget<WeeklyState>) {
      const wrongDays = WEEKDAYS.filter((day) => weekProblems(this.state.days)[day]);
      const first = wrongDays[0];
      if (!first) return true;
      this.setState({ checked: true });
      focusFirst(`${this.props.forID}-${first}`, wrongTime(this.state.days[first]));
      return { error: { message: summary(wrongDays.map(weekdayName), "day") } };
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
      const problems = weekProblems(this.state.days);
      return h(
        "div",
        {
          id: forID,
          className: classNameWrapper,
          tabIndex: -1,
          // The editor focuses the group itself on a refused save (src/admin/editor.ts): hand the
          // focus on to the first marked day.
          onFocus: (event: FocusEvent) => {
            const first = WEEKDAYS.find((day) => this.state.checked && problems[day]);
            if (event.target === event.currentTarget && first)
              focusFirst(`${forID}-${first}`, wrongTime(this.state.days[first]));
          },
        },
        WEEKDAYS.map((day) => {
          const shown = this.state.checked || this.state.edited[day] ? problems[day] : undefined;
          const time = shown ? wrongTime(this.state.days[day]) : undefined;
          return h(
            "fieldset",
            {
              key: day,
              id: `${forID}-${day}`,
              className: "hours-box",
              "aria-describedby": shown ? `${forID}-${day}-problem` : undefined,
            },
            h("legend", {}, weekdayName(day)),
            problemText(`${forID}-${day}-problem`, shown),
            hoursInputs({
              id: `${forID}-${day}`,
              name: weekdayName(day),
              model: this.state.days[day],
              onChange: (model) => this.change(day, model),
              wrong: time && `${forID}-${day}-${time}`,
              problemId: shown ? `${forID}-${day}-problem` : undefined,
            }),
          );
        }),
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
  type ExceptionsState = {
    items: Item[];
    /** A save was tried: every change's mistake shows, not only the edited changes'. */
    checked: boolean;
  };
  type ExceptionsWidget = Widget<ExceptionsState> & {
    update(items: Item[], focus?: string): void;
    change(index: number, change: Partial<ExceptionModel>): void;
    add(): void;
    remove(index: number): void;
  };
  const ExceptionsControl = createClass({
    getInitialState(this: Widget<ExceptionsState>): ExceptionsState {
      const items = (plain(this.props.value) ?? []) as Array<Record<string, unknown>>;
      return {
        items: items.map((raw) => ({ model: exceptionModel(raw), raw, edited: false })),
        checked: false,
      };
    },
    isValid(this: Widget<ExceptionsState>) {
      const models = this.state.items.map((item) => item.model);
      const problems = exceptionProblemsAt(models);
      const wrongChanges = problems.flatMap((problem, index) => (problem ? [index] : []));
      const first = wrongChanges[0];
      if (first === undefined) return true;
      this.setState({ checked: true });
      focusFirst(`${this.props.forID}-${first}`, problems[first]?.input);
      const names = wrongChanges.map((index) => exceptionName(models[index]!, index));
      return { error: { message: summary(names, "change") } };
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
      const items = [...this.state.items, { model: newException(), raw: undefined, edited: true }];
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
      const problems = exceptionProblemsAt(this.state.items.map((item) => item.model));
      const items = this.state.items.map(({ model, edited }, index) => {
        const id = `${forID}-${index}`;
        const name = `Change ${index + 1}`;
        const shown = this.state.checked || edited ? problems[index]?.message : undefined;
        const input = shown ? problems[index]?.input : undefined;
        const wrong = input && `${id}-${input}`;
        const problemId = shown ? `${id}-problem` : undefined;
        return h(
          "fieldset",
          { key: index, id, className: "hours-box", "aria-describedby": shown ? `${id}-problem` : undefined },
          h("legend", {}, model.label ? `${name}: ${model.label}` : name),
          problemText(`${id}-problem`, shown),
          h(
            "div",
            { className: "hours-row" },
            label(`${id}-label`, "What it is for (shown to visitors)"),
            h("input", {
              id: `${id}-label`,
              ...marked(`${id}-label`, wrong, problemId),
              type: "text",
              value: model.label,
              className: "hours-input hours-input-wide",
              onChange: (event: Event) => this.change(index, { label: valueOf(event) }),
            }),
          ),
          h(
            "div",
            { className: "hours-row" },
            label(`${id}-from`, "First day"),
            h("input", {
              id: `${id}-from`,
              ...marked(`${id}-from`, wrong, problemId),
              type: "date",
              value: model.from,
              className: "hours-input",
              onChange: (event: Event) => this.change(index, { from: valueOf(event) }),
            }),
            label(`${id}-to`, "Last day (leave empty for one day)"),
            h("input", {
              id: `${id}-to`,
              ...marked(`${id}-to`, wrong, problemId),
              type: "date",
              value: model.to,
              min: model.from || undefined,
              className: "hours-input",
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
            wrong,
            problemId,
          }),
          h(
            "div",
            { className: "hours-row" },
            h(
              "button",
              { type: "button", className: "hours-button", onClick: () => this.remove(index) },
              `Remove ${model.label ? `“${model.label}”` : name}`,
            ),
          ),
        );
      });
      return h(
        "div",
        {
          id: forID,
          className: classNameWrapper,
          tabIndex: -1,
          // As the weekly hours do: the focus goes on to the first marked change.
          onFocus: (event: FocusEvent) => {
            const first = problems.findIndex(Boolean);
            if (event.target === event.currentTarget && this.state.checked && first !== -1) {
              focusFirst(`${forID}-${first}`, problems[first]?.input);
            }
          },
        },
        ...items,
        h(
          "button",
          { id: `${forID}-add`, type: "button", className: "hours-button", onClick: () => this.add() },
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
          { className: "hours-row" },
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
          className: "hours-input",
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

// Queued for the editor's start (start.ts), which runs every registration before the editor starts.
if (typeof window !== "undefined") onEditorStart(register);
