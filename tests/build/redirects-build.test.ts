import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { MESSAGES } from "../../src/lib/content/messages.ts";
import { readAddressRecord } from "../../src/lib/content/redirects.ts";
import { builtVariant, type BuiltVariant } from "../support/site-variant.ts";
import { preCheck } from "../support/pre-check.ts";
import { GONE, LIST_PAGE_LEFT, MOVED, publishedVariant } from "../support/variants.ts";

// What a build writes for addresses that moved or were removed (the published variant holds a
// renamed and a removed post, both on the record), and what it refuses: a recorded address that
// nothing answers any more (in-process, through the build's own pre-check).
describe("a build with a renamed and a removed post", () => {
  let site: BuiltVariant;
  const read = (path: string) => readFileSync(join(site.dir, "dist", path), "utf8");
  const parse = (html: string) => new JSDOM(html).window.document;
  beforeAll(async () => {
    site = builtVariant(await publishedVariant());
  }, 900_000);

  it("builds, and writes the hosts' 301 rules for the moved address and the list's page left over only", () => {
    expect(site.ok, site.output.slice(-3000)).toBe(true);
    expect(read("_redirects")).toBe(
      [
        `${MOVED.from} ${MOVED.to} 301`,
        `${MOVED.from.slice(0, -1)} ${MOVED.to} 301`,
        `${LIST_PAGE_LEFT} /blog/ 301`,
        `${LIST_PAGE_LEFT.slice(0, -1)} /blog/ 301`,
        "",
      ].join("\n"),
    );
  });

  it("sends a page of the article list that the list no longer reaches to the list, with no entry written", () => {
    const page = parse(read(`${LIST_PAGE_LEFT.slice(1)}index.html`));
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe("0; url=/blog/");
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(read("sitemap-0.xml")).not.toContain(LIST_PAGE_LEFT);
  });

  it("leaves at the old address a page that sends the visitor on, not indexed, canonical to the new one", () => {
    const page = parse(read(`${MOVED.from.slice(1)}index.html`));
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(
      `0; url=${MOVED.to}`,
    );
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(new URL(page.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "").pathname).toBe(
      MOVED.to,
    );
    expect(page.querySelector('[data-testid="moved-to"]')?.getAttribute("href")).toBe(MOVED.to);
    // Nothing runs on it: the refresh is markup, and the site's policy allows no inline script.
    expect(page.querySelectorAll("script:not([type='application/ld+json'])")).toHaveLength(0);
    expect(page.querySelector("h1")?.textContent).toBe("This page has moved");
  });

  it("leaves at the gone address a page that says so, links to the articles and the search, not indexed", () => {
    const page = parse(read(`${GONE.slice(1)}index.html`));
    expect(page.querySelector("h1")?.textContent).toBe("This page is no longer here");
    expect([...page.querySelectorAll("main a")].map((link) => link.getAttribute("href"))).toEqual(
      expect.arrayContaining(["/blog/", "/search/"]),
    );
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it("lists only live pages in the sitemap and the search index", () => {
    const sitemap = read("sitemap-0.xml");
    expect(sitemap).toContain(MOVED.to);
    expect(sitemap).not.toContain(MOVED.from);
    expect(sitemap).not.toContain(GONE);
  });

  it("records every page it built, and answers every recorded address with a page", () => {
    const dist = join(site.dir, "dist");
    const built = readdirSync(dist, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("index.html"))
      .map((file) => `/${file.slice(0, -"index.html".length)}`)
      .filter((address) => address !== "/admin/");
    const record = readAddressRecord(
      readFileSync(join(site.dir, "content/published-addresses.txt"), "utf8"),
    ).map((entry) => entry.address);
    expect(built.length).toBeGreaterThan(100);
    expect(built.filter((address) => !record.includes(address))).toEqual([]);
    expect(record.filter((address) => !built.includes(address))).toEqual([]);
  });

  it("adds the addresses it published to the record, keeps the old ones, and not its drafts", () => {
    const record = readFileSync(join(site.dir, "content/published-addresses.txt"), "utf8").split("\n");
    expect(record).toEqual(expect.arrayContaining([MOVED.from, GONE, "/blog/a-brand-new-post-on-posture/"]));
    expect(record).not.toContain("/blog/unannounced-draft/");
    expect(record).not.toContain("/blog/scheduled-tomorrow/");
    expect(existsSync(join(site.dir, "dist/blog/unannounced-draft/index.html"))).toBe(false);
  });
});

describe("a build that would drop a published address stops", () => {
  // Unpublishing a post (draft: true) takes its address away as deleting the file does.
  const unpublish = (text: string) => text.replace(/^---\n/, "---\ndraft: true\n");

  it("with one line per address, on the record's line, naming it and the two fixes", async () => {
    const removed = "/blog/six-reasons-to-get-a-massage-for-back-pain/";
    const { ok, output } = await preCheck({
      "content/posts/six-reasons-to-get-a-massage-for-back-pain.mdx": unpublish,
    });
    expect(ok).toBe(false);
    const record = readFileSync("content/published-addresses.txt", "utf8").split("\n");
    // Its one tag no other post has goes with it.
    for (const address of [removed, "/tags/massage-benefits/"])
      expect(output).toContain(
        `content/published-addresses.txt:${record.indexOf(address) + 1}  ${MESSAGES.addressDropped.what({ address })} ${MESSAGES.addressDropped.fix({ address })}`,
      );
  });

  it("and builds once each address has an entry", async () => {
    const { ok, output } = await preCheck({
      "content/posts/six-reasons-to-get-a-massage-for-back-pain.mdx": unpublish,
      "content/redirects.yaml": () =>
        "redirects:\n  - from: /blog/six-reasons-to-get-a-massage-for-back-pain/\n    to: /blog/deep-tissue-or-swedish-massage-for-back-pain/\n  - from: /tags/massage-benefits/\n    to: /tags/\n" +
        // Its Spanish translation has no page while its original is a draft: its address goes too.
        "  - from: /es/blog/seis-razones-para-recibir-un-masaje-para-el-dolor-de-espalda/\n    to: /es/blog/\n",
    });
    // Nothing but the list of pages still waiting for their Spanish version.
    const lines = output.split("\n").filter((line) => line.trim() !== "");
    expect(lines.filter((line) => !/has no version in "es"|^Worth fixing/.test(line))).toEqual([]);
    expect(ok).toBe(true);
  });
});
