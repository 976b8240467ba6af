import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GUIDE, guideWithMessages } from "../../scripts/content-messages.ts";
import { MESSAGES } from "../../src/lib/content/messages.ts";
import { DOC_END, DOC_START } from "../../src/lib/content/messages-doc.ts";

describe('docs/CONTENT.md "When the build stops"', () => {
  const guide = readFileSync(GUIDE, "utf8");

  it("is generated from the message catalogue the build uses (run npm run docs:messages)", async () => {
    expect(guide).toBe(await guideWithMessages(guide));
  });

  it("shows every message of the catalogue, exactly as the build words it", () => {
    const section = guide.slice(guide.indexOf(DOC_START), guide.indexOf(DOC_END));
    for (const template of Object.values(MESSAGES)) {
      const t = template as { mistake: string; what: (a: unknown) => string; example: unknown };
      expect(section).toContain(t.mistake.replace(/\|/g, "\\|"));
      expect(section).toContain(t.what(t.example).replace(/\|/g, "\\|"));
    }
  });
});
