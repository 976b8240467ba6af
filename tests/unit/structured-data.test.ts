import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSettings } from "../../src/lib/site/settings.ts";
import {
  authorPageLd,
  blogPostingLd,
  breadcrumbLd,
  practiceLd,
  serializeJsonLd,
  serviceLd,
  websiteLd,
} from "../../src/lib/seo/structured-data.ts";

const settings = parseSettings(readFileSync("content/settings.yaml", "utf8"));
const site = "https://www.example.com/";

/** A post's fields the builders need, for the tests that vary its people. */
const POST = {
  url: `${site}blog/x/`,
  headline: "Title",
  description: "Description",
  image: `${site}og/blog/x.png`,
  datePublished: new Date("2022-01-30"),
};

describe("structured data", () => {
  it("describes a post as a BlogPosting with its author as a Person with a URL", () => {
    const ld = blogPostingLd(
      {
        ...POST,
        author: { name: "Derrick Allen", url: `${site}authors/derrick-allen/`, jobTitle: "Writer" },
        keywords: ["back-pain", "stress"],
      },
      settings,
      site,
      "es",
    );
    expect(ld.inLanguage).toBe("es");
    expect(ld).toMatchObject({
      "@type": "BlogPosting",
      headline: "Title",
      // The calendar day the post gives, not midnight UTC (the evening before in the practice's zone).
      datePublished: "2022-01-30",
      dateModified: "2022-01-30",
      author: { "@type": "Person", name: "Derrick Allen", url: `${site}authors/derrick-allen/` },
      publisher: { name: settings.businessName },
      image: `${site}og/blog/x.png`,
    });
  });

  it("names a group author (the clinical team) as an Organization of the practice, never as a Person", () => {
    const ld = blogPostingLd(
      {
        ...POST,
        author: { name: "The clinical team", url: `${site}authors/clinical-team/`, group: true },
        review: {
          by: { name: "Jordan Reyes", url: `${site}team/jordan-reyes/`, jobTitle: "LMT" },
          on: new Date("2026-11-26"),
        },
        keywords: [],
      },
      settings,
      site,
      "en",
    );
    expect(ld.author).toEqual({
      "@type": "Organization",
      "@id": `${site}authors/clinical-team/#group`,
      name: "The clinical team",
      url: `${site}authors/clinical-team/`,
      parentOrganization: { "@id": `${site}#practice` },
    });
    // The review is said of the page (reviewedBy is a WebPage property), and the reviewer is the same
    // node as on their own page: the team page's Person.
    expect(ld.mainEntityOfPage).toEqual({
      "@type": "WebPage",
      "@id": `${site}blog/x/`,
      url: `${site}blog/x/`,
      reviewedBy: expect.objectContaining({ "@type": "Person", "@id": `${site}team/jordan-reyes/#person` }),
      lastReviewed: "2026-11-26",
    });
  });

  it("describes an author's page as a ProfilePage about the author, the same node the articles name", () => {
    const page = `${site}authors/derrick-allen/`;
    const ld = authorPageLd(
      {
        name: "Derrick Allen",
        url: page,
        jobTitle: "Writer",
        description: "Derrick wrote the first article.",
      },
      page,
      site,
      "en",
    );
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      url: page,
      inLanguage: "en",
      mainEntity: {
        "@type": "Person",
        "@id": `${page}#person`,
        name: "Derrick Allen",
        url: page,
        jobTitle: "Writer",
        description: "Derrick wrote the first article.",
      },
    });
    // A therapist's author page is about the Person of their team page.
    const therapist = authorPageLd(
      { name: "Jordan Reyes", url: `${site}team/jordan-reyes/`, jobTitle: "LMT", image: `${site}j.webp` },
      `${site}authors/jordan-reyes/`,
      site,
      "en",
    );
    expect(therapist.mainEntity).toMatchObject({
      "@id": `${site}team/jordan-reyes/#person`,
      url: `${site}team/jordan-reyes/`,
      image: `${site}j.webp`,
    });
    const team = authorPageLd(
      { name: "The clinical team", url: `${site}authors/clinical-team/`, group: true },
      `${site}authors/clinical-team/`,
      site,
      "en",
    );
    expect(team.mainEntity).toMatchObject({
      "@type": "Organization",
      parentOrganization: { "@id": `${site}#practice` },
    });
  });

  it("names a person by one address in every language, so the Spanish page's therapist is the same node", () => {
    const spanish = authorPageLd(
      { name: "Jordan Reyes", url: `${site}es/team/jordan-reyes/`, nodeUrl: `${site}team/jordan-reyes/` },
      `${site}es/authors/jordan-reyes/`,
      site,
      "es",
    );
    expect(spanish.mainEntity).toMatchObject({
      "@id": `${site}team/jordan-reyes/#person`,
      url: `${site}es/team/jordan-reyes/`,
    });
  });

  it("numbers breadcrumb items from 1", () => {
    const ld = breadcrumbLd([
      { name: "Home", url: site },
      { name: "Articles", url: `${site}blog/` },
    ]);
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: site },
      { "@type": "ListItem", position: 2, name: "Articles", item: `${site}blog/` },
    ]);
  });

  const input = {
    today: "2026-12-01",
    words: { sessions: "Sessions", minutes: "{minutes} minutes" },
    image: `${site}og/site.png`,
    priceRange: "$55–$145",
    knowsLanguage: ["en", "es"],
    services: [
      {
        name: "Deep tissue massage",
        url: `${site}massage/deep-tissue/`,
        sessions: [
          { minutes: 60, amount: 105, currency: "USD" },
          { minutes: 90, amount: 145, currency: "USD" },
        ],
      },
    ],
    team: [
      {
        name: "Jordan Reyes",
        url: `${site}team/jordan-reyes/`,
        jobTitle: "Licensed massage therapist",
        knowsLanguage: ["en", "es"],
        licence: {
          type: "Licensed Massage Therapist",
          number: "12345",
          body: "Oregon Board of Massage Therapists",
        },
      },
    ],
  };

  it("describes the practice with the settings' address, phone, geo and price range", () => {
    const ld = practiceLd(settings, site, input) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      "@type": "HealthAndBeautyBusiness",
      name: settings.businessName,
      telephone: settings.phone,
      address: { addressLocality: settings.address.city, addressCountry: settings.address.country },
      geo: {
        "@type": "GeoCoordinates",
        latitude: settings.geo!.latitude,
        longitude: settings.geo!.longitude,
      },
      priceRange: "$55–$145",
    });
    expect(websiteLd(settings, site, "en").publisher).toEqual({ "@id": ld["@id"] });
    expect(practiceLd({ ...settings, geo: undefined }, site, input)).not.toHaveProperty("geo");
  });

  it("lists weekly hours by weekday, and each change not yet over as special hours with its dates", () => {
    const ld = practiceLd(settings, site, { ...input, today: "2026-12-01" }) as unknown as {
      openingHoursSpecification: object[];
      specialOpeningHoursSpecification: object[];
    };
    const hours = ld.openingHoursSpecification;
    expect(hours).toContainEqual({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ["https://schema.org/Thursday"],
      opens: "11:00",
      closes: "19:00",
    });
    expect(ld.specialOpeningHoursSpecification).toContainEqual({
      "@type": "OpeningHoursSpecification",
      opens: "00:00",
      closes: "00:00",
      validFrom: "2026-12-24",
      validThrough: "2026-12-26",
    });
    expect(hours.some((spec) => "validFrom" in spec)).toBe(false);
    // Once every change is over, no special hours are listed.
    expect(practiceLd(settings, site, { ...input, today: "2030-01-01" })).not.toHaveProperty(
      "specialOpeningHoursSpecification",
    );
  });

  it("offers each type and length with its price, and none when prices are hidden", () => {
    const ld = practiceLd(settings, site, input) as unknown as {
      hasOfferCatalog: { itemListElement: Array<{ itemListElement: unknown[] }> };
    };
    const offers = ld.hasOfferCatalog.itemListElement[0]!.itemListElement;
    expect(offers).toEqual([
      expect.objectContaining({ name: "Deep tissue massage, 60 minutes", price: 105, priceCurrency: "USD" }),
      expect.objectContaining({ name: "Deep tissue massage, 90 minutes", price: 145, priceCurrency: "USD" }),
    ]);
    const hidden = practiceLd(settings, site, {
      ...input,
      priceRange: undefined,
      services: [{ ...input.services[0]!, sessions: [{ minutes: 60, currency: "USD" }] }],
    });
    expect(JSON.stringify(hidden)).not.toMatch(/"price"|priceRange/);
  });

  it("names the offers in the page's language (a Spanish page read '30 minutes')", () => {
    const ld = practiceLd(settings, site, {
      ...input,
      words: { sessions: "Sesiones", minutes: "{minutes} minutos" },
      services: [{ ...input.services[0]!, name: "Masaje de tejido profundo" }],
    }) as unknown as {
      hasOfferCatalog: { name: string; itemListElement: Array<{ itemListElement: Array<{ name: string }> }> };
    };
    expect(ld.hasOfferCatalog.name).toBe(`${settings.businessName}: Sesiones`);
    expect(ld.hasOfferCatalog.itemListElement[0]!.itemListElement.map((offer) => offer.name)).toEqual([
      "Masaje de tejido profundo, 60 minutos",
      "Masaje de tejido profundo, 90 minutos",
    ]);
  });

  it("lists therapists as Persons whose licence is a credential recognised by the licensing body", () => {
    const ld = practiceLd(settings, site, input) as unknown as { employee: unknown[] };
    expect(ld.employee[0]).toEqual({
      "@type": "Person",
      "@id": `${site}team/jordan-reyes/#person`,
      name: "Jordan Reyes",
      url: `${site}team/jordan-reyes/`,
      jobTitle: "Licensed massage therapist",
      knowsLanguage: ["en", "es"],
      hasCredential: {
        "@type": "EducationalOccupationalCredential",
        credentialCategory: "license",
        name: "Licensed Massage Therapist",
        identifier: "12345",
        recognizedBy: { "@type": "Organization", name: "Oregon Board of Massage Therapists" },
      },
    });
  });

  it("describes a massage type as a Service provided by the practice", () => {
    const ld = serviceLd(
      {
        name: "Thai massage",
        description: "d",
        url: `${site}massage/thai/`,
        image: "i",
        serviceType: "Massage therapy",
        sessions: [
          { minutes: 60, amount: 95, currency: "USD" },
          { minutes: 90, currency: "USD" },
        ],
        minutes: "{minutes} minutes",
      },
      settings,
      site,
    );
    expect(ld).toMatchObject({
      "@type": "Service",
      name: "Thai massage",
      serviceType: "Massage therapy",
      provider: { name: settings.businessName },
    });
    // Each length on the page's table, priced as shown (found in review, 2026-12-08: none were).
    expect(ld.offers).toEqual([
      {
        "@type": "Offer",
        name: "Thai massage, 60 minutes",
        url: `${site}massage/thai/`,
        price: 95,
        priceCurrency: "USD",
      },
      { "@type": "Offer", name: "Thai massage, 90 minutes", url: `${site}massage/thai/` },
    ]);
    // The page's language's words: the Spanish page's service is "Masoterapia".
    const spanish = serviceLd(
      {
        name: "Masaje tailandés",
        description: "d",
        url: `${site}es/massage/thai/`,
        image: "i",
        serviceType: "Masoterapia",
        sessions: [],
        minutes: "{minutes} minutos",
      },
      settings,
      site,
    );
    expect(spanish.serviceType).toBe("Masoterapia");
  });

  it("escapes < so a title can never close the script tag", () => {
    expect(serializeJsonLd({ headline: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
