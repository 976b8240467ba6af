import { z } from "astro/zod";
import { placeholders } from "./template.ts";

/**
 * A piece of wording that may use only the named placeholders; `required` ones must appear.
 * A mistake names the placeholder and lists the ones allowed.
 */
export function wording(what: string, allowed: readonly string[] = [], required: readonly string[] = []) {
  // The editor's label is the same words: "the skip link" is labelled "The skip link".
  const title = what.charAt(0).toUpperCase() + what.slice(1);
  const list = allowed.length > 0 ? allowed.map((name) => `{${name}}`).join(", ") : "none";
  return z
    .string({ error: `write ${what}` })
    .trim()
    .min(2, { error: `write ${what}` })
    .superRefine((text, ctx) => {
      for (const name of placeholders(text)) {
        if (!allowed.includes(name)) {
          ctx.addIssue({
            code: "custom",
            input: text,
            message: `{${name}} is not a placeholder this text can use (it can use: ${list})`,
          });
        }
      }
      for (const name of required) {
        if (!placeholders(text).includes(name)) {
          ctx.addIssue({ code: "custom", input: text, message: `keep the placeholder {${name}} in ${what}` });
        }
      }
    })
    .meta({ title });
}
