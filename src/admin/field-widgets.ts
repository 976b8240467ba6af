// Two of the editor's field widgets (Decap CMS), bundled with the editor's checks
// (src/admin/editor.ts, /admin/editor.js) and named in the editor's configuration
// (src/lib/cms/config.ts):
// - "site-tags": the tags in use to choose from, and a new tag typed in. A new tag is held to the
//   build's tag rule (`tag()` in src/lib/content/fields.ts) as it is added, and a refused one gets
//   the catalogue's message under the box; Decap's select offers only the listed tags ("No options").
// - "brand-colour": the browser's own colour picker beside the colour code, with the contrast the
//   build works out for that colour (brandContrasts in src/lib/site/brand.ts) under it: the same
//   numbers, and the catalogue's message when the build would refuse it. Decap's "color" widget
//   opens its picker from a swatch that cannot be reached by keyboard and can write rgba() values,
//   which the settings do not accept (docs/decisions/editor-colour-field.md).
import { tag } from "../lib/content/fields.ts";
import { EDITOR_NOTICES } from "../lib/content/messages.ts";
import { problem } from "../lib/content/problems.ts";
import { tagSuggestion } from "../lib/content/yaml-source.ts";
import { AA_TEXT, brandContrastFailures, brandContrasts, isHexColour, ratioText } from "../lib/site/brand.ts";
import {
  onEditorStart,
  type DecapCms,
  type H,
  type CreateClass,
  type ImmutableLike,
  type Widget,
} from "./registry.ts";

/** Decap hands a widget Immutable values when they come from the file, plain ones after an edit. */
const plain = (value: unknown): unknown =>
  value && typeof (value as ImmutableLike).toJS === "function" ? (value as ImmutableLike).toJS() : value;

/** The entry's tags as a list of text. */
export function tagList(value: unknown): string[] {
  const list = plain(value);
  return Array.isArray(list) ? list.map(String) : typeof list === "string" && list !== "" ? [list] : [];
}

/** The catalogue's words for a tag the build would refuse, or undefined when it is in tag style. */
export function tagMistake(value: string): string | undefined {
  if (tag().safeParse(value).success) return undefined;
  const found = problem("tagStyle", { value, suggestion: tagSuggestion(value) }, { file: "", field: "tags" });
  return `${found.what} ${found.fix}`;
}

/** The other brand colour's value in the entry, or its default. */
function otherColour(entry: ImmutableLike | undefined, name: string): string | undefined {
  const other = name === "accent" ? "onAccent" : "accent";
  const value = plain(entry?.getIn?.(["data", "brand", other]));
  if (typeof value === "string" && isHexColour(value)) return value;
  return other === "onAccent" ? "#ffffff" : undefined;
}

/**
 * What the build says of this colour with the other one as it stands: the catalogue's message when
 * it would refuse it, else each pair this colour is judged in, with its contrast and the rule.
 */
export function contrastNote(
  name: string,
  value: string,
  other: string | undefined,
): { refused: boolean; text: string } | undefined {
  if (!isHexColour(value)) return undefined;
  const accent = name === "accent" ? value : other;
  const onAccent = name === "accent" ? (other ?? "#ffffff") : value;
  if (!accent) return undefined;
  const setting = `brand.${name}`;
  const failure = brandContrastFailures({ accent, onAccent }).find((each) => each.setting === setting);
  if (failure) {
    const found = problem(
      "lowContrast",
      {
        setting,
        value: failure.value,
        pair: failure.pair,
        ratio: ratioText(failure.ratio),
        ...(failure.suggestion ? { suggestion: failure.suggestion } : {}),
      },
      { file: "", field: setting },
    );
    return { refused: true, text: `${found.what} ${found.fix}` };
  }
  // The accent is judged on the page and under the button's text; the text only on the accent.
  const pairs = brandContrasts({ accent, onAccent })
    .filter((pair) => name === "accent" || pair.setting === setting)
    .map(({ pair, ratio }) => ({ pair, ratio: ratioText(ratio) }));
  return { refused: false, text: EDITOR_NOTICES.contrastPasses(pairs, ratioText(AA_TEXT)) };
}

const MESSAGE_STYLE = {
  margin: "0.4rem 0 0",
  padding: "0.4rem 0.6rem",
  background: "#fff4f2",
  color: "#5c1a10",
  borderLeft: "4px solid #b3261e",
  font: "14px/1.4 system-ui,sans-serif",
};
const NOTE_STYLE = { margin: "0.4rem 0 0", color: "#1b3d2f", font: "14px/1.4 system-ui,sans-serif" };

