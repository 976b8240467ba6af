// The editor's date field (Decap CMS widget "site-date", named for every calendar date by
// src/lib/cms/fields.ts), bundled with the editor's checks (src/admin/editor.ts). Decap's own date
// widget reformats the box on every key: typing a year, "2" is year 0002, which its date library
// turns into 1902, and "2027" ends as 1907, saved without a word. This one keeps what is typed and
// hands the editor a date only once it is a whole one (YYYY-MM-DD, a year of four digits), in the
// one form the build accepts.

import { EDITOR_NOTICES } from "../lib/content/messages.ts";
import { onEditorStart, type DecapCms, type H, type CreateClass, type Widget } from "./registry.ts";

/** A whole date as the file holds it: YYYY-MM-DD with a year from 1000 on, a real day. */
export function wholeDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || Number(match[1]) < 1000) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : undefined;
}

/**
 * What the box says under a date that is not a whole one yet (a year typed part way, "0002"), or
 * not one at all (`impossible`: part-filled, or 02/30): the entry still holds its last whole date
 * (`kept`), and the save waits until the box holds a whole date or is cleared (isValid below).
 */
export function unfinishedDate(text: string, kept: string, impossible = false): string | undefined {
  if (impossible) return EDITOR_NOTICES.impossibleDate(kept);
  return text === "" || wholeDate(text) !== undefined ? undefined : EDITOR_NOTICES.unfinishedDate(kept);
}

/** The file's value as YYYY-MM-DD: the editor reads an unquoted YAML date as a Date (UTC midnight). */
export function dateText(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return typeof value === "string" ? value.slice(0, 10) : "";
}

let practiceToday: () => string | undefined = () => undefined;

/**
 * Where "Now" reads today: the practice's day in its time zone (src/admin/editor.ts, as the build
 * counts it), so a post dated "now" is not scheduled for tomorrow in the evening.
 */
export function todayFrom(source: () => string | undefined) {
  practiceToday = source;
}

/** Today for "Now": the practice's, or this computer's until the settings are read. */
const today = () => {
  const now = new Date();
  const pad = (number: number) => String(number).padStart(2, "0");
  return practiceToday() ?? `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

function register(cms: DecapCms) {
  const browser = window as unknown as { h: H; createClass: CreateClass };
  const h = browser.h;
  const createClass = browser.createClass;
  // `impossible`: the box holds a day the calendar does not have (02/30/2026), which a date box
  // reads as no value at all.
  // `drawn` counts the values set by the buttons: a box left part-filled already reads "", so setting
  // "" again would leave its digits; a new box is drawn instead.
  type State = { text: string; impossible: boolean; drawn: number };

  const DateControl = createClass({
    getInitialState(this: Widget<State>): State {
      return { text: dateText(this.props.value), impossible: false, drawn: 0 };
    },
    // Decap asks each field before it saves: an unfinished or impossible date stops the save, said
    // beside the box, instead of the entry being saved with the last whole date or none.
    isValid(this: Widget<State>) {
      const unfinished = unfinishedDate(this.state.text, dateText(this.props.value), this.state.impossible);
      return unfinished ? { error: { message: unfinished } } : true;
    },
    componentDidUpdate(this: Widget<State>) {
      // A value set from outside (the entry loaded, "Now", "Clear"): the box follows it.
      const value = dateText(this.props.value);
      if (value !== "" && value !== this.state.text && wholeDate(this.state.text) !== undefined)
        this.setState({ text: value });
    },
    render(this: Widget<State>) {
      const { forID, classNameWrapper, field, onChange, setActiveStyle, setInactiveStyle } = this.props;
      // The buttons are named by the field's label in the form, as the marketer reads it.
      const name = String(field.get("label") ?? field.get("name"));
      // An emptied date is left out of the file: "" is no date, and the build would refuse it.
      const set = (text: string) => {
        this.setState({ text, impossible: false, drawn: this.state.drawn + 1 });
        onChange(text === "" ? undefined : text);
      };
      const readBadInput = (event: Event) => {
        const impossible = (event.target as HTMLInputElement).validity.badInput;
        if (impossible !== this.state.impossible) this.setState({ impossible });
      };
      const unfinished = unfinishedDate(this.state.text, dateText(this.props.value), this.state.impossible);
      const hintId = `${forID}-unfinished`;
      return h(
        "div",
        {
          className: classNameWrapper,
          style: { display: "flex", flexWrap: "wrap", gap: "8px 20px", alignItems: "center" },
        },
        h("input", {
          key: this.state.drawn,
          id: forID,
          type: "date",
          "aria-invalid": unfinished ? "true" : undefined,
          "aria-describedby": unfinished ? hintId : undefined,
          value: this.state.text,
          min: "1000-01-01",
          max: "9999-12-31",
          onFocus: setActiveStyle,
          // A box left part-filled, or holding a day the calendar lacks, keeps reading "" and raises
          // no event of its own: each key and leaving the box read its `badInput`.
          onKeyUp: readBadInput,
          onBlur: (event: Event) => {
            readBadInput(event);
            setInactiveStyle?.();
          },
          onChange: (event: Event) => {
            const input = event.target as HTMLInputElement;
            const text = input.value;
            this.setState({ text, impossible: input.validity.badInput });
            if (text === "" && input.validity.badInput) return;
            // Only a whole date reaches the entry; the box emptied clears it.
            if (text === "") onChange(undefined);
            else if (wholeDate(text)) onChange(text);
          },
        }),
        h(
          "button",
          { type: "button", "aria-label": `Set ${name} to now`, onClick: () => set(today()) },
          "Now",
        ),
        h("button", { type: "button", "aria-label": `Clear ${name}`, onClick: () => set("") }, "Clear"),
        unfinished &&
          h(
            "p",
            {
              id: hintId,
              style: { flexBasis: "100%", margin: 0, color: "#8a1c13", font: "14px/1.4 system-ui" },
            },
            unfinished,
          ),
      );
    },
  });

  const DatePreview = createClass({
    render(this: Widget<unknown>) {
      return h("p", {}, dateText(this.props.value));
    },
  });

  cms.registerWidget("site-date", DateControl, DatePreview);
}

// Queued for the editor's start (start.ts), which runs every registration before the editor starts.
if (typeof window !== "undefined") onEditorStart(register);
