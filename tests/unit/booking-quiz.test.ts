import { describe, expect, it } from "vitest";
import { quizBookingUrl } from "../../src/lib/booking/booking-url.ts";

const booking = { url: "https://booking.example.com/still-point", serviceParam: "service" };

describe("quiz booking link", () => {
  it("carries the service and the quiz's campaign tags", () => {
    const url = new URL(quizBookingUrl(booking, "deep-tissue", "deep-tissue", "www.example.com", ""));
    expect(url.origin + url.pathname).toBe("https://booking.example.com/still-point");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      service: "deep-tissue",
      utm_source: "www.example.com",
      utm_medium: "quiz",
      utm_campaign: "back-pain-quiz",
      utm_content: "deep-tissue",
    });
  });

  it("keeps the visitor's own utm values and drops everything else from their address", () => {
    const search = "?utm_source=newsletter&utm_campaign=spring&utm_term=back&area=neck&pregnant=yes";
    const url = new URL(quizBookingUrl(booking, "swedish", "swedish", "www.example.com", search));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      service: "swedish",
      utm_source: "newsletter",
      utm_medium: "quiz",
      utm_campaign: "spring",
      utm_content: "swedish",
      utm_term: "back",
    });
  });

  it("fills a {service} placeholder in the booking address", () => {
    const url = quizBookingUrl(
      { ...booking, url: "https://calendly.com/still-point/{service}" },
      "thai",
      "thai",
      "a.b",
      "",
    );
    expect(url).toMatch(/^https:\/\/calendly\.com\/still-point\/thai\?utm_source=a\.b&/);
  });
});
