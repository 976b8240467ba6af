import { describe, expect, it } from "vitest";
import { relatedPostsFinder, type RelatableEntry } from "../../src/lib/content/related.ts";

const relatedPosts = (current: RelatableEntry, candidates: RelatableEntry[]) =>
  relatedPostsFinder(candidates)(current);

const post = (id: string, tags: string[], date: string, related?: string[]): RelatableEntry => ({
  id,
  data: { tags, pubDate: new Date(date), related },
});

describe("related posts", () => {
  const current = post("current", ["back-pain", "sciatica"], "2026-01-01");
  const common1 = post("common1", ["back-pain"], "2026-05-01");
  const common2 = post("common2", ["back-pain"], "2026-04-01");
  const rare = post("rare", ["sciatica"], "2025-01-01");
  const unrelated = post("unrelated", ["sleep"], "2026-09-01");
  const all = [current, common1, common2, rare, unrelated];

  it("never includes the post itself and returns at most three", () => {
    const result = relatedPosts(current, all);
    expect(result).toHaveLength(3);
    expect(result.map((p) => p.id)).not.toContain("current");
  });

  it("ranks a shared rare tag above a shared common one", () => {
    expect(relatedPosts(current, all)[0]?.id).toBe("rare");
  });

  it("breaks ties by recency", () => {
    expect(relatedPosts(current, all).map((p) => p.id)).toEqual(["rare", "common1", "common2"]);
  });

  it("fills with newest posts when few share a tag", () => {
    const lonely = post("lonely", ["unique"], "2026-01-01");
    expect(relatedPosts(lonely, [lonely, ...all.slice(1)]).map((p) => p.id)).toEqual([
      "unrelated",
      "common1",
      "common2",
    ]);
  });

  it("puts the related: list first, in its order, then fills by ranking", () => {
    const withOverride = post("current", ["back-pain", "sciatica"], "2026-01-01", ["unrelated"]);
    expect(relatedPosts(withOverride, [withOverride, ...all.slice(1)]).map((p) => p.id)).toEqual([
      "unrelated",
      "rare",
      "common1",
    ]);
  });

  it("ignores a related: entry that is not among the published candidates (e.g. a draft)", () => {
    const withDraft = post("current", ["back-pain"], "2026-01-01", ["a-draft"]);
    expect(relatedPosts(withDraft, [withDraft, common1]).map((p) => p.id)).toEqual(["common1"]);
  });
});

describe("related posts in a large library", () => {
  // A deterministic library: tags, dates and hand-picked `related:` vary from post to post.
  const TAGS = ["back-pain", "neck-pain", "sleep", "stress", "posture", "sciatica", "research"];
  const library = Array.from({ length: 150 }, (_, index) =>
    post(
      `post-${index}`,
      [TAGS[index % 7] ?? "", TAGS[(index * 3 + 1) % 7] ?? "", index % 5 === 0 ? "research" : "sleep"],
      `2025-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 27) + 1).padStart(2, "0")}`,
      index % 11 === 0 ? [`post-${(index + 7) % 150}`] : undefined,
    ),
  );

  /** The rule written the plain way: score every other post, sort them all, take the first ones. */
  function sortEverything(current: RelatableEntry, limit: number): string[] {
    const counts = new Map<string, number>();
    for (const entry of library)
      for (const tag of new Set(entry.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const rarity = (tag: string) => Math.log(1 + library.length / (counts.get(tag) ?? 1));
    const chosen = (current.data.related ?? []).filter((id) => id !== current.id);
    const scores = new Map(
      library.map((entry) => [
        entry,
        [...new Set(entry.data.tags)]
          .filter((tag) => current.data.tags.includes(tag))
          .reduce((sum, tag) => sum + rarity(tag), 0),
      ]),
    );
    const score = (entry: RelatableEntry) => scores.get(entry) ?? 0;
    const ranked = library
      .filter((entry) => entry.id !== current.id && !chosen.includes(entry.id))
      .sort(
        (a, b) =>
          score(b) - score(a) ||
          b.data.pubDate.getTime() - a.data.pubDate.getTime() ||
          a.id.localeCompare(b.id),
      )
      .map((entry) => entry.id);
    return [...chosen, ...ranked].slice(0, limit);
  }

  it("picks what sorting every post would pick, for every post and list length", () => {
    for (const limit of [1, 3, 5]) {
      const relatedTo = relatedPostsFinder(library, limit);
      for (const current of library) {
        expect(relatedTo(current).map((entry) => entry.id)).toEqual(sortEverything(current, limit));
      }
    }
  });
});
