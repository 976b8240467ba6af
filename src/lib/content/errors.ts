import type { z } from "astro/zod";

/**
 * Turns zod issues into one message a marketer can act on: the file, each field by its
 * dotted path, and what the field expects. Used for every data file under `content/`.
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join(".") : "(the whole file)";
    return `  - ${field}: ${issue.message}`;
  });
  return `${file} has ${issues.length === 1 ? "a mistake" : `${issues.length} mistakes`}:\n${lines.join("\n")}`;
}

/** An error whose message is meant for the person editing `content/`, not for a developer. */
export class ContentError extends Error {
  override name = "ContentError";
}
