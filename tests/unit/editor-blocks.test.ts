import { describe, expect, it } from "vitest";
import { editorBlocks } from "../../src/admin/blocks";
import type { EditorContent } from "../../src/lib/cms/config";
import { EDITOR_BLOCKS } from "../../src/lib/content/body-model";

const content: EditorContent = {
  tags: [],
  massageTypes: ["deep-tissue", "relaxation"],
  massageTypeChoices: [
    { value: "deep-tissue", label: "Deep tissue" },
    { value: "relaxation", label: "Relaxation" },
  ],
  calloutKinds: ["note", "warning", "doctor"],
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
    expect(block("callout").toBlock({ kind: "", title: 'Say "stop"', body: "Text" })).toBe(
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
    expect(options("callout", "kind")).toEqual(content.calloutKinds);
  });
});
