import type { Settings } from "../site/settings";
import type { QuizDefinition } from "./schema";

/** What the result shows about a massage type, worded at build time to keep the island small. */
export interface MassageTypeCard {
  name: string;
  summary: string;
  /** The booking platform's id for this type. */
  bookingService: string;
  /** Includes the site's base path. */
  pageUrl: string;
  /** "Pressure: light to medium. Sessions of 30, 60 or 90 minutes." */
  sessionInfo: string;
  /** The type's "ask your doctor first" lines, shown on the result before the booking button. */
  askDoctorFirst: string[];
  /** "Book a Swedish massage", worded at build time. */
  bookLabel: string;
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
