import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSettings } from "../../src/lib/site/settings";
import {
  blogPostingLd,
  breadcrumbLd,
  practiceLd,
  serializeJsonLd,
  serviceLd,
  websiteLd,
} from "../../src/lib/seo/structured-data";

const settings = parseSettings(readFileSync("content/settings.yaml", "utf8"));
const site = "https://www.example.com/";

describe("structured data", () => {
  it("describes a post as a BlogPosting with its author as a Person with a URL", () => {
    const ld = blogPostingLd(
      {
        url: `${site}blog/x/`,
        headline: "Title",
        description: "Description",
        image: `${site}og/blog/x.png`,
        datePublished: new Date("2022-01-30"),
        author: { name: "Derrick Allen", url: `${site}authors/derrick-allen/`, jobTitle: "Writer" },
        keywords: ["back-pain", "stress"],
      },
      settings,
      site,
    );
    expect(ld).toMatchObject({
      "@type": "BlogPosting",
      headline: "Title",
      datePublished: "2022-01-30T00:00:00.000Z",
      dateModified: "2022-01-30T00:00:00.000Z",
      author: { "@type": "Person", name: "Derrick Allen", url: `${site}authors/derrick-allen/` },
      publisher: { name: settings.businessName },
      image: `${site}og/blog/x.png`,
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

  it("describes the practice with the settings' address, phone and services", () => {
    const ld = practiceLd(settings, site, [
      { name: "Swedish massage", url: `${site}massage/swedish/` },
    ]) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      "@type": "HealthAndBeautyBusiness",
      name: settings.businessName,
      telephone: settings.phone,
      address: { addressLocality: settings.address.city, addressCountry: settings.address.country },
    });
    expect(JSON.stringify(ld.makesOffer)).toContain("Swedish massage");
    expect(websiteLd(settings, site).publisher).toEqual({ "@id": ld["@id"] });
  });

  it("describes a massage type as a Service provided by the practice", () => {
    const ld = serviceLd(
      { name: "Thai massage", description: "d", url: `${site}massage/thai/`, image: "i" },
      settings,
      site,
    );
    expect(ld).toMatchObject({
      "@type": "Service",
      name: "Thai massage",
      provider: { name: settings.businessName },
    });
  });

  it("escapes < so a title can never close the script tag", () => {
    expect(serializeJsonLd({ headline: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
