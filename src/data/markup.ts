import type { CopyValues } from "../lib/html/copy-values.ts";
import { phoneLabel, telHref } from "../lib/site/phone.ts";
import { settingValues } from "./copy.ts";
import { settings } from "./settings.ts";

/** What a sentence from content/ fills in (CopyText in src/components/mdx/markup.tsx), from the settings. */
export const copyValues = (): CopyValues => ({
  values: settingValues,
  phone: { label: phoneLabel(settings.phone), href: telHref(settings.phone) },
  email: settings.email,
});
