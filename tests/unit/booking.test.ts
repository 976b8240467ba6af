import { describe, expect, it } from "vitest";
import { buildBookingUrl, serviceIdFor, siteBookingUrl } from "../../src/lib/booking/booking-url.ts";
import { bookingUrlProblems } from "../../src/lib/booking/booking-check.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";

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
    const inherited = new URLSearchParams(
      "?utm_source=newsletter&utm_term=back&utm_id=&pain=severe&pregnant=yes",
    );
    const url = new URL(
      buildBookingUrl({ url: "https://book.example.com/", serviceParam: "s" }, "x", tags, inherited),
    );
    expect(url.searchParams.get("utm_source")).toBe("newsletter");
    expect(url.searchParams.get("utm_term")).toBe("back");
    expect(url.search).not.toMatch(/severe|pregnant|utm_id/);
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

// The address forms in docs/CONTENT.md ("Booking platforms"), one test each: what the practice
// writes in settings, and what a visitor's browser is sent to.
describe("booking URL per platform", () => {
  const book = (url: string, serviceParam: string | false, service?: string) =>
    buildBookingUrl({ url, serviceParam }, service, tags);

  it("Acuity: the appointment type as ?appointmentType=", () => {
    const url = new URL(
      book("https://example.acuityscheduling.com/schedule.php", "appointmentType", "12345"),
    );
    expect(url.pathname).toBe("/schedule.php");
    expect(url.searchParams.get("appointmentType")).toBe("12345");
    expect(url.searchParams.get("utm_medium")).toBe("quiz");
  });

  it("Calendly: the event type's own link, one path step per service", () => {
    expect(book("https://calendly.com/still-point/{service}", "service", "massage-60")).toBe(
      "https://calendly.com/still-point/massage-60?utm_source=www.example.com&utm_medium=quiz&utm_campaign=back-pain-quiz&utm_content=swedish",
    );
  });

  it("Jane (hash-routed): the treatment goes in the #/ route and the tags before the #", () => {
    const url = book("https://stillpoint.janeapp.com/#/staff_member/1/treatment/{service}", "service", "12");
    expect(url).toBe(
      "https://stillpoint.janeapp.com/?utm_source=www.example.com&utm_medium=quiz&utm_campaign=back-pain-quiz&utm_content=swedish#/staff_member/1/treatment/12",
    );
    expect(url.indexOf("utm_source")).toBeLessThan(url.indexOf("#"));
  });

  it("Jane without a service: the route stops at the staff member, tags still before the #", () => {
    const url = book("https://stillpoint.janeapp.com/#/staff_member/1/treatment/{service}", "service");
    expect(url.endsWith("#/staff_member/1/treatment")).toBe(true);
    expect(new URL(url).searchParams.get("utm_source")).toBe("www.example.com");
  });

  it("MassageBook's #services anchor stays last, after the tags", () => {
    const url = book("https://www.massagebook.com/biz/still-point#services", false, "deep-tissue-60");
    expect(url).toBe(
      "https://www.massagebook.com/biz/still-point?utm_source=www.example.com&utm_medium=quiz&utm_campaign=back-pain-quiz&utm_content=swedish#services",
    );
  });

  it("Square, Fresha, Vagaro, Mindbody (no documented service link): serviceParam false sends no id", () => {
    for (const page of [
      "https://squareup.com/appointments/book/abc123/LOC456/start",
      "https://www.fresha.com/book-now/still-point-abc123/all-offer?share=true&pId=1",
      "https://www.vagaro.com/stillpoint/book-now",
    ]) {
      const url = new URL(book(page, false, "deep-tissue-60"));
      expect(url.href).not.toContain("deep-tissue-60");
      expect(url.searchParams.get("utm_campaign")).toBe("back-pain-quiz");
      expect(url.href.startsWith(page.split("?")[0]!)).toBe(true);
    }
    expect(
      new URL(book("https://www.fresha.com/book-now/x/all-offer?share=true&pId=1", false)).searchParams.get(
        "pId",
      ),
    ).toBe("1");
  });
});

