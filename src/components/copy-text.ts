import { h } from "preact";
import { copyValues } from "../data/markup.ts";
import { href } from "../data/url.ts";
import { CopyText } from "./mdx/markup.tsx";

/**
 * A sentence from content/ (`{name}` placeholders, `[words](/address/)` links) as CopyText draws it
 * on the pages: the settings' values, the phone and email as links unless a value is given for
 * them. For Copy.astro, and for shared markup that holds such a sentence (markup.tsx in post/).
 */
export function copyTextNode(text: string, values: Record<string, string | number> = {}) {
  const settingsCopy = copyValues();
  const given = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return h(CopyText, {
    text,
    copy: {
      values: { ...settingsCopy.values, ...given },
      phone: "phone" in given ? undefined : settingsCopy.phone,
      email: "email" in given ? undefined : settingsCopy.email,
    },
    links: { href },
  });
}
