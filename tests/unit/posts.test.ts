import { describe, expect, it } from "vitest";
import {
  byNewestFirst,
  isPublished,
  languagesWithListPage,
  laterListPages,
  listOfLaterPage,
  listPageCount,
  postCard,
} from "../../src/lib/content/posts.ts";
import { neighbours } from "../../src/lib/content/neighbours.ts";
import { dateInTimeZone, practiceToday, startOfDayIn } from "../../src/lib/site/hours.ts";

const today = "2026-06-01";

describe("which posts a build publishes", () => {
  it("publishes a dated, non-draft post", () => {
    expect(isPublished({ draft: false, pubDate: new Date("2026-05-01") }, today, false)).toBe(true);
  });
  it("leaves drafts out of production but shows them while writing", () => {
    expect(isPublished({ draft: true, pubDate: new Date("2026-05-01") }, today, false)).toBe(false);
    expect(isPublished({ draft: true, pubDate: new Date("2026-05-01") }, today, true)).toBe(true);
  });
  it("holds a scheduled post back until a build on or after its date", () => {
    expect(isPublished({ draft: false, pubDate: new Date("2026-07-01") }, today, false)).toBe(false);
    expect(isPublished({ draft: false, pubDate: new Date("2026-06-01") }, today, false)).toBe(true);
    expect(isPublished({ draft: false, pubDate: new Date("2026-07-01") }, today, true)).toBe(true);
  });
  it("sorts newest first, then by slug", () => {
    const posts = [
      { id: "b", data: { pubDate: new Date("2026-01-01") } },
      { id: "c", data: { pubDate: new Date("2026-03-01") } },
      { id: "a", data: { pubDate: new Date("2026-01-01") } },
    ];
    expect(posts.sort(byNewestFirst).map((post) => post.id)).toEqual(["c", "a", "b"]);
  });
  it("finds the newer and older neighbour of a post", () => {
    const list = [{ id: "new" }, { id: "mid" }, { id: "old" }];
    expect(neighbours(list, "mid")).toEqual({ newer: { id: "new" }, older: { id: "old" } });
    expect(neighbours(list, "new").newer).toBeUndefined();
    expect(neighbours(list, "missing")).toEqual({ newer: undefined, older: undefined });
  });
});

describe("a scheduled post goes live on its date in the practice's time zone, not in UTC", () => {
  const post = { draft: false, pubDate: new Date("2026-12-03") };
  const publishedAt = (instant: string, timeZone: string, buildDate?: string) =>
    isPublished(post, practiceToday(new Date(instant), timeZone, buildDate), false);

  it("at 20:00 UTC on Dec 2 it is already Dec 3 in Kiritimati (UTC+14), still Dec 2 in Los Angeles", () => {
    expect(publishedAt("2026-12-02T20:00:00Z", "Pacific/Kiritimati")).toBe(true);
    expect(publishedAt("2026-12-02T20:00:00Z", "America/Los_Angeles")).toBe(false);
  });

  it("at 07:30 UTC on Dec 3 it is still Dec 2 in Pago Pago (UTC-11) and in Los Angeles", () => {
    expect(publishedAt("2026-12-03T07:30:00Z", "Pacific/Pago_Pago")).toBe(false);
    expect(publishedAt("2026-12-03T07:30:00Z", "America/Los_Angeles")).toBe(false);
    expect(publishedAt("2026-12-03T07:30:00Z", "Europe/Berlin")).toBe(true);
  });

  it("just after local midnight in New York it is live, before it is not", () => {
    expect(publishedAt("2026-12-03T04:59:00Z", "America/New_York")).toBe(false);
    expect(publishedAt("2026-12-03T05:01:00Z", "America/New_York")).toBe(true);
  });

  it("BUILD_DATE builds the site as of another day, whatever the clock says", () => {
    expect(publishedAt("2026-12-02T20:00:00Z", "America/Los_Angeles", "2026-12-03")).toBe(true);
    expect(publishedAt("2026-12-05T12:00:00Z", "Pacific/Kiritimati", "2026-12-02")).toBe(false);
    expect(practiceToday(new Date("2026-12-02T20:00:00Z"), "UTC", "not-a-date")).toBe("2026-12-02");
    // A day that does not exist is no BUILD_DATE (a Date would roll it into March).
    expect(practiceToday(new Date("2026-12-02T20:00:00Z"), "UTC", "2026-02-30")).toBe("2026-12-02");
  });
});

describe("the instant a post's day starts where the practice is (a feed's pubDate needs a time)", () => {
  it("is local midnight, in winter and in summer time, east and west of UTC", () => {
    expect(startOfDayIn("2022-01-30", "America/Los_Angeles").toISOString()).toBe("2022-01-30T08:00:00.000Z");
    expect(startOfDayIn("2026-07-01", "America/Los_Angeles").toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(startOfDayIn("2026-03-14", "Pacific/Kiritimati").toISOString()).toBe("2026-03-13T10:00:00.000Z");
    expect(startOfDayIn("2026-03-14", "UTC").toISOString()).toBe("2026-03-14T00:00:00.000Z");
  });

  it("is right on the days the clocks change", () => {
    expect(startOfDayIn("2026-03-08", "America/Los_Angeles").toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(startOfDayIn("2026-11-01", "America/Los_Angeles").toISOString()).toBe("2026-11-01T07:00:00.000Z");
    // Santiago moves its clocks at midnight: the day starts at 01:00 (midnight does not exist).
    expect(dateInTimeZone(startOfDayIn("2026-09-06", "America/Santiago"), "America/Santiago")).toBe(
      "2026-09-06",
    );
  });
});

describe("the /blog/ list's pages", () => {
  it("counts ten articles a page, and one page when there is none", () => {
    expect([0, 1, 10, 11, 20, 21].map(listPageCount)).toEqual([1, 1, 1, 2, 2, 3]);
  });
  it("names a page's translation only in languages whose list has that page", () => {
    const counts = [
      ["en", 23],
      ["es", 4],
    ] as const;
    expect(languagesWithListPage(counts, 1)).toEqual(["en", "es"]);
    expect(languagesWithListPage(counts, 2)).toEqual(["en"]);
    expect(languagesWithListPage(counts, 3)).toEqual(["en"]);
  });
  it("writes the later pages' addresses as Astro paginates, in each language's list", () => {
    expect(laterListPages("/blog/", 10)).toEqual([]);
    expect(laterListPages("/blog/", 21)).toEqual(["/blog/2/", "/blog/3/"]);
    expect(laterListPages("/es/blog/", 11)).toEqual(["/es/blog/2/"]);
  });
  it("knows a later page of a list by its address, and nothing else for one", () => {
    expect(listOfLaterPage("/blog/2/")).toBe("/blog/");
    expect(listOfLaterPage("/es/blog/12/")).toBe("/es/blog/");
    // The first page, a post, a page number written with a zero, another folder.
    for (const address of ["/blog/", "/blog/1/", "/blog/02/", "/blog/2-tips/", "/tags/2/", "/blog/2/x/"])
      expect(listOfLaterPage(address), address).toBeUndefined();
  });
  it("gives a card only what it shows", () => {
    const post = {
      id: "a",
      body: "Long text",
      data: { title: "T", description: "D", pubDate: new Date("2026-01-01"), tags: ["x"], draft: false },
    };
    expect(postCard(post)).toEqual({
      id: "a",
      title: "T",
      description: "D",
      pubDate: new Date("2026-01-01"),
    });
  });
});
