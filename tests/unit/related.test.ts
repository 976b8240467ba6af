import { describe, expect, it } from "vitest";
import { relatedPostsFinder, type RelatableEntry } from "../../src/lib/content/related";

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