describe("booking per session length", () => {
  const type = { bookingService: "deep-tissue" };
  it("uses the length's own service id when it has one, else the type's", () => {
    expect(serviceIdFor(type, { bookingService: "deep-tissue-90" })).toBe("deep-tissue-90");
    expect(serviceIdFor(type, {})).toBe("deep-tissue");
    expect(serviceIdFor(type)).toBe("deep-tissue");
  });

  it("a site button for one length carries that length's id and names it in utm_content", () => {
    const settings = {
      siteUrl: "https://www.stillpoint.test",
      booking: {
        url: "https://example.acuityscheduling.com/schedule.php",
        serviceParam: "appointmentType" as const,
      },
    };
    const url = new URL(siteBookingUrl(settings, "prices", "777", "deep-tissue-90"));
    expect(url.searchParams.get("appointmentType")).toBe("777");
    expect(url.searchParams.get("utm_content")).toBe("deep-tissue-90");
    expect(url.searchParams.get("utm_source")).toBe("www.stillpoint.test");
    expect(url.searchParams.get("utm_campaign")).toBe("prices");
  });
});

describe("booking links are https:// once every {service} is filled", () => {
  const uses = [
    { service: "swedish", file: "content/massage-types/swedish.mdx", field: "bookingService", line: 27 },
    {
      service: "swedish-60",
      file: "content/massage-types/swedish.mdx",
      field: "sessions.1.bookingService",
      line: 22,
    },
    {
      service: "javascript",
      file: "content/massage-types/thai.mdx",
      field: "sessions.1.bookingService",
      line: 22,
    },
  ];
  const settingsAt = { file: "content/settings.yaml", line: 20 };
  const check = (url: string) =>
    bookingUrlProblems({ url, serviceParam: "service" }, uses, settingsAt).map(formatProblem);

  it("buildBookingUrl itself refuses a link that is not https://", () => {
    const booking = { url: "{service}:alert(1)", serviceParam: "service" as const };
    expect(() => buildBookingUrl(booking, "javascript", tags)).toThrow(/^javascript:alert\(1\)/);
    expect(() =>
      buildBookingUrl({ url: "java{service}:alert(1)", serviceParam: "service" }, "script", tags),
    ).toThrow(/^javascript:alert\(1\)/);
    expect(() =>
      buildBookingUrl({ url: "{service}https://book.example.com/", serviceParam: false }, "data", tags),
    ).toThrow(/^datahttps:\/\/book\.example\.com\//);
  });

  it("a URL that only becomes a link once filled is the settings' mistake, named with its line", () => {
    expect(check("{service}:alert(1)")).toEqual([
      'content/settings.yaml:20  booking.url "{service}:alert(1)" makes booking links such as ":alert(1)", which do not start with https://. Start it with https:// and the booking site\'s address, and put {service} only after that, e.g. https://calendly.com/your-practice/{service}.',
    ]);
    expect(check("java{service}:alert(1)")).toHaveLength(1);
  });

  it("a service id that changes where the link goes names the massage-type file and field, once a file", () => {
    expect(check("{service}https://book.example.com/")).toEqual([
      expect.stringContaining(
        'content/massage-types/swedish.mdx:27  bookingService "swedish" put into booking.url "{service}https://book.example.com/" (content/settings.yaml) makes the link "swedishhttps://book.example.com/", which does not start with https://.',
      ),
      expect.stringContaining(
        'content/massage-types/thai.mdx:22  sessions.1.bookingService "javascript" put into booking.url',
      ),
    ]);
  });

  it("passes the booking URL forms of the common platforms", () => {
    for (const url of [
      "https://calendly.com/practice/{service}",
      "https://practice.janeapp.com/#/treatment/{service}",
      "https://book.example.com/still-point",
    ])
      expect(check(url), url).toEqual([]);
  });
});
