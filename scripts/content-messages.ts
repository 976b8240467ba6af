// Writes the "When the build stops" table in docs/CONTENT.md from the message catalogue
// (src/lib/content/messages.ts), so the guide always says what the build says.
// A unit test (tests/unit/content-messages-doc.test.ts) fails when the guide is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { format, resolveConfig } from "prettier";
import { messagesTable, withMessagesTable } from "../src/lib/content/messages-doc.ts";

export const GUIDE = join(resolve(import.meta.dirname, ".."), "docs/CONTENT.md");

/** The guide as it should be: the current text with the generated table, formatted like the rest. */
export async function guideWithMessages(current = readFileSync(GUIDE, "utf8")): Promise<string> {
  const options = (await resolveConfig(GUIDE)) ?? {};
  return format(withMessagesTable(current, messagesTable()), { ...options, filepath: GUIDE });
}

if (import.meta.main) {
  writeFileSync(GUIDE, await guideWithMessages());
  console.log("docs/CONTENT.md: the message table is up to date.");
}
