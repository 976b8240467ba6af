import type { z } from "astro/zod";
import { parseCopy } from "../lib/site/copy.ts";
import { COPY_FILES } from "../lib/content/model.ts";
import { phoneLabel } from "../lib/site/phone.ts";
import type { NumberWords } from "../lib/massage/pressure.ts";
import type { HoursWords } from "../lib/site/hours.ts";
import { plainText } from "../lib/site/template.ts";
import { settings } from "./settings.ts";
import { SETTINGS_FILE, type Settings } from "../lib/site/settings.ts";
import { settingsInLanguage, settingsWordsSchema } from "../lib/site/settings-words.ts";
import { usedInDev } from "./used-in-dev.ts";
import { href } from "./url.ts";
import { defaultLanguage, languageOfUrl, localPath, otherLanguages } from "./languages.ts";
import { translatedFile } from "../lib/site/languages.ts";
import { typeNameInSentence } from "../lib/site/in-sentence.ts";

// The copy files' text, by project path; which files and schemas is the content model's (COPY_FILES).
const texts = import.meta.glob<string>(
  [
    "../../content/copy/*.yaml",
    "../../content/faq.yaml",
    "../../content/*/copy/*.yaml",
    "../../content/*/faq.yaml",
  ],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);

/** One copy file, parsed with its schema: each mistake names the file, the line and the field. */
const copyFile = <T extends z.ZodObject>({ file, schema }: { file: string; schema: T }) =>
  usedInDev(() => parseCopy(schema, texts[`../../${file}`] ?? "", file));

/** A copy file in a language: the default language's from content/, another's from content/<code>/. */
/** A words file of the default language as it is in `language` (content/copy/home.yaml → content/es/copy/home.yaml). */
export const copyFileFor = (file: string, language: string): string =>
  language === defaultLanguage ? file : translatedFile(file, language);

const copyFileIn = <T extends z.ZodObject>(spec: { file: string; schema: T }, language: string) =>
  copyFile({ ...spec, file: copyFileFor(spec.file, language) });

export const HOME_COPY_FILE = COPY_FILES.home.file;
export const VISIT_COPY_FILE = COPY_FILES.visit.file;
export const FAQ_FILE = COPY_FILES.faq.file;

/** Words on every page: header, footer, buttons, booking and quiz boxes, article labels, 404. */
export const siteCopy = copyFile(COPY_FILES.site);
/** Titles, snippets and introductions of the list pages, the quiz page, search and the FAQ. */
export const listingsCopy = copyFile(COPY_FILES.listings);
/** The visit, prices, team and policy pages' words, and the opening hours' labels. */
export const visitCopy = copyFile(COPY_FILES.visit);
/** The practice's questions and answers (content/faq.yaml). */
export const faq = copyFile(COPY_FILES.faq);

/** What `{businessName}`, `{city}`, ... stand for in any sentence from content/. */
export const settingValues: Record<string, string> = {
  businessName: settings.businessName,
  city: settings.address.city,
  phone: phoneLabel(settings.phone),
  email: settings.email ?? "",
  emergencyNumber: settings.emergencyNumber,
};

/** A sentence from content/ as plain text, settings and any extra values filled in. */
export const text = (template: string, values: Record<string, string | number> = {}): string =>
  plainText(template, { ...settingValues, ...values });

export interface HomeCard {
  title: string;
  text: string;
  url: string;
}

/** The home page's words; content checks (run by the home page) make sure each card's link exists. */
export const homeCopy = copyFile(COPY_FILES.home);

// Each language's words for the settings (content/es/settings.yaml): tagline, visit facts, labels.
const settingsWordTexts = import.meta.glob<string>("../../content/*/settings.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The settings in a language: another language's words in place of the original's, every fact kept. */
function settingsIn(language: string): Settings {
  if (language === defaultLanguage) return settings;
  const file = translatedFile(SETTINGS_FILE, language);
  return usedInDev(() =>
    settingsInLanguage(
      settings,
      parseCopy(settingsWordsSchema, settingsWordTexts[`../../${file}`] ?? "", file),
    ),
  );
}

/** Every copy file of one language, parsed with its schema, and the settings in that language. */
function copyIn(language: string) {
  return {
    settings: settingsIn(language),
    siteCopy: copyFileIn(COPY_FILES.site, language),
    listingsCopy: copyFileIn(COPY_FILES.listings, language),
    visitCopy: copyFileIn(COPY_FILES.visit, language),
    homeCopy: copyFileIn(COPY_FILES.home, language),
    faq: copyFileIn(COPY_FILES.faq, language),
  };
}

export type LanguageCopy = ReturnType<typeof copyIn>;

const copies = new Map<string, LanguageCopy>([
  [defaultLanguage, { settings, siteCopy, listingsCopy, visitCopy, homeCopy, faq }],
  ...otherLanguages.map((language) => [language, copyIn(language)] as const),
]);

/** The site's words in a language (one of the settings' languages). */
export function copyFor(language: string): LanguageCopy {
  const copy = copies.get(language);
  if (!copy)
    throw new Error(`No words for the language "${language}": add it to languages in content/settings.yaml`);
  return copy;
}

/**
 * The words of the page being rendered, in its language (from its address), with what a view needs
 * to stay in that language: its links (`localHref("/quiz/")` is /es/quiz/ on a Spanish page), the
 * locale of its dates and prices, and its words for lengths and pressures.
 */
export const copyOf = (astro: { url: URL }) => {
  const language = languageOfUrl(astro.url);
  return {
    ...copyFor(language),
    language,
    locale: localeOf(language),
    numberWords: numberWordsIn(language),
    hoursWords: hoursWordsIn(language),
    localHref: (path: string) => href(localPath(language, path)),
  };
};

/** "Book a prenatal massage", "Book a Swedish massage" in a language: the type's name as a sentence has it. */
export const bookTypeLabelIn = (language: string, typeName: string): string =>
  text(copyFor(language).siteCopy.buttons.bookType, { type: typeNameInSentence(typeName, language) });

/** The home page's cards in a language; a card names an article of that language or a massage type. */
export function homeCardsIn(language: string): HomeCard[] {
  return copyFor(language).homeCopy.helpsWith.cards.map((card) => ({
    title: card.title,
    text: card.text,
    url: href(
      localPath(language, card.post !== undefined ? `/blog/${card.post}/` : `/massage/${card.massageType}/`),
    ),
  }));
}

/** The locale a language's dates and prices are written in: the language in the practice's country. */
export const localeOf = (language: string): string => `${language}-${settings.address.country}`;

/** A language's words for session lengths, "or" and pressures, with its locale. */
export function numberWordsIn(language: string): NumberWords {
  const { minutes, or, pressures, pressureRange } = copyFor(language).siteCopy.language;
  return { locale: localeOf(language), minutes, or, pressures, pressureRange };
}

/** A language's words for the opening hours, with its locale for the days' names. */
export function hoursWordsIn(language: string): HoursWords {
  const { closed, closedOn, openOn, oneDay, dayRange, am, pm } = copyFor(language).visitCopy.hours;
  return { locale: localeOf(language), closed, closedOn, openOn, oneDay, dayRange, am, pm };
}
