import type { CopyValues } from "../components/mdx/markup";
import { phoneLabel, telHref } from "../lib/site/phone";
import { settingValues } from "./copy";
import { settings } from "./settings";

/** What a sentence from content/ fills in (CopyText in src/components/mdx/markup.tsx), from the settings. */
export const copyValues = (): CopyValues => ({
  values: settingValues,
  phone: { label: phoneLabel(settings.phone), href: telHref(settings.phone) },
  email: settings.email,
});
