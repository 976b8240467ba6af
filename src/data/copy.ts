import siteText from "../../content/copy/site.yaml?raw";
import homeText from "../../content/copy/home.yaml?raw";
import listingsText from "../../content/copy/listings.yaml?raw";
import faqText from "../../content/faq.yaml?raw";
import {
  cardLinkProblems,
  COPY_DIR,
  faqSchema,
  homeCopySchema,
  listingsCopySchema,
  parseCopy,
  siteCopySchema,
  type HomeCopy,
} from "../lib/site/copy";
import { ContentError } from "../lib/content/errors";
import { phoneLabel } from "../lib/site/phone";
import { plainText } from "../lib/site/template";
import { getMassageTypes } from "./massage-types";
import { getPublishedPosts } from "./posts";
import { settings } from "./settings";
import { href } from "./url";

export const SITE_COPY_FILE = `${COPY_DIR}/site.yaml`;
export const HOME_COPY_FILE = `${COPY_DIR}/home.yaml`;
export const LISTINGS_COPY_FILE = `${COPY_DIR}/listings.yaml`;
export const FAQ_FILE = "content/faq.yaml";

/** Words on every page: header, footer, buttons, booking and quiz boxes, article labels, 404. */
export const siteCopy = parseCopy(siteCopySchema, siteText, SITE_COPY_FILE);
/** Titles, snippets and introductions of the list pages, the quiz page, search and the FAQ. */
export const listingsCopy = parseCopy(listingsCopySchema, listingsText, LISTINGS_COPY_FILE);
/** The practice's questions and answers (content/faq.yaml). */
export const faq = parseCopy(faqSchema, faqText, FAQ_FILE);

/** What `{businessName}`, `{city}`, ... stand for in any sentence from content/. */
export const settingValues: Record<string, string> = {
  businessName: settings.businessName,
  city: settings.address.city,
  phone: phoneLabel(settings.phone),
  email: settings.email,
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

/** The home page's words, each card's link checked against the published articles and types. */
export async function getHomeCopy(): Promise<HomeCopy & { cards: HomeCard[] }> {
  const copy = parseCopy(homeCopySchema, homeText, HOME_COPY_FILE);
  const [posts, types] = await Promise.all([getPublishedPosts(), getMassageTypes()]);
  const problems = cardLinkProblems(
    HOME_COPY_FILE,
    copy.helpsWith.cards,
    new Set(posts.map((post) => post.id)),
    new Set(types.map((type) => type.id)),
  );
  if (problems.length > 0) {
    throw new ContentError(
      `The home page's cards have mistakes:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  const cards = copy.helpsWith.cards.map((card) => ({
    title: card.title,
    text: card.text,
    url: href(card.post !== undefined ? `/blog/${card.post}/` : `/massage/${card.massageType}/`),
  }));
  return { ...copy, cards };
}
