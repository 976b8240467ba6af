import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Validator from "@adobe/structured-data-validator";
import WebAutoExtractor from "@marbec/web-auto-extractor";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";

// An outside validator (Google's rich-result rules as Adobe implements them) over the JSON-LD of
// every built page. Without network the schema.org vocabulary cannot be fetched, so it runs with
// `null` and checks the rich-result rules only.
const pages = readdirSync("dist", { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".html") && !name.startsWith("pagefind"))
  .sort();

/** The JSON-LD blocks of a built page. */
const jsonLd = (name: string) =>
  [
    ...readFileSync(join("dist", name), "utf8").matchAll(
      /<script type="application\/ld\+json">(.*?)<\/script>/gs,
    ),
  ].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);

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
  for (const type of ["HealthAndBeautyBusiness", "Person", "BlogPosting", "BreadcrumbList", "ProfilePage"]) {
    expect([...typesSeen], type).toContain(type);
  }
  expect(errors).toEqual([]);
});

// Found by an audit of the Spanish pages (2026-12-07): the practice's data there named its offers
// "…, 30 minutes", its service "Massage therapy" and showed the English share image.
test("a Spanish page's structured data is in Spanish: offers, the kind of service and the share image", () => {
  const business = jsonLd("es/visit/index.html").find((data) => data["@type"] === "HealthAndBeautyBusiness")!;
  expect(new URL(String(business["image"])).pathname).toBe("/og/site/es/default.png");
  const catalog = JSON.stringify(business["hasOfferCatalog"]);
  expect(catalog).toMatch(/, \d+ minutos"/);
  expect(catalog).not.toMatch(/minutes|massage sessions/);
  const service = jsonLd("es/massage/swedish/index.html").find((data) => data["@type"] === "Service")!;
  expect(service["serviceType"]).toBe("Masoterapia");
  const english = jsonLd("massage/swedish/index.html").find((data) => data["@type"] === "Service")!;
  expect(english["serviceType"]).toBe("Massage therapy");
  // Each length with its price, as the page's table shows them, in the page's words.
  const prices = (service: Record<string, unknown>) =>
    (service["offers"] as Array<{ name: string; price: number }>).map(
      ({ name, price }) => `${name}: ${price}`,
    );
  expect(prices(english)).toEqual([
    "Swedish massage, 30 minutes: 55",
    "Swedish massage, 60 minutes: 95",
    "Swedish massage, 90 minutes: 135",
  ]);
  expect(prices(service)).toEqual([
    "Masaje sueco, 30 minutos: 55",
    "Masaje sueco, 60 minutos: 95",
    "Masaje sueco, 90 minutos: 135",
  ]);
  // The languages spoken, as the BCP 47 codes schema.org asks for, in both languages (they were
  // "English" on one page and "Inglés" on its translation; found in review, 2026-12-08).
  for (const page of ["visit/index.html", "es/visit/index.html"]) {
    const practice = jsonLd(page).find((data) => data["@type"] === "HealthAndBeautyBusiness")!;
    expect(practice["knowsLanguage"], page).toEqual(["en", "es"]);
    expect(JSON.stringify(practice["employee"]), page).toContain('"knowsLanguage":["en","es"]');
  }
});

// Found in review (2026-12-07): "The clinical team" was a Person to search engines, author pages had
// no structured data, and the reviewer was put on the article (reviewedBy is a WebPage property).
// Found by a Spanish reader (2026-12-08): /es/prices/, the Spanish team pages and massage types
// described the practice to search engines in English (their templates read the default settings).
test("no Spanish page describes the practice in English to search engines", () => {
  const english = parse(readFileSync("content/settings.yaml", "utf8")) as {
    description: string;
    visit: { payment: string[] };
  };
  const phrases = [english.description, english.visit.payment.join(", ")];
  const spanish = pages.filter((name) => name.startsWith("es/"));
  const leaks = spanish.flatMap((name) =>
    phrases
      .filter((phrase) => JSON.stringify(jsonLd(name)).includes(phrase))
      .map((phrase) => `${name}: ${phrase}`),
  );
  expect(spanish.length).toBeGreaterThan(20);
  expect(leaks).toEqual([]);
});

test("authors are one node each: a profile page per author, the clinical team a group, the reviewer on the page", () => {
  const profile = (name: string) =>
    jsonLd(name).find((data) => data["@type"] === "ProfilePage")?.["mainEntity"] as Record<string, unknown>;

  expect(profile("authors/clinical-team/index.html")).toMatchObject({
    "@type": "Organization",
    name: "The clinical team",
    parentOrganization: { "@id": "https://www.example.com/#practice" },
  });
  expect(profile("authors/derrick-allen/index.html")).toMatchObject({
    "@type": "Person",
    "@id": "https://www.example.com/authors/derrick-allen/#person",
  });
  const therapist = jsonLd("team/jordan-reyes/index.html").find((data) => data["@type"] === "Person")!;
  expect(profile("authors/jordan-reyes/index.html")["@id"]).toBe(therapist["@id"]);
  // One person in every language: the Spanish pages name the English team page's node.
  const spanishTherapist = jsonLd("es/team/jordan-reyes/index.html").find(
    (data) => data["@type"] === "Person",
  )!;
  expect(spanishTherapist["@id"]).toBe(therapist["@id"]);
  expect(profile("es/authors/clinical-team/index.html")).toMatchObject({
    "@type": "Organization",
    name: "El equipo clínico",
  });

  const article = jsonLd("blog/deep-tissue-or-swedish-massage-for-back-pain/index.html").find(
    (data) => data["@type"] === "BlogPosting",
  )!;
  expect(article["author"]).toMatchObject({ "@type": "Organization", name: "The clinical team" });
  expect(article["reviewedBy"]).toBeUndefined();
  expect(article["mainEntityOfPage"]).toMatchObject({
    "@type": "WebPage",
    reviewedBy: { "@id": therapist["@id"] },
    lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  });
});
