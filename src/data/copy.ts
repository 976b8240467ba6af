import type { z } from "astro/zod";
import { parseCopy } from "../lib/site/copy";
import { COPY_FILES } from "../lib/content/model";
import { phoneLabel } from "../lib/site/phone";
import { plainText } from "../lib/site/template";
import { settings } from "./settings";
import { usedInDev } from "./used-in-dev";
import { href } from "./url";

// The copy files' text, by project path; which files and schemas is the content model's (COPY_FILES).
const texts = import.meta.glob<string>(["../../content/copy/*.yaml", "../../content/faq.yaml"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** One copy file, parsed with its schema: each mistake names the file, the line and the field. */
const copyFile = <T extends z.ZodObject>({ file, schema }: { file: string; schema: T }) =>
  usedInDev(() => parseCopy(schema, texts[`../../${file}`] ?? "", file));

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

/** "Book a Swedish massage": the type's own name, capitals kept. */
export const bookTypeLabel = (typeName: string): string =>
  text(siteCopy.buttons.bookType, { type: typeName });

export interface HomeCard {
  title: string;
  text: string;
  url: string;
}

/** The home page's words; content checks (run by the home page) make sure each card's link exists. */
export const homeCopy = copyFile(COPY_FILES.home);

/** The home page's cards with their links. */
export function homeCards(): HomeCard[] {
  return homeCopy.helpsWith.cards.map((card) => ({
    title: card.title,
    text: card.text,
    url: href(card.post !== undefined ? `/blog/${card.post}/` : `/massage/${card.massageType}/`),
  }));
}
