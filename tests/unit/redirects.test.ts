import { describe, expect, it } from "vitest";
import { checkEdit } from "../../src/lib/content/edit-check.ts";
import { MESSAGES } from "../../src/lib/content/messages.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import {
  checkRedirects,
  droppedAddresses,
  hostRules,
  placeEntries,
  publicAddresses,
  readAddressRecord,
  recordWith,
  redirectedLinkWarnings,
  redirectsSchema,
  type RedirectEntry,
} from "../../src/lib/content/redirects.ts";
import { checkSite, checkSiteForPublishing, type SiteFiles } from "../../src/lib/content/site-check.ts";
import { minimalSite } from "../support/minimal-site.ts";

const routes = new Set(["/", "/blog/", "/blog/new-name/", "/blog/other/", "/massage/swedish/"]);
const placed = (entries: RedirectEntry[]) =>
  entries.map((entry, index) => ({ entry, index, line: index + 2 }));
const lines = (problems: readonly Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);

describe("the redirects file's own rules (schema)", () => {
  const parse = (redirects: unknown[]) => redirectsSchema.safeParse({ redirects });

  it("accepts a moved address and a gone one with its reason, and an empty file", () => {
    expect(parse([{ from: "/blog/old/", to: "/blog/new-name/" }]).success).toBe(true);
    expect(parse([{ from: "/blog/old/", gone: true, reason: "Retired" }]).success).toBe(true);
    expect(redirectsSchema.safeParse({}).success).toBe(true);
  });

  it("refuses an entry with neither a new address nor gone, with both, or gone without a reason", () => {
    const messages = (entry: unknown) => {
      const result = parse([entry]);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(messages({ from: "/blog/old/" })).toEqual([
      "write the new address, or set gone: true when no page replaces it",
    ]);
    expect(messages({ from: "/blog/old/", to: "/blog/new-name/", gone: true, reason: "x y z" })).toEqual([
      "an address either moved (to:) or is gone: remove one of the two",
    ]);
    expect(messages({ from: "/blog/old/", gone: true })).toEqual([
      "say in a few words why the page is gone, e.g. reason: Retired, the offer ended",
    ]);
  });

  it("takes only a site address: nothing that could start another host rule or leave the site's folder", () => {
    for (const from of [
      "https://elsewhere.example/",
      "//elsewhere.example/",
      "/blog/old",
      "/blog/old/ /admin/ 200",
      "/blog/old/\n/x/",
      "/../etc/",
      "/blog/*/",
      "/blog/:name/",
      "/Blog/Old/",
      "javascript:alert(1)",
    ])
      expect(parse([{ from, to: "/blog/new-name/" }]).success, from).toBe(false);
  });
});

describe("checkRedirects: every catalogue message, on its line", () => {
  it("passes a moved address to a page and a gone one, and returns what the build publishes", () => {
    const result = checkRedirects(
      placed([
        { from: "/blog/old/", to: "/blog/new-name/" },
        { from: "/massage/chair/", gone: true, reason: "Retired" },
      ]),
      routes,
    );
    expect(result.problems).toEqual([]);
    expect(result.retired).toEqual([
      { from: "/blog/old/", to: "/blog/new-name/" },
      { from: "/massage/chair/", gone: true },
    ]);
  });

  it("a target that is not a page: redirectTargetMissing", () => {
    const { problems } = checkRedirects(placed([{ from: "/blog/old/", to: "/blog/new-nme/" }]), routes);
    expect(lines(problems)).toEqual([
      "content/redirects.yaml:2  /blog/old/ is sent to /blog/new-nme/, which is not a page this site publishes. Write the address of a published page, copied from the browser's address bar without the site's name, e.g. /blog/massage-stress-and-sleep/; or set gone: true when no page replaces it.",
    ]);
  });

  it("a chain: redirectChain, with the end of the chain as the fix; a chain into a gone address says so", () => {
    const { problems, retired } = checkRedirects(
      placed([
        { from: "/blog/first/", to: "/blog/second/" },
        { from: "/blog/second/", to: "/blog/new-name/" },
        { from: "/blog/third/", to: "/blog/retired/" },
        { from: "/blog/retired/", gone: true, reason: "Retired" },
      ]),
      routes,
    );
    expect(lines(problems)).toEqual([
      "content/redirects.yaml:2  /blog/first/ is sent to /blog/second/, which is itself an old address in this file. Send it straight to the end of the chain: to: /blog/new-name/. Search engines and browsers follow one step, not several.",
      "content/redirects.yaml:4  /blog/third/ is sent to /blog/retired/, which is itself an old address in this file. That address is gone: set gone: true here too, or send this one to a page that is still published.",
    ]);
    expect(retired.map((entry) => entry.from)).toEqual(["/blog/second/", "/blog/retired/"]);
  });

  it("a loop: redirectLoop naming the circle", () => {
    const { problems } = checkRedirects(
      placed([
        { from: "/blog/a/", to: "/blog/b/" },
        { from: "/blog/b/", to: "/blog/a/" },
        { from: "/blog/c/", to: "/blog/c/" },
      ]),
      routes,
    );
    expect(lines(problems)).toEqual([
      "content/redirects.yaml:2  These addresses send visitors in a circle: /blog/a/ → /blog/b/ → /blog/a/. Send /blog/a/ to the page that is published now (its address ends the circle), or delete the entry that points back.",
      "content/redirects.yaml:3  These addresses send visitors in a circle: /blog/b/ → /blog/a/ → /blog/b/. Send /blog/b/ to the page that is published now (its address ends the circle), or delete the entry that points back.",
      "content/redirects.yaml:4  These addresses send visitors in a circle: /blog/c/ → /blog/c/. Send /blog/c/ to the page that is published now (its address ends the circle), or delete the entry that points back.",
    ]);
  });

  it("one old address twice: redirectTwice, naming the first line", () => {
    const { problems } = checkRedirects(
      placed([
        { from: "/blog/old/", to: "/blog/new-name/" },
        { from: "/blog/old/", to: "/blog/other/" },
      ]),
      routes,
    );
    expect(lines(problems)).toEqual([
      "content/redirects.yaml:3  /blog/old/ is listed twice (first on line 2): a visitor can go only one way. Keep one entry for it, the one with the right new address, and delete the other.",
    ]);
  });

  it("the home page or the site's own folders: redirectReserved", () => {
    const { problems, retired } = checkRedirects(
      placed([
        { from: "/admin/", to: "/blog/new-name/" },
        { from: "/", gone: true, reason: "No" },
      ]),
      routes,
    );
    expect(problems.map((found) => found.what)).toEqual([
      "/admin/ cannot be sent elsewhere: the site itself needs that address.",
      "/ cannot be sent elsewhere: the site itself needs that address.",
    ]);
    expect(retired).toEqual([]);
  });

  it("an address that is still a page: redirectWaits, a warning, and no rule until the page goes", () => {
    const result = checkRedirects(placed([{ from: "/blog/other/", to: "/blog/new-name/" }]), routes);
    expect(result.problems).toEqual([]);
    expect(lines(result.warnings)).toEqual([
      "content/redirects.yaml:2  /blog/other/ is still a page, so this entry waits: visitors see the page. Delete or rename that page next and the entry takes over; if the page stays, delete the entry.",
    ]);
    expect(result.retired).toEqual([]);
  });
});

describe("links to a moved address: linkRedirected, a warning with the new address", () => {
  it("names the link's line and the new address; other links pass", () => {
    const warnings = redirectedLinkWarnings(
      "content/posts/x.mdx",
      [
        { target: "/blog/old/#why", line: 9 },
        { target: "/blog/new-name/", line: 10 },
        { target: "https://example.com/blog/old/", line: 11 },
      ],
      [{ from: "/blog/old/", to: "/blog/new-name/" }],
    );
    expect(lines(warnings)).toEqual([
      "content/posts/x.mdx:9  The link to /blog/old/#why goes through a redirect: that page moved. Link to its new address, /blog/new-name/, so the page does not depend on the redirect.",
    ]);
  });
});

describe("the record of published addresses", () => {
  it("reads one address a line, skipping notes, and keeps each line number", () => {
    expect(readAddressRecord("# note\n\n/blog/\n/blog/a/\n")).toEqual([
      { address: "/blog/", line: 3 },
      { address: "/blog/a/", line: 4 },
    ]);
  });

  it("grows: new addresses added in order, nothing written when nothing is new", () => {
    const first = recordWith(undefined, ["/blog/b/", "/blog/a/"])!;
    expect(readAddressRecord(first).map((entry) => entry.address)).toEqual(["/blog/a/", "/blog/b/"]);
    expect(first.startsWith("# Every address this site has published")).toBe(true);
    expect(recordWith(first, ["/blog/a/"])).toBeUndefined();
    const next = recordWith(first, ["/blog/0/"])!;
    expect(readAddressRecord(next).map((entry) => entry.address)).toEqual([
      "/blog/0/",
      "/blog/a/",
      "/blog/b/",
    ]);
  });

  it("public addresses are pages: not the feed, the icon, the 404 page or the editor", () => {
    expect(
      publicAddresses(["/blog/", "/rss.xml", "/favicon.svg", "/404/", "/admin/", "/", "/blog/"]),
    ).toEqual(["/", "/blog/"]);
  });

  it("a recorded address no page, redirect or gone entry answers: addressDropped, on the record's line", () => {
    const record = readAddressRecord("# note\n/blog/new-name/\n/blog/old/\n/blog/retired/\n/prices/\n");
    const problems = droppedAddresses(
      record,
      routes,
      [{ from: "/blog/retired/", gone: true }],
      new Set(["/prices/"]),
    );
    expect(lines(problems)).toEqual([
      `content/published-addresses.txt:3  /blog/old/ was published, and people and search engines still use it, but no page answers it now. In content/redirects.yaml (Addresses that moved, in the editor) add either "- from: /blog/old/" with "to:" the page that replaces it, or "gone: true" with a reason; or bring the page back.`,
    ]);
  });
});

describe("the hosts' rules (dist/_redirects)", () => {
  const retired = [
    { from: "/blog/old/", to: "/blog/new-name/" },
    { from: "/massage/chair/", gone: true as const },
  ];

  it("a 301 per moved address, with and without its final slash; gone addresses get their page, no rule", () => {
    expect(hostRules(retired)).toBe("/blog/old/ /blog/new-name/ 301\n/blog/old /blog/new-name/ 301\n");
  });

  it("below a base path both sides carry it; Netlify's forced rule only when asked", () => {
    expect(hostRules(retired, "/clinic/", true)).toBe(
      "/clinic/blog/old/ /clinic/blog/new-name/ 301!\n/clinic/blog/old /clinic/blog/new-name/ 301!\n",
    );
    expect(hostRules([])).toBe("");
  });

  it("on Netlify, a missing address below another language's folder shows that language's 404 page", () => {
    // Netlify serves the root 404.html for every missing address unless a rule says otherwise;
    // Cloudflare Pages finds the nearest 404.html itself, and refuses a rule with status 404.
    expect(hostRules([], "/", true, ["es"])).toBe("/es/* /es/404.html 404\n");
    expect(hostRules(retired, "/clinic/", true, ["es"])).toBe(
      "/clinic/blog/old/ /clinic/blog/new-name/ 301!\n/clinic/blog/old /clinic/blog/new-name/ 301!\n" +
        "/clinic/es/* /clinic/es/404.html 404\n",
    );
    expect(hostRules([], "/", false, ["es"])).toBe("");
  });
});

describe("the whole-site check runs the redirect rules (build, preview and editor alike)", () => {
  const post = (title: string) => ({
    text: `---\ntitle: "${title}"\ndescription: "A post for the redirect rules: long enough to be a real search snippet here."\npubDate: 2026-03-14\nauthor: clinical-team\nreviewedBy: clinical-team\nreviewedDate: 2026-03-14\ntags: [posture]\n---\n\nSee [the old post](/blog/old-post/).\n`,
  });
  const site = (redirects: string, record = "/blog/old-post/\n/blog/new-post/\n"): SiteFiles =>
    minimalSite({
      posts: [{ file: "content/posts/new-post.mdx", ...post("The post under its new name") }],
      redirects: { file: "content/redirects.yaml", text: redirects },
      addressRecord: { file: "content/published-addresses.txt", text: record },
    });
  const options = { today: "2026-12-01", includeDrafts: false };

  it("a renamed post with its redirect: no mistake, the link to the old address a warning, the rule published", () => {
    const result = checkSiteForPublishing(
      site("redirects:\n  - from: /blog/old-post/\n    to: /blog/new-post/\n"),
      options,
    );
    expect(lines(result.problems)).toEqual([]);
    expect(result.warnings.map((found) => found.what)).toEqual([
      "The link to /blog/old-post/ goes through a redirect: that page moved.",
    ]);
    expect(result.published.retired).toEqual([{ from: "/blog/old-post/", to: "/blog/new-post/" }]);
    expect(result.published.addresses).toContain("/blog/new-post/");
  });

  it("without it, the build stops: the record's address is dropped and the link is broken", () => {
    const problems = lines(checkSite(site("redirects: []\n"), options));
    expect(problems).toContain(
      `content/published-addresses.txt:1  ${MESSAGES.addressDropped.what({ address: "/blog/old-post/" })} ${MESSAGES.addressDropped.fix({ address: "/blog/old-post/" })}`,
    );
    expect(problems.some((line) => line.startsWith("content/posts/new-post.mdx:"))).toBe(true);
  });

  it("a later page of the article list that a shorter list no longer has goes to the list, with no entry to write", () => {
    // Eleven posts made /blog/2/, the build recorded it, then one post went: the marketer removed a
    // post, not the list's second page, and must not be asked where that page went.
    const result = checkSiteForPublishing(
      site(
        "redirects:\n  - from: /blog/old-post/\n    to: /blog/new-post/\n",
        "/blog/old-post/\n/blog/new-post/\n/blog/2/\n/blog/3/\n",
      ),
      options,
    );
    expect(lines(result.problems)).toEqual([]);
    expect(result.published.retired).toEqual(
      expect.arrayContaining([
        { from: "/blog/2/", to: "/blog/" },
        { from: "/blog/3/", to: "/blog/" },
      ]),
    );
    expect(hostRules(result.published.retired)).toContain("/blog/2/ /blog/ 301\n");
  });

  it("a recorded later page of a list that is itself gone follows the list's own entry", () => {
    // The Spanish site taken down: its list's address is the marketer's to send somewhere, and its
    // second page follows it.
    const record = "/blog/old-post/\n/blog/new-post/\n/es/blog/\n/es/blog/2/\n";
    const moved = "redirects:\n  - from: /blog/old-post/\n    to: /blog/new-post/\n";
    const result = checkSiteForPublishing(
      site(`${moved}  - from: /es/blog/\n    to: /blog/\n`, record),
      options,
    );
    expect(lines(result.problems)).toEqual([]);
    expect(result.published.retired).toContainEqual({ from: "/es/blog/2/", to: "/blog/" });
    const gone = checkSiteForPublishing(
      site(`${moved}  - from: /es/blog/\n    gone: true\n    reason: No Spanish pages for now\n`, record),
      options,
    );
    expect(lines(gone.problems)).toEqual([]);
    expect(gone.published.retired).toContainEqual({ from: "/es/blog/2/", gone: true });
    // Without the list's entry, the list's address is asked for, and only it.
    const without = lines(checkSite(site(moved, record), options));
    expect(without.filter((line) => line.includes("was published"))).toEqual([
      `content/published-addresses.txt:3  ${MESSAGES.addressDropped.what({ address: "/es/blog/" })} ${MESSAGES.addressDropped.fix({ address: "/es/blog/" })}`,
    ]);
  });

  it("a mistake in the redirects file is named on its line, with the field", () => {
    const problems = checkSite(
      site("redirects:\n  - from: /blog/old-post/\n    to: /blog/no-such-post/\n"),
      options,
    );
    expect(problems.find((found) => found.file === "content/redirects.yaml")).toMatchObject({
      line: 2,
      field: "redirects.0.to",
    });
  });

  it("placeEntries reads each entry's line and writes the old address as the router does", () => {
    expect(placeEntries({ redirects: [{ from: "/blog/x/", to: "/" }] }, () => 7)).toEqual([
      { entry: { from: "/blog/x/", to: "/" }, index: 0, line: 7 },
    ]);
  });
});

describe("the editor refuses to delete a published page until its address has an entry", () => {
  const options = { today: "2026-12-01", includeDrafts: false };
  const postText = `---\ntitle: "A post the editor deletes"\ndescription: "A post for the editor's delete check: long enough to be a real search snippet."\npubDate: 2026-03-14\nauthor: clinical-team\nreviewedBy: clinical-team\nreviewedDate: 2026-03-14\ntags: [posture]\n---\n\nText.\n`;
  const site = (redirects: string): SiteFiles =>
    minimalSite({
      // Another post keeps the tag's page (/tags/posture/) when this one goes.
      posts: [
        { file: "content/posts/to-delete.mdx", text: postText },
        { file: "content/posts/stays.mdx", text: postText.replace("the editor deletes", "that stays") },
      ],
      redirects: { file: "content/redirects.yaml", text: redirects },
      // The record was last committed before the post was written: the editor knows it is live.
      addressRecord: { file: "content/published-addresses.txt", text: "# note\n/\n" },
    });

  it("refused without an entry: the published address is named with both fixes", () => {
    const { elsewhere } = checkEdit(
      site("redirects: []\n"),
      { file: "content/posts/to-delete.mdx" },
      options,
    );
    expect(elsewhere.map((found) => found.what)).toContain(
      MESSAGES.addressDropped.what({ address: "/blog/to-delete/" }),
    );
  });

  it("allowed once the address is marked gone (the entry waits while the page is there)", () => {
    const redirects =
      "redirects:\n  - from: /blog/to-delete/\n    gone: true\n    reason: Merged into another post\n";
    const { problems, elsewhere } = checkEdit(
      site(redirects),
      { file: "content/posts/to-delete.mdx" },
      options,
    );
    expect(problems).toEqual([]);
    expect(elsewhere.filter((found) => found.file === "content/published-addresses.txt")).toEqual([]);
  });
});
