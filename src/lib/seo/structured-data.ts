import type {
  BlogPosting,
  BreadcrumbList,
  EducationalOccupationalCredential,
  HealthAndBeautyBusiness,
  Offer,
  OfferCatalog,
  OpeningHoursSpecification,
  Organization,
  Person,
  ProfilePage,
  Service,
  WebSite,
  WithContext,
} from "schema-dts";
import { isoDay } from "../content/dates.ts";
import { openingHoursSpecs, type OpeningHoursSpec } from "../site/hours.ts";
import { addressLines } from "../site/place.ts";
import { fillText } from "../site/template.ts";
import type { Settings } from "../site/settings.ts";

// Builders for the JSON-LD search engines read. Each takes absolute URLs so the output is
// correct wherever the site is deployed; pages pass what they already computed.

/** An article's author or reviewer: a person, or a group of the practice's people. */
export interface PersonInput {
  name: string;
  /** Their page: a therapist's team page, otherwise their author page. */
  url: string;
  /** That page in the default language: the node's `@id` in every language (default: `url`). */
  nodeUrl?: string | undefined;
  jobTitle?: string | undefined;
  /** A group such as "The clinical team": an Organization to search engines, not a Person. */
  group?: boolean | undefined;
  description?: string | undefined;
  image?: string | undefined;
}

export interface BlogPostingInput {
  url: string;
  headline: string;
  description: string;
  image: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  author: PersonInput;
  /** The clinical review the page shows: who checked it, and when. */
  review?: { by: PersonInput; on: Date } | undefined;
  keywords: readonly string[];
}

// The same `@id` wherever the author appears (an article, their author page, a therapist's team page
// via therapistLd), so search engines read one person, not one per page.
function author(
  input: PersonInput,
  siteUrl: string,
): Exclude<Person, string> | Exclude<Organization, string> {
  const { name, url, jobTitle, description, image } = input;
  const nodeUrl = input.nodeUrl ?? url;
  const about = { ...(description ? { description } : {}), ...(image ? { image } : {}) };
  if (input.group) {
    return {
      "@type": "Organization",
      "@id": `${nodeUrl}#group`,
      name,
      url,
      parentOrganization: { "@id": practiceId(siteUrl) },
      ...about,
    };
  }
  return {
    "@type": "Person",
    "@id": `${nodeUrl}#person`,
    name,
    url,
    ...(jobTitle ? { jobTitle } : {}),
    ...about,
  };
}

export function practiceId(siteUrl: string): string {
  return `${new URL("/", siteUrl).href}#practice`;
}

export function blogPostingLd(
  post: BlogPostingInput,
  settings: Settings,
  siteUrl: string,
  language: string,
): WithContext<BlogPosting> {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    "@id": `${post.url}#article`,
    // Who reviewed a page is said of the page (schema.org's reviewedBy and lastReviewed are WebPage
    // properties, not an article's).
    mainEntityOfPage: post.review
      ? {
          "@type": "WebPage",
          "@id": post.url,
          url: post.url,
          reviewedBy: author(post.review.by, siteUrl),
          lastReviewed: isoDay(post.review.on),
        }
      : post.url,
    url: post.url,
    headline: post.headline,
    description: post.description,
    image: post.image,
    // Calendar days, as the post gives them: midnight UTC is the evening before in the Americas.
    datePublished: isoDay(post.datePublished),
    dateModified: isoDay(post.dateModified ?? post.datePublished),
    author: author(post.author, siteUrl),
    publisher: {
      "@type": "Organization",
      "@id": practiceId(siteUrl),
      name: settings.businessName,
      url: siteUrl,
    },
    keywords: post.keywords.join(", "),
    inLanguage: language,
  };
}

/** An author's page: a profile of the person (or group) their articles name as author or reviewer. */
export function authorPageLd(
  profile: PersonInput,
  pageUrl: string,
  siteUrl: string,
  language: string,
): WithContext<Exclude<ProfilePage, string>> {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: pageUrl,
    inLanguage: language,
    mainEntity: author(profile, siteUrl),
  } as WithContext<Exclude<ProfilePage, string>>;
}

export function breadcrumbLd(items: readonly { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export function websiteLd(settings: Settings, siteUrl: string, language: string): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: settings.businessName,
    description: settings.description,
    url: siteUrl,
    inLanguage: language,
    publisher: { "@id": practiceId(siteUrl) },
  };
}

/** A massage type and its lengths, for the offer catalogue; amount absent when prices are hidden. */
export interface ServiceInput {
  name: string;
  url: string;
  sessions: readonly { minutes: number; amount?: number | undefined; currency: string }[];
}

/** A therapist: a Person with the licence as a credential recognised by the licensing body. */
export interface TherapistInput {
  name: string;
  url: string;
  /** The team page in the default language: the Person's `@id` in every language (default: `url`). */
  nodeUrl?: string | undefined;
  jobTitle: string;
  image?: string | undefined;
  /** BCP 47 codes ("en", "es"), as schema.org asks. */
  knowsLanguage: readonly string[];
  licence?: { type: string; number: string; body: string; verifyUrl?: string | undefined } | undefined;
}

export interface PracticeInput {
  /** The practice's today (YYYY-MM-DD): changes of hours over by then are not listed. */
  today: string;
  /** The page's language's words: "Sessions", and a session's length ("{minutes} minutes"). */
  words: { sessions: string; minutes: string };
  services: readonly ServiceInput[];
  team: readonly TherapistInput[];
  /** The site's share image, absolute. */
  image: string;
  /** "$$" or "$60–$150". */
  priceRange?: string | undefined;
  /** The languages spoken at the practice, as BCP 47 codes ("en", "es"), as schema.org asks. */
  knowsLanguage: readonly string[];
}

