import { expect, test, type Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { readdirSync, readFileSync } from "node:fs";
import { contentWords } from "./content-words.ts";

// Every sentence a visitor reads is the practice's to edit: the visible text (and the title,
// description, labels and placeholders) of these pages must come from content/, settings, or
// be built from them (dates, "light to medium", "30, 60 or 90 minutes").
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const settings = parseYaml(readFileSync("content/settings.yaml", "utf8"));
/** The files of a folder of content/ and of its Spanish translations (content/es/). */
const bothLanguages = (folder: string) =>
  [folder, `es/${folder}`].flatMap((dir) =>
    readdirSync(`content/${dir}`).map((file) => readFileSync(`content/${dir}/${file}`, "utf8")),
  );
const teamFile = (text: string) =>
  parseYaml(text) as { name?: string; credentials?: string; specialties: string[]; languages: string[] };
const team = readdirSync("content/team").map((file) =>
  teamFile(readFileSync(`content/team/${file}`, "utf8")),
);
const teamLists = bothLanguages("team")
  .map(teamFile)
  .flatMap((member) => [member.specialties, member.languages]);
const massageTypeNames = bothLanguages("massage-types").map(
  (text) => parseYaml(text.split(/^---$/m)[1] ?? "").name as string,
);
const SPANISH_DAYS = "lunes|martes|miércoles|jueves|viernes|sábado|domingo";
const SPANISH_DAY = "lun|mar|mié|jue|vie|sáb|dom";
const SPANISH_MONTHS =
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre";
const SPANISH_DATE = `(${SPANISH_DAYS}) \\d{1,2} de (${SPANISH_MONTHS})( de \\d{4})?`;
const ENGLISH_DATE = "[A-Z][a-z]{2}, [A-Z][a-z]{2} \\d{1,2}(, \\d{4})?";
const words = contentWords([
  /^(light|medium|firm)( to (light|medium|firm))?$/,
  /^[\d, ]+(or \d+ )?minutes$/,
  new RegExp(`^${settings.address.city}, ${settings.address.region} ${settings.address.postalCode}$`),
  // Opening hours are worked out from settings: weekdays, times and date ranges.
  /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/,
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(–(Mon|Tue|Wed|Thu|Fri|Sat|Sun))?$/,
  /^(\d{1,2}:\d\d( am| pm)?–\d{1,2}:\d\d( am| pm)?(, )?)+$|^Closed$/,
  // The same in Spanish: "lunes", "lun–mié", "9:00 a. m.–5:00 p. m.", "30 de enero de 2022".
  new RegExp(`^(${SPANISH_DAYS})$`),
  new RegExp(`^(${SPANISH_DAY})(–(${SPANISH_DAY}))?$`),
  /^(\d{1,2}:\d\d( a\. m\.| p\. m\.)?–\d{1,2}:\d\d( a\. m\.| p\. m\.)?(, )?)+$/,
  new RegExp(`^\\d{1,2} de (${SPANISH_MONTHS}) de \\d{4}$`),
  // A therapist's name with credentials, and specialties and languages listed from their team file.
  ...team.map((member) => new RegExp(`^${escape(member.name ?? "")}, ${escape(member.credentials ?? "")}$`)),
  ...teamLists.map(
    (list) => new RegExp(`^(${list.map(escape).join("|")})((, | · )(${list.map(escape).join("|")}))*$`),
  ),
  // A massage type's name, read out after a booking button ("Book 60 minutes (Swedish massage)").
  new RegExp(`^\\((${massageTypeNames.map(escape).join("|")})\\)$`),
  // A change of hours: "Christmas: closed Thu, Dec 24 – Sat, Dec 26.", a year when not this year's.
  new RegExp(`^.+: (closed|open) ${ENGLISH_DATE}( – ${ENGLISH_DATE})?(, .+)?\\.$`),
  new RegExp(`^.+: (cerrado|abierto) (el ${SPANISH_DATE}|del ${SPANISH_DATE} al ${SPANISH_DATE})(: .+)?\\.$`),
]);

/** Text nodes, plus accessible names and placeholders, as a visitor or a screen reader meets them. */
async function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // A title joins content's words with the practice's name (" | ", or ": " on the home page).
    const found: string[] = document.title.split(/ \| |: /);
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

const PAGES = ["/", "/quiz/", "/blog/", "/massage/", "/404.html", "/faq/"];
// The visit, prices and team pages, one therapist and one policy page (with its booking-privacy line).
const PRACTICE_PAGES = ["/visit/", "/prices/", "/team/", "/team/jordan-reyes/", "/privacy/"];

// The same pages in Spanish, the site's other language (content/es/).
const SPANISH_PAGES = [...PAGES, ...PRACTICE_PAGES].map((path) => `/es${path}`);

for (const path of [...PAGES, ...PRACTICE_PAGES, ...SPANISH_PAGES]) {
  test(`${path}: every word a visitor reads comes from content/`, async ({ page }) => {
    await page.goto(path);
    if (path.endsWith("/quiz/")) {
      await expect(page.locator("astro-island")).not.toHaveAttribute("ssr", { timeout: 15_000 });
    }
    const texts = (await pageWords(page)).map((text) => text.trim());
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
