import siteText from "../../content/copy/site.yaml?raw";
import homeText from "../../content/copy/home.yaml?raw";
import listingsText from "../../content/copy/listings.yaml?raw";
import visitText from "../../content/copy/visit.yaml?raw";
import faqText from "../../content/faq.yaml?raw";
import {
  COPY_DIR,
  faqSchema,
  homeCopySchema,
  listingsCopySchema,
  parseCopy,
  siteCopySchema,
  visitCopySchema,
} from "../lib/site/copy";
import { phoneLabel } from "../lib/site/phone";
import { plainText } from "../lib/site/template";
import { settings } from "./settings";
import { usedInDev } from "./used-in-dev";
import { href } from "./url";

export const SITE_COPY_FILE = `${COPY_DIR}/site.yaml`;
export const HOME_COPY_FILE = `${COPY_DIR}/home.yaml`;
export const LISTINGS_COPY_FILE = `${COPY_DIR}/listings.yaml`;
export const VISIT_COPY_FILE = `${COPY_DIR}/visit.yaml`;
export const FAQ_FILE = "content/faq.yaml";

/** Words on every page: header, footer, buttons, booking and quiz boxes, article labels, 404. */
export const siteCopy = usedInDev(() => parseCopy(siteCopySchema, siteText, SITE_COPY_FILE));
/** Titles, snippets and introductions of the list pages, the quiz page, search and the FAQ. */
export const listingsCopy = usedInDev(() => parseCopy(listingsCopySchema, listingsText, LISTINGS_COPY_FILE));
/** The visit, prices, team and policy pages' words, and the opening hours' labels. */
export const visitCopy = usedInDev(() => parseCopy(visitCopySchema, visitText, VISIT_COPY_FILE));
/** The practice's questions and answers (content/faq.yaml). */
export const faq = usedInDev(() => parseCopy(faqSchema, faqText, FAQ_FILE));

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
export const homeCopy = usedInDev(() => parseCopy(homeCopySchema, homeText, HOME_COPY_FILE));

/** The home page's cards with their links. */
export function homeCards(): HomeCard[] {
  return homeCopy.helpsWith.cards.map((card) => ({
    title: card.title,
    text: card.text,
    url: href(card.post !== undefined ? `/blog/${card.post}/` : `/massage/${card.massageType}/`),
  }));
}
