import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { ContentError } from "../lib/content/problems";

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
}

/** The team in the practice's order (`order`, then name). */
export async function getTeam(): Promise<TeamMember[]> {
  const team = await getCollection("team");
  return team.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
}

export async function authorProfile(author: AuthorEntry): Promise<AuthorProfile> {
  const { data } = author;
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
    };
  }
  const member = await getEntry("team", data.teamMember.id);
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
  };
}

/** Every author's profile by author id. */
export async function getAuthorProfiles(): Promise<Map<string, AuthorProfile>> {
  const authors = await getCollection("authors");
  const profiles = await Promise.all(authors.map(authorProfile));
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
