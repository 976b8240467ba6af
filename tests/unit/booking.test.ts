import { describe, expect, it } from "vitest";
import { buildBookingUrl, campaignTagsFrom } from "../../src/lib/booking/booking-url";

const tags = { source: "www.example.com", medium: "quiz", campaign: "back-pain-quiz", content: "swedish" };

describe("booking URL", () => {
  it("adds the service as a query parameter when the URL has no placeholder", () => {
    const url = new URL(
      buildBookingUrl({ url: "https://book.example.com/p", serviceParam: "service" }, "swedish-60", tags),
    );
    expect(url.origin + url.pathname).toBe("https://book.example.com/p");
    expect(url.searchParams.get("service")).toBe("swedish-60");
    expect(url.searchParams.get("utm_source")).toBe("www.example.com");
    expect(url.searchParams.get("utm_medium")).toBe("quiz");
    expect(url.searchParams.get("utm_campaign")).toBe("back-pain-quiz");
    expect(url.searchParams.get("utm_content")).toBe("swedish");
  });

  it("fills a {service} placeholder in the path (Calendly style)", () => {
    const url = buildBookingUrl(
      { url: "https://calendly.com/practice/{service}", serviceParam: "service" },
      "deep-tissue",
      tags,
    );
    expect(url).toMatch(/^https:\/\/calendly\.com\/practice\/deep-tissue\?utm_source=/);
  });

  it("links to the booking start page when no service is chosen", () => {
    const url = buildBookingUrl(
      { url: "https://calendly.com/practice/{service}", serviceParam: "service" },
      undefined,
      tags,
    );
    expect(new URL(url).pathname).toBe("/practice/");
  });

  it("keeps the visitor's own campaign tags and nothing else from their URL", () => {
    const inherited = campaignTagsFrom("?utm_source=newsletter&utm_term=back&pain=severe&pregnant=yes");
    expect(inherited).toEqual([
      ["utm_source", "newsletter"],
      ["utm_term", "back"],
    ]);
    const url = new URL(
      buildBookingUrl({ url: "https://book.example.com/", serviceParam: "s" }, "x", tags, inherited),
    );
    expect(url.searchParams.get("utm_source")).toBe("newsletter");
    expect(url.searchParams.get("utm_term")).toBe("back");
    expect(url.search).not.toMatch(/severe|pregnant/);
  });

  it("keeps query parameters the practice put in the booking URL", () => {
    const url = new URL(
      buildBookingUrl(
        { url: "https://squareup.com/appointments/book/abc?location=1", serviceParam: "svc" },
        "x",
        tags,
      ),
    );
    expect(url.searchParams.get("location")).toBe("1");
    expect(url.searchParams.get("svc")).toBe("x");
  });
});
