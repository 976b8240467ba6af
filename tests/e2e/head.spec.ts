import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const pages = readdirSync("dist", { recursive: true, encoding: "utf8" })
  // The content editor's page (admin/) is not a public page: tests/e2e/cms-public.spec.ts covers it.
  .filter((name) => name.endsWith(".html") && !name.startsWith("pagefind") && !name.startsWith("admin"))
  .map((name) => ({ name, html: readFileSync(join("dist", name), "utf8") }));

const first = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? "";

test("every page has its own title and meta description, a canonical URL, lang and a favicon", () => {
  expect(pages.length).toBeGreaterThan(40);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const { name, html } of pages) {
    const title = first(html, /<title>([^<]*)<\/title>/);
    const description = first(html, /<meta name="description" content="([^"]*)"/);
    expect(title, name).not.toBe("");
    expect(description.length, `${name}: ${description}`).toBeGreaterThanOrEqual(50);
    expect(description.length, `${name}: ${description}`).toBeLessThanOrEqual(160);
    expect(titles.get(title), `${name} repeats the title of ${titles.get(title)}`).toBeUndefined();
    expect(
      descriptions.get(description),
      `${name} repeats the description of ${descriptions.get(description)}`,
    ).toBeUndefined();
    titles.set(title, name);
    descriptions.set(description, name);
    expect(html, name).toMatch(/<html lang="en">/);
    expect(html, name).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    expect(html, name).toMatch(/<link rel="icon"/);
    expect(html, name).toMatch(/<meta name="theme-color"/);
    expect(html, name).toMatch(/<meta property="og:title"/);
    expect(html, name).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/og\/[^"]+\.png"/);
  }
});
