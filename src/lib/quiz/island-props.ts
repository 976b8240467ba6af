import type { Settings } from "../site/settings.ts";
import type { QuizDefinition } from "./schema.ts";

/** One bookable length, worded at build time: "60 minutes", "$95" (no price when prices are hidden). */
export interface SessionChoice {
  minutes: number;
  label: string;
  price?: string;
  note?: string;
  /** The booking platform's id for this length. */
  service: string;
}

/** What the result shows about a massage type, worded at build time to keep the island small. */
export interface MassageTypeCard {
  name: string;
  summary: string;
  /** Shortest first; the visitor picks one and books it. */
  sessions: SessionChoice[];
  /** Includes the site's base path. */
  pageUrl: string;
  /** "Pressure: light to medium." */
  sessionInfo: string;
  /** The type's "ask your doctor first" lines, shown on the result before the booking button. */
  askDoctorFirst: string[];
  /** "Book a Swedish massage", worded at build time. */
  bookLabel: string;
  /** The name inside a sentence: "deep tissue massage", "Swedish massage", "masaje sueco". */
  nameInSentence: string;
}

/** Plain data only: Astro serialises these props into the page. Element ids assume one quiz per page. */
export interface QuizProps {
  definition: QuizDefinition;
  /** Every massage type by id. */
  types: Record<string, MassageTypeCard>;
  contact: Pick<Settings, "phone" | "email" | "emergencyNumber">;
  booking: Settings["booking"];
  /** The site's host, sent as utm_source with the booking link. */
  siteHost: string;
}

/** The quiz's words above it inside an article: its title, introduction and what it sends. */
export interface QuizBoxWords {
  title: string;
  intro: string;
  privacy: string;
  /** The privacy line's own placeholders ({counter}), filled after its links are read. */
  values?: Readonly<Record<string, string>> | undefined;
}
