// The editor's text boxes with a length rule (Decap CMS widgets "counted-string" and
// "counted-text", named by src/lib/cms/fields.ts from the schema's own most): the box and, under
// it, a live count of characters against the most ("142 / 160"), so the marketer sees the rule
// before saving. Bounds are not checked here: the build's check refuses a value out of bounds at
// save, in the catalogue's words, beside this field (src/admin/editor.ts).
import { EDITOR_NOTICES } from "../lib/content/messages.ts";
import { onEditorStart, type DecapCms, type H, type CreateClass, type WidgetProps } from "./registry.ts";

/** The class of the count under a box (the tests and the editor's styles find it by it). */
export const COUNT_CLASS = "editor-count";

/** Characters as the schema counts them (a zod string's length), so the count and the rule agree. */
export const characters = (value: unknown): number => (typeof value === "string" ? value.length : 0);

function register(cms: DecapCms) {
  const browser = window as unknown as { h: H; createClass: CreateClass };
  const { h, createClass } = browser;

  const control = (multiline: boolean) =>
    createClass({
      render(this: { props: WidgetProps }) {
        const { value, forID, classNameWrapper, field, onChange, setActiveStyle, setInactiveStyle } =
          this.props;
        const max = Number(field.get("max_length"));
        const count = characters(value);
        const countId = `${forID}-count`;
        const over = count > max;
        return h(
          "div",
          null,
          h(multiline ? "textarea" : "input", {
            id: forID,
            className: classNameWrapper,
            value: typeof value === "string" ? value : "",
            ...(multiline
              ? { rows: 3, style: { resize: "vertical", minHeight: "5.5em" } }
              : { type: "text" }),
            "aria-describedby": countId,
            onFocus: setActiveStyle,
            onBlur: setInactiveStyle,
            onChange: (event: Event) => onChange((event.target as HTMLInputElement).value),
          }),
          h(
            "p",
            {
              id: countId,
              className: COUNT_CLASS,
              style: {
                margin: "4px 0 0",
                textAlign: "right",
                font: over ? "600 13px/1.4 system-ui,sans-serif" : "13px/1.4 system-ui,sans-serif",
                color: over ? "#b3261e" : "#4a5160",
              },
            },
            EDITOR_NOTICES.characterCount(count, max),
          ),
        );
      },
    });

  const preview = createClass({
    render(this: { props: WidgetProps }) {
      return h("p", {}, typeof this.props.value === "string" ? this.props.value : "");
    },
  });

  cms.registerWidget("counted-string", control(false), preview);
  cms.registerWidget("counted-text", control(true), preview);
}

// Queued for the editor's start (start.ts), which runs every registration before the editor starts.
if (typeof window !== "undefined") onEditorStart(register);
