// The content editor's widgets for the practice settings (Decap CMS): the weekly opening hours,
// the dated changes to them (holidays, closures, special hours) and a setting that is either a
// name or switched off (`booking.serviceParam: false`). The editor's configuration names them
// from the schemas' own `editorWidget` (src/lib/cms/fields.ts). Each writes exactly the forms
// content/settings.yaml is read in (src/lib/site/hours.ts), and refuses to save what the build
// would refuse: a closing time before the opening time, ranges out of order, a last day before the
// first, two changes on one date. Every input is a labelled native control (time and date inputs,
// radio buttons, buttons), so the widgets work by keyboard and with a screen reader.
(() => {
  const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
  const DAY_NAMES = {
    monday: "Monday",
    tuesday: "Tuesday",
    wednesday: "Wednesday",
    thursday: "Thursday",
    friday: "Friday",
    saturday: "Saturday",
    sunday: "Sunday",
  };
  const RANGE = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/;
  const DATE = /^\d{4}-\d{2}-\d{2}$/;

  /** Decap hands a widget Immutable values when they come from the file, plain ones after an edit. */
  const plain = (value) => (value && typeof value.toJS === "function" ? value.toJS() : value);
  const pad = (hours) => String(hours).padStart(2, "0");

  /** One day's hours as the file holds them ("closed", "09:00-17:00" or a list) → the form's model. */
  function dayModel(raw) {
    if (raw === "closed" || raw === undefined || raw === null) {
      return { closed: raw === "closed", ranges: [{ open: "", close: "" }], list: true };
    }
    const texts = Array.isArray(raw) ? raw : [raw];
    const ranges = texts.map((text) => {
      const match = RANGE.exec(String(text));
      return match
        ? { open: `${pad(match[1])}:${match[2]}`, close: `${pad(match[3])}:${match[4]}` }
        : { open: "", close: "" };
    });
    return {
      closed: false,
      ranges: ranges.length > 0 ? ranges : [{ open: "", close: "" }],
      list: Array.isArray(raw),
    };
  }

  /** The form's model → the file's form: "closed", or the ranges (a list when the file had one). */
  function dayValue(model) {
    if (model.closed) return "closed";
    const texts = model.ranges.map((range) => `${range.open}-${range.close}`);
    return texts.length === 1 && !model.list ? texts[0] : texts;
  }

  const minutes = (time) => {
    const [hours, mins] = time.split(":").map(Number);
    return hours * 60 + mins;
  };

  /** What is wrong with one day's (or one change's) hours, or undefined. */
  function dayProblem(model, what) {
    if (model.closed) return undefined;
    let previousClose = -1;
    for (const [index, range] of model.ranges.entries()) {
      const which = model.ranges.length > 1 ? ` (${index === 0 ? "first" : "after the break"})` : "";
      if (!range.open || !range.close) return `${what}${which}: fill in the opening and the closing time.`;
      if (minutes(range.close) <= minutes(range.open)) {
        return `${what}${which}: the closing time must be after the opening time.`;
      }
      if (minutes(range.open) < previousClose) {
        return `${what}: the hours after the break must start after the first ones end.`;
      }
      previousClose = minutes(range.close);
    }
    return undefined;
  }

  function register(cms) {
    const h = window.h;
    const createClass = window.createClass;

    const box = {
      border: "1px solid #cdd3dc",
      borderRadius: "5px",
      padding: "0.5rem 1rem",
      margin: "0 0 0.75rem",
    };
    const row = {
      display: "flex",
      flexWrap: "wrap",
      gap: "0.75rem",
      alignItems: "center",
      margin: "0.4rem 0",
    };
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
    const label = (htmlFor, text) => h("label", { htmlFor, style: { marginRight: "0.3rem" } }, text);

    /**
     * One day's hours: closed or open; when open, one range and optionally a second one after a
     * break. `name` prefixes every label ("Saturday opens"), so each input has its own name.
     */
    function hoursInputs({ id, name, model, onChange, closedLabel = "Closed", openLabel = "Open" }) {
      const set = (change) => onChange({ ...model, ...change });
      const setRange = (index, change) =>
        set({ ranges: model.ranges.map((range, at) => (at === index ? { ...range, ...change } : range)) });
      const radio = (closed, text) =>
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
                onChange: (event) => setRange(index, { open: event.target.value }),
              }),
              label(`${id}-${index}-close`, `${name} closes${again}`),
              h("input", {
                id: `${id}-${index}-close`,
                type: "time",
                value: range.close,
                style: input,
                onChange: (event) => setRange(index, { close: event.target.value }),
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
              onClick: () => set({ ranges: [...model.ranges, { open: "", close: "" }], list: true }),
            },
            `Add a break on ${name}`,
          ),
      ];
    }

    // ----- The weekly hours: hours.weekly -----
    const WeeklyControl = createClass({
      getInitialState() {
        const value = plain(this.props.value) ?? {};
        return { days: Object.fromEntries(DAYS.map((day) => [day, dayModel(value[day])])), edited: {} };
      },
      isValid() {
        for (const day of DAYS) {
          const problem = dayProblem(this.state.days[day], DAY_NAMES[day]);
          if (problem) return { error: { message: problem } };
        }
        return true;
      },
      change(day, model) {
        const days = { ...this.state.days, [day]: model };
        const edited = { ...this.state.edited, [day]: true };
        this.setState({ days, edited });
        const before = plain(this.props.value) ?? {};
        // Days not touched keep the file's own text, so saving changes nothing else.
        const value = Object.fromEntries(
          DAYS.map((name) => [name, edited[name] ? dayValue(days[name]) : before[name]]),
        );
        this.props.onChange(value);
      },
      render() {
        const { forID, classNameWrapper } = this.props;
        return h(
          "div",
          { id: forID, className: classNameWrapper, tabIndex: -1 },
          DAYS.map((day) =>
            h(
              "fieldset",
              { key: day, style: box },
              h("legend", { style: { fontWeight: 600 } }, DAY_NAMES[day]),
              hoursInputs({
                id: `${forID}-${day}`,
                name: DAY_NAMES[day],
                model: this.state.days[day],
                onChange: (model) => this.change(day, model),
              }),
            ),
          ),
        );
      },
    });

    const rangesText = (raw) => {
      if (raw === "closed") return "closed";
      return (Array.isArray(raw) ? raw : [raw]).join(", ");
    };

    const WeeklyPreview = createClass({
      render() {
        const value = plain(this.props.value) ?? {};
        return h(
          "dl",
          {},
          DAYS.flatMap((day) => [
            h("dt", { key: `${day}-name` }, DAY_NAMES[day]),
            h("dd", { key: `${day}-hours` }, rangesText(value[day])),
          ]),
        );
      },
    });

    // ----- Holidays and other changes: hours.exceptions -----
    const exceptionModel = (raw) => ({
      label: raw.label ?? "",
      from: raw.from ?? "",
      to: raw.to ?? "",
      hours: dayModel(raw.hours ?? "closed"),
    });

    /** A change in the file's own order of keys: label, from, to (only for several days), hours. */
    const exceptionValue = (model) => ({
      label: model.label,
      from: model.from,
      ...(model.to ? { to: model.to } : {}),
      hours: dayValue(model.hours),
    });

    const ExceptionsControl = createClass({
      getInitialState() {
        const items = plain(this.props.value) ?? [];
        return { items: items.map((raw) => ({ model: exceptionModel(raw), raw, edited: false })) };
      },
      isValid() {
        const { items } = this.state;
        for (const [index, { model }] of items.entries()) {
          const name = `Change ${index + 1}${model.label.trim() ? ` (${model.label.trim()})` : ""}`;
          if (model.label.trim().length < 2) {
            return { error: { message: `${name}: say what it is for, for example "Thanksgiving".` } };
          }
          if (!DATE.test(model.from)) return { error: { message: `${name}: pick the first day.` } };
          if (model.to && !DATE.test(model.to)) return { error: { message: `${name}: pick the last day.` } };
          if (model.to && model.to < model.from) {
            return { error: { message: `${name}: the last day must be on or after the first day.` } };
          }
          const problem = dayProblem(model.hours, name);
          if (problem) return { error: { message: problem } };
        }
        const sorted = items.map(({ model }) => model).sort((a, b) => a.from.localeCompare(b.from));
        for (let index = 1; index < sorted.length; index += 1) {
          const previous = sorted[index - 1];
          if (sorted[index].from <= (previous.to || previous.from)) {
            return {
              error: {
                message: `"${sorted[index].label}" overlaps "${previous.label}": give each date one rule.`,
              },
            };
          }
        }
        return true;
      },
      update(items, focus) {
        this.setState({ items }, () => {
          if (focus) document.getElementById(focus)?.focus();
        });
        // Changes not touched keep the file's own text, so saving changes nothing else.
        this.props.onChange(items.map((item) => (item.edited ? exceptionValue(item.model) : item.raw)));
      },
      change(index, change) {
        this.update(
          this.state.items.map((item, at) =>
            at === index ? { ...item, model: { ...item.model, ...change }, edited: true } : item,
          ),
        );
      },
      add() {
        const model = { label: "", from: "", to: "", hours: dayModel("closed") };
        const items = [...this.state.items, { model, raw: undefined, edited: true }];
        this.update(items, `${this.props.forID}-${items.length - 1}-label`);
      },
      remove(index) {
        this.update(
          this.state.items.filter((_, at) => at !== index),
          `${this.props.forID}-add`,
        );
      },
      render() {
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
                onChange: (event) => this.change(index, { label: event.target.value }),
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
                onChange: (event) => this.change(index, { from: event.target.value }),
              }),
              label(`${id}-to`, "Last day (leave empty for one day)"),
              h("input", {
                id: `${id}-to`,
                type: "date",
                value: model.to,
                min: model.from || undefined,
                style: input,
                onChange: (event) => this.change(index, { to: event.target.value }),
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
      render() {
        const items = plain(this.props.value) ?? [];
        return h(
          "ul",
          {},
          items.map((item, index) =>
            h(
              "li",
              { key: index },
              `${item.label}: ${item.from}${item.to ? ` to ${item.to}` : ""}, ${rangesText(item.hours)}`,
            ),
          ),
        );
      },
    });

    // ----- A name, or false for "none": booking.serviceParam -----
    const StringOrFalseControl = createClass({
      getInitialState() {
        const value = plain(this.props.value);
        return { text: typeof value === "string" ? value : "" };
      },
      isValid() {
        const value = plain(this.props.value);
        if (value !== false && !String(value ?? "").trim()) {
          const name = this.props.field.get("label", this.props.field.get("name"));
          return { error: { message: `${name}: write it, or turn the switch off.` } };
        }
        return true;
      },
      render() {
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
                onChange: (event) => onChange(event.target.checked ? this.state.text : false),
              }),
              ` ${field.get("switch_label", "On")}`,
            ),
          ),
          h("input", {
            id: forID,
            type: "text",
            value: on ? this.state.text : "",
            disabled: !on,
            style: input,
            onChange: (event) => {
              this.setState({ text: event.target.value });
              onChange(event.target.value);
            },
          }),
        );
      },
    });

    const StringOrFalsePreview = createClass({
      render() {
        const value = plain(this.props.value);
        return h("p", {}, value === false ? "(none)" : String(value ?? ""));
      },
    });

    cms.registerWidget("weekly-hours", WeeklyControl, WeeklyPreview);
    cms.registerWidget("hours-exceptions", ExceptionsControl, ExceptionsPreview);
    cms.registerWidget("string-or-false", StringOrFalseControl, StringOrFalsePreview);
  }

  // The editor page's script (cms.js) calls every registration here before it starts the editor.
  (window.CMS_WIDGETS = window.CMS_WIDGETS || []).push(register);
})();
