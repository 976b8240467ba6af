import { expect, test, type Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { readFileSync } from "node:fs";
import { contentWords } from "./content-words";

// Every sentence a visitor reads is the practice's to edit: the visible text (and the title,
// description, labels and placeholders) of these pages must come from content/, settings, or
// be built from them (dates, "light to medium", "30, 60 or 90 minutes").
const settings = parseYaml(readFileSync("content/settings.yaml", "utf8"));
const words = contentWords([
  /^(light|medium|firm)( to (light|medium|firm))?$/,
  /^[\d, ]+(or \d+ )?minutes$/,
  new RegExp(`^${settings.address.city}, ${settings.address.region} ${settings.address.postalCode}$`),
]);

/** Text nodes, plus accessible names and placeholders, as a visitor or a screen reader meets them. */
async function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [document.title];
    found.push(document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest("script, style, noscript, template")) continue;
      found.push(node.textContent ?? "");
    }
    for (const element of document.querySelectorAll("[aria-label], [placeholder], [alt], [title]")) {
      for (const name of ["aria-label", "placeholder", "alt", "title"]) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    return found.map((text) => text.replace(/\s+/g, " ").trim()).filter((text) => text.length > 0);
  });
}

test("the check itself catches a sentence that is not in content/", () => {
  expect(words.covers("Book an appointment")).toBe(true);
  expect(words.covers("Step 3 of 7")).toBe(true);
  expect(words.covers("We listen first, and we always will.")).toBe(false);
  expect(words.covers("Articles about stress")).toBe(true);
});

for (const path of ["/", "/quiz/", "/blog/", "/massage/", "/404.html", "/faq/"]) {
  test(`${path}: every word a visitor reads comes from content/`, async ({ page }) => {
    await page.goto(path);
    if (path === "/quiz/") {
      await expect(page.locator("astro-island")).not.toHaveAttribute("ssr", { timeout: 15_000 });
    }
    const title = `| ${settings.businessName}`;
    const texts = (await pageWords(page)).map((text) => text.replace(title, "").trim());
    expect(texts.filter((text) => !words.covers(text))).toEqual([]);
  });
}

test("the search box's examples come from published content, never a draft", async ({ page }) => {
  await page.goto("/search/");
  const placeholder = (await page.locator("pagefind-searchbox").getAttribute("placeholder")) ?? "";
  expect(placeholder).toMatch(/^For example: /);
  const examples = placeholder.replace(/^For example: /, "").split(", ");
  expect(examples.length).toBeGreaterThan(1);
  const published = await (await page.request.get("/sitemap-0.xml")).text();
  for (const example of examples) expect(example.toLowerCase()).not.toBe("sciatica");
  // Massage types keep their capitals; topics are published tags.
  expect(examples.some((example) => /^[A-Z]/.test(example))).toBe(true);
  expect(published).toContain(`/tags/${examples[0]!.replace(/ /g, "-")}/`);
});
