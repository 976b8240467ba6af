import { getImage } from "astro:assets";
import { priceRange as priceRangeOf } from "../lib/massage/prices.ts";
import { ogImagePath, SITE_OG_IMAGE_ID } from "../lib/seo/og-paths.ts";
import type { PersonInput, PracticeInput, TherapistInput } from "../lib/seo/structured-data.ts";
import { getMassageTypes, sessionsOf } from "./massage-types.ts";
import { getTeam, type AuthorProfile, type TeamMember } from "./people.ts";
import { settings, today } from "./settings.ts";
import { absoluteUrl } from "./url.ts";
import { copyFor, localeOf } from "./copy.ts";
import { defaultLanguage, localId, localPath } from "./languages.ts";
import { languageCode } from "../lib/site/language-names.ts";

/** An author as articles name them: a therapist by their team page, anyone else by their author page. */
export function authorInput(profile: AuthorProfile, site: URL | undefined, language: string): PersonInput {
  const page = profile.teamId ? `/team/${profile.teamId}/` : `/authors/${profile.id}/`;
  return {
    name: profile.name,
    url: absoluteUrl(localPath(language, page), site),
    nodeUrl: absoluteUrl(page, site),
    jobTitle: profile.role,
    group: profile.group,
  };
}

/** A team member as structured data: the page address, licence and languages. */
export async function therapistInput(
  member: TeamMember,
  site: URL | undefined,
  language: string = defaultLanguage,
): Promise<TherapistInput> {
  const photo = member.data.photo ? await getImage({ src: member.data.photo, width: 600 }) : undefined;
  return {
    name: member.data.name,
    url: absoluteUrl(localPath(language, `/team/${member.id}/`), site),
    nodeUrl: absoluteUrl(`/team/${member.id}/`, site),
    jobTitle: member.data.role,
    image: photo ? new URL(photo.src, absoluteUrl("/", site)).href : undefined,
    knowsLanguage: member.data.languages.map((name) => languageCode(name, language)),
    licence: member.data.licence,
  };
}

/** What the practice's structured data lists: every type and length with its price, and the team. */
export async function practiceInput(
  site: URL | undefined,
  language: string = defaultLanguage,
): Promise<PracticeInput> {
  const [types, team] = await Promise.all([getMassageTypes(language), getTeam(language)]);
  const services = types.map((type) => ({
    name: type.data.name,
    url: absoluteUrl(localPath(language, `/massage/${type.id}/`), site),
    sessions: sessionsOf(type, language),
  }));
  const { siteCopy, settings: spoken } = copyFor(language);
  return {
    today,
    words: { sessions: siteCopy.massageType.sessions, minutes: siteCopy.language.minutes },
    services,
    team: await Promise.all(team.map((member) => therapistInput(member, site, language))),
    // The language's own share image, as the page's og:image.
    image: absoluteUrl(ogImagePath("site", localId(language, SITE_OG_IMAGE_ID)), site),
    knowsLanguage: spoken.visit.languages.map((name) => languageCode(name, language)),
    priceRange:
      settings.prices.range ??
      priceRangeOf(
        services.flatMap((service) => service.sessions),
        localeOf(language),
      ),
  };
}
