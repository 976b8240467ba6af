import { describe, expect, it } from "vitest";
import { feedDescription } from "../../src/lib/content/feed.ts";

describe("feedDescription", () => {
  it("carries a description's words to a feed reader as words, never as markup it would render", () => {
    expect(feedDescription('Sleep <img src="https://evil.example/p.gif"> & rest')).toBe(
      "Sleep &lt;img src=&quot;https://evil.example/p.gif&quot;&gt; &amp; rest",
    );
  });
});
