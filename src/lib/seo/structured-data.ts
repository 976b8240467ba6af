import type {
  BlogPosting,
  BreadcrumbList,
  HealthAndBeautyBusiness,
  Person,
  Service,
  WebSite,
  WithContext,
} from "schema-dts";
import type { Settings } from "../site/settings";

// Builders for the JSON-LD search engines read. Each takes absolute URLs so the output is
// correct wherever the site is deployed; pages pass what they already computed.

export interface PersonInput {
  name: string;
  url: string;
  jobTitle?: string | undefined;
}

export interface BlogPostingInput {
  url: string;
  headline: string;
  description: string;
  image: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  author: PersonInput;
  reviewedBy?: PersonInput | undefined;
  keywords: readonly string[];
}

function person({ name, url, jobTitle }: PersonInput): Person {
  return { "@type": "Person", name, url, ...(jobTitle ? { jobTitle } : {}) };
}

export function practiceId(siteUrl: string): string {
  return `${new URL("/", siteUrl).href}#practice`;
}

export function blogPostingLd(
  post: BlogPostingInput,
  settings: Settings,
  siteUrl: string,
): WithContext<BlogPosting> {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    "@id": `${post.url}#article`,
    mainEntityOfPage: post.url,
    url: post.url,
    headline: post.headline,
    description: post.description,
    image: post.image,
    datePublished: post.datePublished.toISOString(),
    dateModified: (post.dateModified ?? post.datePublished).toISOString(),
    author: person(post.author),
    ...(post.reviewedBy ? { reviewedBy: person(post.reviewedBy) } : {}),
    publisher: {
      "@type": "Organization",
      "@id": practiceId(siteUrl),
      name: settings.businessName,
      url: siteUrl,
    },
    keywords: post.keywords.join(", "),
    inLanguage: "en",
  };
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

export function websiteLd(settings: Settings, siteUrl: string): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: settings.businessName,
    description: settings.description,
    url: siteUrl,
    inLanguage: "en",
    publisher: { "@id": practiceId(siteUrl) },
  };
}

export function practiceLd(
  settings: Settings,
  siteUrl: string,
  services: readonly { name: string; url: string }[],
): WithContext<HealthAndBeautyBusiness> {
  const { address } = settings;
  return {
    "@context": "https://schema.org",
    "@type": "HealthAndBeautyBusiness",
    "@id": practiceId(siteUrl),
    name: settings.businessName,
    description: settings.description,
    url: siteUrl,
    telephone: settings.phone,
    email: settings.email,
    address: {
      "@type": "PostalAddress",
      ...(address.street ? { streetAddress: address.street } : {}),
      addressLocality: address.city,
      addressRegion: address.region,
      ...(address.postalCode ? { postalCode: address.postalCode } : {}),
      addressCountry: address.country,
    },
    ...(settings.social.length > 0 ? { sameAs: settings.social.map((link) => link.url) } : {}),
    makesOffer: services.map((service) => ({
      "@type": "Offer",
      itemOffered: { "@type": "Service", name: service.name, url: service.url },
    })),
  };
}

export function serviceLd(
  service: { name: string; description: string; url: string; image: string },
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
    serviceType: "Massage therapy",
    provider: { "@type": "HealthAndBeautyBusiness", "@id": practiceId(siteUrl), name: settings.businessName },
    areaServed: { "@type": "City", name: settings.address.city },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
