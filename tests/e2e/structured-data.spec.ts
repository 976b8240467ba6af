import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Validator from "@adobe/structured-data-validator";
import WebAutoExtractor from "@marbec/web-auto-extractor";
import { expect, test } from "@playwright/test";

// An outside validator (Google's rich-result rules as Adobe implements them) over the JSON-LD of
// every built page. Without network the schema.org vocabulary cannot be fetched, so it runs with
// `null` and checks the rich-result rules only.
const pages = readdirSync("dist", { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".html") && !name.startsWith("pagefind"))
  .sort();

test("every built page's JSON-LD passes the structured-data validator with 0 errors", async () => {
  const validator = new Validator(null);
  const extractor = new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] });
  const errors: string[] = [];
  const typesSeen = new Set<string>();
  let pagesWithJsonLd = 0;
  for (const name of pages) {
    const html = readFileSync(join("dist", name), "utf8");
    if (!html.includes("application/ld+json")) continue;
    pagesWithJsonLd += 1;
    const extracted = extractor.parse(html);
    for (const type of Object.keys(extracted.jsonld)) typesSeen.add(type);
    const issues = await validator.validate(extracted);
    for (const issue of issues.filter((found) => found.severity === "ERROR")) {
      errors.push(`${name}: ${issue.issueMessage} at ${JSON.stringify(issue.path)}`);
    }
  }
  expect(pagesWithJsonLd).toBeGreaterThan(20);
  // The validator saw the local-search data, not only articles.
  for (const type of ["HealthAndBeautyBusiness", "Person", "BlogPosting", "BreadcrumbList"]) {
    expect([...typesSeen], type).toContain(type);
  }
  expect(errors).toEqual([]);
});

// Found by an audit of the Spanish pages (2026-12-07): the practice's data there named its offers
// "…, 30 minutes", its service "Massage therapy" and showed the English share image.
test("a Spanish page's structured data is in Spanish: offers, the kind of service and the share image", () => {
  const jsonLd = (name: string) =>
    [
      ...readFileSync(join("dist", name), "utf8").matchAll(
        /<script type="application\/ld\+json">(.*?)<\/script>/gs,
      ),
    ].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
  const business = jsonLd("es/visit/index.html").find((data) => data["@type"] === "HealthAndBeautyBusiness")!;
  expect(new URL(String(business["image"])).pathname).toBe("/og/site/es/default.png");
  const catalog = JSON.stringify(business["hasOfferCatalog"]);
  expect(catalog).toMatch(/, \d+ minutos"/);
  expect(catalog).not.toMatch(/minutes|massage sessions/);
  const service = jsonLd("es/massage/swedish/index.html").find((data) => data["@type"] === "Service")!;
  expect(service["serviceType"]).toBe("Masoterapia");
  const english = jsonLd("massage/swedish/index.html").find((data) => data["@type"] === "Service")!;
  expect(english["serviceType"]).toBe("Massage therapy");
});
