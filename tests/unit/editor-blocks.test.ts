import { describe, expect, it } from "vitest";
import { editorBlocks } from "../../src/admin/blocks.ts";
import type { EditorContent } from "../../src/lib/cms/config.ts";
import { highlightModel } from "../support/throwaway-model.ts";
import { CALLOUT_KINDS } from "../../src/lib/content/callout.ts";
import { COMPONENT_MODEL, EDITOR_BLOCKS } from "../../src/lib/content/body-model.ts";

const content: EditorContent = {
  tags: [],
  massageTypes: ["deep-tissue", "relaxation"],
  massageTypeChoices: [
    { value: "deep-tissue", label: "Deep tissue" },
    { value: "relaxation", label: "Relaxation" },
  ],
};
const blocks = editorBlocks(content);
const block = (id: string) => {
  const found = blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
};

/** What the editor does to a block in a saved body: reads it with the pattern, then writes it back. */
function roundTrip(id: string, text: string): string {
  const match = block(id).pattern.exec(text);
  expect(match, `${id} reads ${text}`).not.toBeNull();
  return block(id).toBlock(block(id).fromBlock(match as RegExpMatchArray));
}

describe("the editor's body blocks write what they read", () => {
  it("offers one block for each component of the editor's configuration", () => {
    expect(blocks.map((candidate) => candidate.id)).toEqual([...EDITOR_BLOCKS]);
  });

  const saved: Array<[string, string]> = [
    [
      "callout",
      '<Callout kind="warning" title="Before you book">\n\nAsk your doctor **first**.\n\n</Callout>',
    ],
    ["callout", '<Callout kind="note">\n\nA tip.\n\n</Callout>'],
    [
      "callout",
      '<Callout kind="note" title="Say &quot;stop&quot; &amp; we stop">\n\nAny time.\n\n</Callout>',
    ],
    ["booking-button", '<BookingButton service="relaxation">Book a relaxation massage</BookingButton>'],
    ["booking-button", "<BookingButton />"],
    ["quiz-callout", "<QuizCallout />"],
    ["quiz", "<Quiz />"],
    ["figure", '<Figure src="./images/room.jpg" alt="The treatment room" caption="Our room" />'],
    ["figure", '<Figure src="./images/room.jpg" alt="A &quot;quiet&quot; room" />'],
    ["youtube", '<YouTube id="dQw4w9WgXcQ" title="A neck stretch, shown slowly" />'],
  ];
  for (const [id, text] of saved) {
    it(`${id}: ${text.split("\n")[0]} is saved unchanged`, () => {
      expect(roundTrip(id, text)).toBe(text);
    });
  }

  it("gives a new callout the first kind, and quotes typed text in attributes", () => {
    expect(block("callout").toBlock({ kind: "", title: 'Say "stop"', children: "Text" })).toBe(
      '<Callout kind="note" title="Say &quot;stop&quot;">\n\nText\n\n</Callout>',
    );
    expect(block("figure").toBlock({ src: "a.jpg", alt: "Towels & oil", caption: "" })).toBe(
      '<Figure src="a.jpg" alt="Towels &amp; oil" />',
    );
  });

  it("lists massage types by name and callout kinds in the dropdowns", () => {
    const options = (id: string, field: string) =>
      (block(id).fields as Array<{ name: string; options?: unknown }>).find((f) => f.name === field)?.options;
    expect(options("booking-button", "service")).toEqual(content.massageTypeChoices);
    expect(options("callout", "kind")).toEqual(CALLOUT_KINDS);
  });

  it("names each field as the editor shows it, in the order the block writes it", () => {
    const fields = (id: string) =>
      (block(id).fields as Array<{ name: string; label: string; widget: string; required?: boolean }>).map(
        (field) => [field.name, field.label, field.widget, field.required ?? true],
      );
    expect(fields("callout")).toEqual([
      ["kind", "Kind", "select", true],
      ["title", "Heading", "string", false],
      ["children", "Text", "markdown", true],
    ]);
    expect(fields("booking-button")).toEqual([
      ["service", "Massage type", "select", false],
      ["children", "Button text", "string", false],
    ]);
    expect(fields("figure")).toEqual([
      ["src", "Image", "image", true],
      ["alt", "Description (alt text)", "string", true],
      ["caption", "Caption", "string", false],
    ]);
    expect(fields("youtube").map(([name]) => name)).toEqual(["id", "title"]);
    expect(fields("quiz")).toEqual([]);
  });

  it("leaves a use with an attribute its block has no field for as text, so nothing is lost", () => {
    expect(
      block("youtube").pattern.exec('<YouTube id="dQw4w9WgXcQ" title="A stretch" start="30" />'),
    ).toBeNull();
  });
});

describe("a component added to the model", () => {
  const withHighlight = editorBlocks(content, { ...COMPONENT_MODEL, ...highlightModel() });
  const highlight = withHighlight.find((candidate) => candidate.id === "highlight");

  it("gets its block from its declaration alone, with its fields", () => {
    expect(highlight?.label).toBe("Highlighted words");
    expect(highlight?.fields).toEqual([
      { name: "tone", label: "Tone", widget: "select", options: ["calm", "bright"], default: "calm" },
      { name: "children", label: "Words", widget: "string", required: false },
    ]);
  });

  it("reads and writes the component as a post uses it", () => {
    const used = '<Highlight tone="calm">a highlighted phrase</Highlight>';
    const match = highlight?.pattern.exec(used);
    expect(match).not.toBeNull();
    expect(highlight?.fromBlock(match as RegExpMatchArray)).toEqual({
      tone: "calm",
      children: "a highlighted phrase",
    });
    expect(highlight?.toBlock({ tone: "", children: "words" })).toBe(
      '<Highlight tone="calm">words</Highlight>',
    );
  });
});