function register(cms: DecapCms) {
  const browser = window as unknown as { h: H; createClass: CreateClass };
  const { h, createClass } = browser;

  type TagState = { text: string; mistake: string | undefined };
  type TagWidget = Widget<TagState> & { add(): boolean };

  const TagsControl = createClass({
    getInitialState(this: Widget<TagState>): TagState {
      return { text: "", mistake: undefined };
    },
    // A tag still in the box when the entry is saved: refused with the catalogue's words.
    isValid(this: Widget<TagState>) {
      const text = this.state.text.trim();
      const mistake = text === "" ? undefined : tagMistake(text);
      return mistake ? { error: { message: mistake } } : true;
    },
    /** Adds the tag in the box when the build would accept it; says why not otherwise. */
    add(this: TagWidget): boolean {
      const text = this.state.text.trim();
      if (text === "") return false;
      const mistake = tagMistake(text);
      if (mistake) {
        this.setState({ mistake });
        return false;
      }
      const tags = tagList(this.props.value);
      if (!tags.includes(text)) this.props.onChange([...tags, text]);
      this.setState({ text: "", mistake: undefined });
      return true;
    },
    render(this: TagWidget) {
      const { forID, classNameWrapper, field, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const tags = tagList(this.props.value);
      const options = ((plain(field.get("options")) as unknown[] | undefined) ?? []).map(String);
      const listId = `${forID}-tags-in-use`;
      const messageId = `${forID}-tag-message`;
      return h(
        "div",
        { className: classNameWrapper },
        h(
          "ul",
          {
            "aria-label": "Chosen tags",
            style: {
              display: "flex",
              flexWrap: "wrap",
              gap: "0.5rem",
              listStyle: "none",
              margin: 0,
              padding: 0,
            },
          },
          tags.map((each) =>
            h(
              "li",
              {
                key: each,
                style: {
                  display: "flex",
                  alignItems: "center",
                  gap: "0.25rem",
                  background: "#e8f0fe",
                  color: "#0b3d91",
                  borderRadius: "4px",
                  padding: "0.1rem 0.25rem 0.1rem 0.5rem",
                },
              },
              each,
              h(
                "button",
                {
                  type: "button",
                  "aria-label": `Remove tag ${each}`,
                  onClick: () => onChange(tags.filter((other) => other !== each)),
                },
                "×",
              ),
            ),
          ),
        ),
        h(
          "div",
          { style: { display: "flex", gap: "0.5rem", marginTop: "0.5rem" } },
          h("input", {
            id: forID,
            type: "text",
            list: listId,
            value: this.state.text,
            autoComplete: "off",
            "aria-describedby": this.state.mistake ? messageId : undefined,
            "aria-invalid": this.state.mistake ? "true" : undefined,
            onFocus: setActiveStyle,
            onBlur: () => {
              setInactiveStyle?.();
              // A tag typed and left: added, as a person expects, or its mistake shown.
              this.add();
            },
            onChange: (event: Event) =>
              this.setState({ text: (event.target as HTMLInputElement).value, mistake: undefined }),
            onKeyDown: (event: KeyboardEvent) => {
              if (event.key !== "Enter") return;
              event.preventDefault();
              this.add();
            },
          }),
          h("button", { type: "button", onClick: () => this.add() }, "Add tag"),
        ),
        h(
          "datalist",
          { id: listId },
          options
            .filter((each) => !tags.includes(each))
            .map((each) => h("option", { key: each, value: each })),
        ),
        this.state.mistake
          ? h("p", { id: messageId, role: "alert", style: MESSAGE_STYLE }, this.state.mistake)
          : null,
      );
    },
  });

  const TagsPreview = createClass({
    render(this: Widget<unknown>) {
      return h("p", {}, tagList(this.props.value).join(", "));
    },
  });

  const ColourControl = createClass({
    render(this: Widget<unknown>) {
      const { forID, classNameWrapper, field, entry, value, onChange, setActiveStyle, setInactiveStyle } =
        this.props;
      const name = String(field.get("name"));
      const text = typeof value === "string" ? value : "";
      const note = contrastNote(name, text, otherColour(entry, name));
      const noteId = `${forID}-contrast`;
      return h(
        "div",
        { className: classNameWrapper },
        h(
          "div",
          { style: { display: "flex", gap: "0.75rem", alignItems: "center" } },
          h("input", {
            type: "color",
            "aria-label": `${String(field.get("label", name))}: colour picker`,
            // The picker shows the colour as a six-digit code; a three-digit one is widened for it.
            value: isHexColour(text) ? widen(text) : "#ffffff",
            onChange: (event: Event) => onChange((event.target as HTMLInputElement).value),
            style: { width: "3rem", height: "2.5rem", padding: 0, border: "1px solid #767676" },
          }),
          h("input", {
            id: forID,
            type: "text",
            value: text,
            placeholder: "#0f5c5a",
            spellCheck: false,
            "aria-describedby": note ? noteId : undefined,
            onFocus: setActiveStyle,
            onBlur: setInactiveStyle,
            onChange: (event: Event) => onChange((event.target as HTMLInputElement).value.trim()),
          }),
        ),
        note
          ? h(
              "p",
              { id: noteId, role: "status", style: note.refused ? MESSAGE_STYLE : NOTE_STYLE },
              note.text,
            )
          : null,
      );
    },
  });

  const ColourPreview = createClass({
    render(this: Widget<unknown>) {
      return h("p", {}, typeof this.props.value === "string" ? this.props.value : "");
    },
  });

  cms.registerWidget("site-tags", TagsControl, TagsPreview);
  cms.registerWidget("brand-colour", ColourControl, ColourPreview);
}

/** "#abc" → "#aabbcc", the form a colour input holds. */
function widen(hex: string): string {
  const digits = hex.slice(1);
  return digits.length === 3
    ? `#${[...digits].map((digit) => digit + digit).join("")}`.toLowerCase()
    : hex.toLowerCase();
}

// Queued for the editor's start (start.ts), which runs every registration before the editor starts.
if (typeof window !== "undefined") onEditorStart(register);
