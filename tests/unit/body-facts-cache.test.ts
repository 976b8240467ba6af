import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBodyFacts, saveBodyFacts } from "../../src/data/body-facts-cache.ts";
import { readBody, type BodyFacts } from "../../src/lib/content/body-rules.ts";
import { minimalSite } from "../support/minimal-site.ts";

const root = mkdtempSync(join(tmpdir(), "body-facts-"));
mkdirSync(join(root, "src/lib/content"), { recursive: true });
const store = join(root, "node_modules/.astro/content-check/body-facts.json");
const rules = (text: string) => writeFileSync(join(root, "src/lib/content/rules.ts"), text);
afterAll(() => rmSync(root, { recursive: true, force: true }));

let texts = 0;
/** A body no earlier test has read, with one link to a page of the site. */
const freshBody = () => ({
  file: "content/posts/cached.mdx",
  text: `---\ntitle: x\n---\n\nA link to [a page](/blog/page-${++texts}-${Date.now()}/).\n`,
});
const keyOf = ({ file, text }: { file: string; text: string }) =>
  createHash("sha256").update(`${file}\n${text}`).digest("base64url");
/** What a store holds that no parse of the bodies above would give. */
const fromTheStore: BodyFacts = {
  problems: [],
  siteLinks: [{ target: "/from-the-store/" }],
  pictures: [],
  services: [],
};

/** The rules' version as the last save wrote it. */
function savedRules(): string {
  const first = freshBody();
  readBody(first);
  saveBodyFacts(root, minimalSite({ posts: [first] }));
  const saved = JSON.parse(readFileSync(store, "utf8")) as {
    rules: string;
    facts: Record<string, BodyFacts>;
  };
  expect(Object.keys(saved.facts)).toEqual([keyOf(first)]);
  return saved.rules;
}

describe("the pre-check's reading of a body, kept between builds", () => {
  it("reuses what the last build read of the same text with the same rules", () => {
    rules("export const rule = 1;");
    const version = savedRules();
    const body = freshBody();
    writeFileSync(store, JSON.stringify({ rules: version, facts: { [keyOf(body)]: fromTheStore } }));
    loadBodyFacts(root, minimalSite({ posts: [body] }));
    expect(readBody(body).siteLinks).toEqual([{ target: "/from-the-store/" }]);
  });

  it("reads every body again when a rule changes", () => {
    rules("export const rule = 1;");
    const version = savedRules();
    rules("export const rule = 2;");
    const body = freshBody();
    writeFileSync(store, JSON.stringify({ rules: version, facts: { [keyOf(body)]: fromTheStore } }));
    loadBodyFacts(root, minimalSite({ posts: [body] }));
    expect(readBody(body).siteLinks).toEqual([{ target: expect.stringMatching(/^\/blog\/page-/), line: 5 }]);
  });

  it("reads every body again when the installed packages change (the readers may read otherwise)", () => {
    rules("export const rule = 1;");
    writeFileSync(
      join(root, "package-lock.json"),
      '{"packages": {"node_modules/micromark": {"version": "4.0.1"}}}',
    );
    const version = savedRules();
    writeFileSync(
      join(root, "package-lock.json"),
      '{"packages": {"node_modules/micromark": {"version": "4.0.2"}}}',
    );
    const body = freshBody();
    writeFileSync(store, JSON.stringify({ rules: version, facts: { [keyOf(body)]: fromTheStore } }));
    loadBodyFacts(root, minimalSite({ posts: [body] }));
    expect(readBody(body).siteLinks).toEqual([{ target: expect.stringMatching(/^\/blog\/page-/), line: 5 }]);
  });

  it("keeps the bodies of every MDX collection in the model: posts, massage types and pages", () => {
    const bodies = [
      freshBody(),
      { ...freshBody(), file: "content/massage-types/cached.mdx" },
      { ...freshBody(), file: "content/pages/cached.mdx" },
    ];
    for (const body of bodies) readBody(body);
    const [post, type, page] = bodies;
    saveBodyFacts(root, minimalSite({ posts: [post!], massageTypes: [type!], pages: [page!] }));
    const saved = JSON.parse(readFileSync(store, "utf8")) as { facts: Record<string, BodyFacts> };
    expect(Object.keys(saved.facts).sort()).toEqual(bodies.map(keyOf).sort());
  });

  it("reads afresh when the store was cut short", () => {
    writeFileSync(store, '{"rules": "x", "fac');
    const body = freshBody();
    expect(() => loadBodyFacts(root, minimalSite({ posts: [body] }))).not.toThrow();
    expect(readBody(body).siteLinks).toHaveLength(1);
  });
});
