import { describe, expect, it } from "vitest";
import { listSnippet, snippet } from "../../src/lib/seo/snippet.ts";

// Found in review (2026-12-07): author and team pages' descriptions stopped mid-sentence
// ("…starts every first visit with a…").
describe("snippet", () => {
  const lead = "Jordan Reyes, Licensed massage therapist at Still Point Massage Therapy.";
  const bio =
    "Jordan treats back, neck and shoulder pain and starts every first visit with a conversation about your pain, your health and the pressure you prefer.";

  it("keeps the longest run of whole sentences that fits", () => {
    expect(snippet([`${lead} ${bio}`, bio])).toBe(bio);
    expect(snippet([`${lead} Jordan treats back pain. ${bio}`, bio])).toBe(bio);
    const short =
      "Derrick Allen, Writer for the practice. He wrote the practice's first article on massage for back pain.";
    expect(snippet([`${short} ${bio}`])).toBe(short);
  });

  it("cuts at a word, with an ellipsis, only when no whole sentence says enough", () => {
    const long = `${"word ".repeat(50).trim()}.`;
    const cut = snippet([long]);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/word…$/);
  });

  it("lists whole items after a heading, as many as fit", () => {
    const titles = [
      "Deep Tissue or Swedish Massage for Back Pain",
      "Gentle Movement Between Sessions",
      "x".repeat(80),
    ];
    expect(listSnippet("Articles reviewed by Jordan Reyes", titles)).toBe(
      "Articles reviewed by Jordan Reyes: Deep Tissue or Swedish Massage for Back Pain, Gentle Movement Between Sessions",
    );
  });
});
