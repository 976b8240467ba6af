import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { ContentError } from "../lib/content/problems.ts";
import { translationsIn, type Translation } from "./translations.ts";

export type TeamMember = CollectionEntry<"team">;
export type AuthorEntry = CollectionEntry<"authors">;

/** An author as pages show them: a team member's own record when the author is one. */
export interface AuthorProfile {
  id: string;
  name: string;
  role: string;
  credentials: string | undefined;
  bio: string;
  photo: TeamMember["data"]["photo"];
  photoAlt: string | undefined;
  /** The team member's id when the author is a therapist on the team. */
  teamId: string | undefined;
  /** Several people signing together (the clinical team), not one person. */
  group: boolean;
}

/** The team in the practice's order (`order`, then name), with a language's words for each. */
// A language's words come from its folder (content/es/team/); the default language has none there.
// No import of the settings here: the editor's configuration reads the authors while the settings
// file may have a mistake (src/data/editor.ts).
export async function getTeam(language?: string): Promise<TeamMember[]> {
  const team = (await getCollection("team")).sort(
    (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name),
  );
  if (language === undefined) return team;
  const words = await translationsIn("team-translations", language);
  return team.map((member) => teamMemberIn(member, words.get(member.id)));
}

/** A team member with a translation's words in place of the original's. */
function teamMemberIn(
  member: TeamMember,
  translation: Translation<"team-translations"> | undefined,
): TeamMember {
  if (!translation) return member;
  const { role, licence, specialties, languages, bio } = translation.data;
  const { data } = member;
  return {
    ...member,
    data: {
      ...data,
      role: role ?? data.role,
      licence: data.licence && licence ? { ...data.licence, type: licence.type } : data.licence,
      specialties: specialties ?? data.specialties,
      languages: languages ?? data.languages,
      bio: bio ?? data.bio,
    },
  };
}

export async function authorProfile(author: AuthorEntry, language?: string): Promise<AuthorProfile> {
  const words =
    language === undefined
      ? undefined
      : (await translationsIn("author-translations", language)).get(author.id);
  const data = { ...author.data, ...words?.data };
  if (data.teamMember === undefined) {
    return {
      id: author.id,
      name: data.name ?? "",
      role: data.role ?? "",
      credentials: data.credentials,
      bio: data.bio ?? "",
      photo: data.photo,
      photoAlt: data.photoAlt,
      teamId: undefined,
      group: data.group,
    };
  }
  const original = await getEntry("team", data.teamMember.id);
  const member =
    original && language !== undefined
      ? teamMemberIn(original, (await translationsIn("team-translations", language)).get(original.id))
      : original;
  if (!member) {
    throw new ContentError(
      `content/authors/${author.id}.yaml has a mistake:\n  - teamMember: "${data.teamMember.id}" is not in content/team/; use a file name from there without .yaml`,
    );
  }
  return {
    id: author.id,
    name: member.data.name,
    role: member.data.role,
    credentials: member.data.credentials,
    bio: member.data.bio,
    photo: member.data.photo,
    photoAlt: member.data.photoAlt,
    teamId: member.id,
    group: false,
  };
}

/** Every author's profile by author id, in a language. */
export async function getAuthorProfiles(language?: string): Promise<Map<string, AuthorProfile>> {
  const authors = await getCollection("authors");
  const profiles = await Promise.all(authors.map((author) => authorProfile(author, language)));
  return new Map(profiles.map((profile) => [profile.id, profile]));
}

/** The author id of each team member who writes for the site. */
export async function authorIdsByTeamMember(): Promise<Map<string, string>> {
  const authors = await getCollection("authors");
  return new Map(
    authors.flatMap((author) =>
      author.data.teamMember ? [[author.data.teamMember.id, author.id] as [string, string]] : [],
    ),
  );
}
