import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  cardLinkProblems,
  faqSchema,
  homeCopySchema,
  listingsCopySchema,
  parseCopy,
  siteCopySchema,
  visitCopySchema,
} from "../../src/lib/site/copy.ts";
import { formatProblems } from "../../src/lib/content/problems.ts";
import { searchExamples } from "../../src/lib/content/tags.ts";
import { fillText, inlineParts, plainText } from "../../src/lib/site/template.ts";

const read = (file: string) => readFileSync(file, "utf8");

describe("the site's words in content/copy", () => {
  it("accepts the real files", () => {
    expect(parseCopy(siteCopySchema, read("content/copy/site.yaml"), "site.yaml").buttons.bookType).toContain(
      "{type}",
    );
    expect(
      parseCopy(homeCopySchema, read("content/copy/home.yaml"), "home.yaml").helpsWith.cards.length,
    ).toBe(4);
    expect(
      parseCopy(listingsCopySchema, read("content/copy/listings.yaml"), "listings.yaml").quiz.intro,
    ).toMatch(/safety check/);
    const faq = parseCopy(faqSchema, read("content/faq.yaml"), "content/faq.yaml");
    const questions = faq.questions.map((item) => item.question).join(" ");
    for (const topic of [
      /insurance/i,
      /car-accident/i,
      /HSA or FSA/,
      /pay/i,
      /gift card/i,
      /wear/i,
      /first visit/i,
    ]) {
      expect(questions).toMatch(topic);
    }
  });

  it("names the file and field of an unknown placeholder or a missing text", () => {
    const text = read("content/copy/home.yaml")
      .replace("{businessName} is a massage-therapy practice", "{practiceName} is a massage-therapy practice")
      .replace("heading: Latest articles", "heading: ''");
    expect(() => parseCopy(homeCopySchema, text, "content/copy/home.yaml")).toThrow(
      /The content has 2 mistakes[\s\S]*content\/copy\/home\.yaml:\d+ {2}intro [\s\S]*\{practiceName\} is not a placeholder this text can use \(it can use: \{businessName\}, \{city\}[\s\S]*latest\.heading/,
    );
  });

  it("checks the visit, prices and team words with their own placeholders", () => {
    const file = "content/copy/visit.yaml";
    const visit = parseCopy(visitCopySchema, read(file), file);
    expect(visit.visit.description).toContain("{city}");
    expect(visit.bookingPrivacy.link).toContain("{platform}");
    const text = read(file)
      .replace("articlesBy: Articles written or reviewed by {name}", "articlesBy: Articles by {city}")
      .replace(`link: "{platform}'s privacy policy"`, `link: "Our booking platform's privacy policy"`);
    expect(() => parseCopy(visitCopySchema, text, file)).toThrow(
      /The content has 3 mistakes[\s\S]*member\.articlesBy[\s\S]*\{city\} is not a placeholder this text can use \(it can use: \{name\}\)[\s\S]*Keep the placeholder \{name\}[\s\S]*bookingPrivacy\.link[\s\S]*Keep the placeholder \{platform\}/,
    );
  });

  it("requires each card to link to exactly one article or massage type", () => {
    const text = read("content/copy/home.yaml").replace(
      "    massageType: myofascial-release",
      "    massageType: myofascial-release\n      post: massage-stress-and-sleep",
    );
    expect(() => parseCopy(homeCopySchema, text, "home.yaml")).toThrow(
      /home\.yaml:\d+ {2}helpsWith\.cards\.3 is not accepted\. Link the card to one/,
    );
  });

  it("reports a card that points to a draft or a missing type by file, line and field", () => {
    const text =
      "helpsWith:\n  cards:\n    - title: Sciatica\n      post: sciatica-and-massage\n    - title: Relax\n      massageType: swedish\n    - title: Stones\n      massageType: hot-stones\n";
    const problems = cardLinkProblems(
      "content/copy/home.yaml",
      text,
      new Set(["massage-stress-and-sleep"]),
      new Set(["swedish", "hot-stone"]),
    );
    expect(formatProblems(problems)).toMatch(
      /content\/copy\/home\.yaml:4 {2}helpsWith\.cards\.0\.post "sciatica-and-massage" is not a published post\.[\s\S]*content\/copy\/home\.yaml:8 {2}helpsWith\.cards\.2\.massageType "hot-stones" is not a massage type\. Use one of: hot-stone or swedish\./,
    );
    expect(problems).toHaveLength(2);
  });
});

describe("wording templates", () => {
  it("fills placeholders and reads links", () => {
    expect(fillText("Book a {type}", { type: "Swedish massage" })).toBe("Book a Swedish massage");
    expect(inlineParts("Call {phone} or read [our guide](/blog/x/).")).toEqual([
      { kind: "text", text: "Call " },
      { kind: "placeholder", name: "phone" },
      { kind: "text", text: " or read " },
      { kind: "link", text: "our guide", path: "/blog/x/" },
      { kind: "text", text: "." },
    ]);
    expect(plainText("Browse by [topic](/tags/) at {businessName}.", { businessName: "Still Point" })).toBe(
      "Browse by topic at Still Point.",
    );
  });
});

describe("search box examples", () => {
  it("come from the published topics and the massage types, capitals kept", () => {
    expect(
      searchExamples(
        [{ tag: "back-pain" }, { tag: "self-care" }],
        ["Swedish massage", "Deep tissue massage"],
      ),
    ).toEqual(["back pain", "Swedish massage", "Deep tissue massage"]);
  });
});
