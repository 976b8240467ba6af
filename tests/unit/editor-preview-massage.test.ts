import { describe, expect, it } from "vitest";
import {
  editorSessions,
  renderMassageTypeArticle,
  renderPageArticle,
  type MassageTypeFields,
} from "../../src/admin/preview.tsx";
import { withSessionNotes } from "../../src/lib/massage/prices.ts";
import type { PreviewData } from "../../src/components/mdx/preview-data.ts";
import { POST_LABELS } from "../support/preview-labels.ts";

// The words the site's copy files give (content/copy/site.yaml, visit.yaml), as /admin/preview.json sends them.
const data: PreviewData = {
  base: "/",
  callout: {},
  copy: { values: { businessName: "Calm Hands" } },
  authors: {},
  massageTypes: {},
  locale: "en-US",
  post: POST_LABELS,
  prices: { show: true, currency: "USD" },
  bookingSite: {
    booking: { url: "https://book.example.com/{service}", serviceParam: "service" },
    siteUrl: "https://calm.example.com",
  },
  pageUpdated: "Last updated {date}.",
  massageType: {
    labels: {
      types: "Massage types",
      pressure: "Pressure",
      sessionLengths: "Session lengths",
      sessions: "Sessions",
      sessionsAndPrices: "Sessions and prices",
      bestFor: "Often chosen for",
      askDoctorFirst: "Ask your doctor first if",
      notSure: "Not sure? Take the quiz",
      note: "General information from {businessName}.",
    },
    table: {
      caption: "{type}: session lengths",
      captionWithPrices: "{type}: session lengths and prices",
      length: "Length",
      price: "Price",
      booking: "Booking",
      book: "Book {minutes} minutes",
    },
    numberWords: {
      locale: "en-US",
      minutes: "{minutes} minutes",
      or: "or",
      pressures: { light: "light", medium: "medium", firm: "firm" },
      pressureRange: "{from} to {to}",
    },
  },
};

const swedish: MassageTypeFields = {
  id: "swedish",
  name: "Swedish massage",
  summary: "Long, flowing strokes.",
  pressure: { from: "light", to: "medium" },
  bestFor: ["A first massage"],
  askDoctorFirst: ["You have a fever"],
  sessions: [
    { minutes: 90, price: 135, bookingService: "swedish-90" },
    { minutes: 30, price: 55 },
  ],
  bookingService: "swedish",
  body: "Swedish massage is the style most people picture.\n",
};

const render = (type: MassageTypeFields, words: PreviewData = data) =>
  renderMassageTypeArticle(type, words, (path) => `/media/${path}`);
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("the editor's preview of a massage type", () => {
  it("shows the page's parts in its order: title, summary, facts, lists, body, then the sessions", () => {
    const text = textOf(render(swedish));
    expect(text).toBe(
      [
        "Home Massage types Swedish massage",
        "Swedish massage Long, flowing strokes.",
        "Pressure light to medium Session lengths 30 or 90 minutes",
        "Often chosen for A first massage Ask your doctor first if You have a fever",
        "Swedish massage is the style most people picture.",
        "Sessions and prices Swedish massage: session lengths and prices Length Price Booking",
        "30 minutes $55 Book 30 minutes (Swedish massage) 90 minutes $135 Book 90 minutes (Swedish massage)",
        "Not sure? Take the quiz General information from Calm Hands.",
      ].join(" "),
    );
  });

  it("uses the page's classes, and each length's booking link as the page builds it", () => {
    const html = render(swedish);
    expect(html).toContain('<p class="lede">');
    expect(html).toContain('<dl class="facts">');
    expect(html).toContain('<table class="sessions" data-testid="sessions-swedish">');
    expect(html).toContain(
      'href="https://book.example.com/swedish-90?utm_source=calm.example.com&amp;utm_medium=website&amp;utm_campaign=massage-type&amp;utm_content=swedish-90"',
    );
    expect(html).toContain('href="https://book.example.com/swedish?');
    expect(html).toContain('<a class="button button--secondary" href="/quiz/">');
  });

  it("shows an edited price at once, and no prices when the settings hide them", () => {
    expect(render({ ...swedish, sessions: [{ minutes: 60, price: 99.5 }] })).toContain("<td>$99.50</td>");
    const hidden = textOf(render(swedish, { ...data, prices: { show: false, currency: "USD" } }));
    expect(hidden).not.toContain("$");
    expect(hidden).toContain("Sessions Swedish massage: session lengths Length Booking");
  });

  it("shows the photo through the editor's address", () => {
    expect(render({ ...swedish, photo: "/media/swedish.jpg", photoAlt: "A table" })).toContain(
      '<picture><img class="type-photo" src="/media/swedish.jpg" alt="A table"/></picture>',
    );
  });

  it("reads sessions as the form holds them while they are typed", () => {
    expect(
      editorSessions([
        { minutes: 60, price: "95", note: "" },
        { minutes: "", price: 10 },
        { minutes: 30, currency: "EUR", bookingService: "s-30" },
        null,
      ]),
    ).toEqual([
      { minutes: 60, price: 95 },
      { minutes: 30, currency: "EUR", bookingService: "s-30" },
    ]);
  });

  it("gives a translation its original's sessions with its own notes", () => {
    expect(
      withSessionNotes(
        [{ minutes: 30, price: 55 }, { minutes: 60 }],
        [{ minutes: 30, note: "Solo la espalda" }],
      ),
    ).toEqual([{ minutes: 30, price: 55, note: "Solo la espalda" }, { minutes: 60 }]);
  });
});

describe("the editor's preview of a policy page", () => {
  it('ends with the page\'s "Last updated" line in its language, only when a date is set', () => {
    const asset = (path: string) => path;
    expect(renderPageArticle("Privacy", "Text.\n", data, asset, "2026-12-03")).toContain(
      '<p class="muted">Last updated December 3, 2026.</p>',
    );
    const spanish = { ...data, locale: "es-US", pageUpdated: "Última actualización: {date}." };
    expect(renderPageArticle("Privacidad", "Texto.\n", spanish, asset, "2026-12-03")).toContain(
      "Última actualización: 3 de diciembre de 2026.",
    );
    expect(renderPageArticle("Privacy", "Text.\n", data, asset)).not.toContain("muted");
  });
});