export function therapistLd(member: TherapistInput): Exclude<Person, string> {
  const credential: EducationalOccupationalCredential | undefined = member.licence && {
    "@type": "EducationalOccupationalCredential",
    credentialCategory: "license",
    name: member.licence.type,
    identifier: member.licence.number,
    recognizedBy: { "@type": "Organization", name: member.licence.body },
    ...(member.licence.verifyUrl ? { url: member.licence.verifyUrl } : {}),
  };
  return {
    "@type": "Person",
    "@id": `${member.nodeUrl ?? member.url}#person`,
    name: member.name,
    url: member.url,
    jobTitle: member.jobTitle,
    ...(member.image ? { image: member.image } : {}),
    ...(member.knowsLanguage.length > 0 ? { knowsLanguage: [...member.knowsLanguage] } : {}),
    ...(credential ? { hasCredential: credential } : {}),
  };
}

/** A therapist's own page: the Person, working for the practice. */
export function therapistPageLd(
  member: TherapistInput,
  settings: Settings,
  siteUrl: string,
): WithContext<Exclude<Person, string>> {
  return {
    "@context": "https://schema.org",
    ...therapistLd(member),
    worksFor: { "@type": "HealthAndBeautyBusiness", "@id": practiceId(siteUrl), name: settings.businessName },
  } as WithContext<Exclude<Person, string>>;
}

/** One length of a massage type as an Offer: "Swedish massage, 60 minutes", with its price when shown. */
function sessionOffer(
  service: Pick<ServiceInput, "name" | "url">,
  session: ServiceInput["sessions"][number],
  minutes: string,
): Offer {
  return {
    "@type": "Offer",
    name: `${service.name}, ${fillText(minutes, { minutes: session.minutes })}`,
    url: service.url,
    ...(session.amount !== undefined ? { price: session.amount, priceCurrency: session.currency } : {}),
  };
}

function offerCatalog(
  settings: Settings,
  services: readonly ServiceInput[],
  words: PracticeInput["words"],
): OfferCatalog {
  return {
    "@type": "OfferCatalog",
    name: `${settings.businessName}: ${words.sessions}`,
    itemListElement: services.map((service): OfferCatalog => ({
      "@type": "OfferCatalog",
      name: service.name,
      itemListElement: service.sessions.map((session): Offer => ({
        ...sessionOffer(service, session, words.minutes),
        itemOffered: {
          "@type": "Service",
          name: service.name,
          url: service.url,
        },
      })),
    })),
  };
}

export function practiceLd(
  settings: Settings,
  siteUrl: string,
  input: PracticeInput,
): WithContext<HealthAndBeautyBusiness> {
  const { address } = settings;
  const [street] = address.street ? addressLines(address) : [];
  const specs = openingHoursSpecs(settings.hours, input.today);
  const typed = (list: readonly OpeningHoursSpec[]) =>
    list.map((spec) => ({
      "@type": "OpeningHoursSpecification",
      ...spec,
      ...(spec.dayOfWeek
        ? { dayOfWeek: spec.dayOfWeek.map((day) => `https://schema.org/${day}` as const) }
        : {}),
    })) as OpeningHoursSpecification[];
  return {
    "@context": "https://schema.org",
    "@type": "HealthAndBeautyBusiness",
    "@id": practiceId(siteUrl),
    name: settings.businessName,
    description: settings.description,
    url: siteUrl,
    image: input.image,
    telephone: settings.phone,
    ...(settings.email ? { email: settings.email } : {}),
    address: {
      "@type": "PostalAddress",
      ...(street ? { streetAddress: street } : {}),
      addressLocality: address.city,
      addressRegion: address.region,
      ...(address.postalCode ? { postalCode: address.postalCode } : {}),
      addressCountry: address.country,
    },
    ...(settings.geo
      ? {
          geo: {
            "@type": "GeoCoordinates",
            latitude: settings.geo.latitude,
            longitude: settings.geo.longitude,
          },
        }
      : {}),
    openingHoursSpecification: typed(specs.weekly),
    ...(specs.special.length > 0 ? { specialOpeningHoursSpecification: typed(specs.special) } : {}),
    ...(input.priceRange ? { priceRange: input.priceRange } : {}),
    ...(settings.visit.payment.length > 0 ? { paymentAccepted: settings.visit.payment.join(", ") } : {}),
    ...(input.knowsLanguage.length > 0 ? { knowsLanguage: [...input.knowsLanguage] } : {}),
    ...(settings.social.length > 0 ? { sameAs: settings.social.map((link) => link.url) } : {}),
    ...(input.services.length > 0
      ? { hasOfferCatalog: offerCatalog(settings, input.services, input.words) }
      : {}),
    ...(input.team.length > 0 ? { employee: input.team.map(therapistLd) } : {}),
  };
}

export function serviceLd(
  /** `serviceType`: the kind of service in the page's language ("Massage therapy", "Masoterapia"). */
  service: { name: string; description: string; url: string; image: string; serviceType: string } & Pick<
    ServiceInput,
    "sessions"
  > & {
      /** A session's length in the page's language: "{minutes} minutes". */
      minutes: string;
    },
  settings: Settings,
  siteUrl: string,
): WithContext<Service> {
  return {
    "@context": "https://schema.org",
    "@type": "Service",
    name: service.name,
    description: service.description,
    url: service.url,
    image: service.image,
    serviceType: service.serviceType,
    provider: { "@type": "HealthAndBeautyBusiness", "@id": practiceId(siteUrl), name: settings.businessName },
    areaServed: { "@type": "City", name: settings.address.city },
    // Each length the page's table lists, priced as it shows them (no price while prices are hidden).
    ...(service.sessions.length > 0
      ? { offers: service.sessions.map((session) => sessionOffer(service, session, service.minutes)) }
      : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
