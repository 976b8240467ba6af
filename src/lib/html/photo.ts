// How each photo slot is drawn, so the browser downloads the smallest copy that is still sharp:
// `sizes` says how wide the slot is on the visitor's screen (the page's CSS, in words the browser
// reads before any CSS has loaded) and the widths are the copies it can choose from.

/** A place on the site that shows a photo. */
export type PhotoPlace = "hero" | "gallery" | "teamCard" | "member" | "massageType" | "postHero";

interface SlotLayout {
  /** The viewport width (rem) from which the slot stops growing. */
  from: number;
  /** The slot's width from then on (rem). */
  wide: number;
  /** What the page's sides take from the viewport's width below that (rem): margins, padding. */
  gutter: number;
}

// Each follows the CSS of its page: the container is 100vw - 2rem wide (at most 72rem).
const SLOTS: Record<PhotoPlace, SlotLayout> = {
  // Home page: the photo column is at most 28rem beside the text from 56rem, full width below.
  hero: { from: 56, wide: 28, gutter: 2 },
  // Visit page: columns of at least 14rem; one column below about 31rem, then about 18rem each.
  gallery: { from: 31, wide: 18, gutter: 2 },
  // Team page: cards of at least 17rem with 1.5rem padding; one card wide on a phone.
  teamCard: { from: 38, wide: 14.5, gutter: 5.5 },
  // A therapist's page: at most 30rem (480 px).
  member: { from: 32, wide: 30, gutter: 2 },
  // A massage type's page: the article's column, at most 44rem.
  massageType: { from: 46, wide: 44, gutter: 2 },
  // An article's photo above its text: at most 60rem (960 px).
  postHero: { from: 62, wide: 60, gutter: 2 },
};

/**
 * The copies' widths in pixels: about one per common screen (a phone's 360-430 CSS px at 1.75-3
 * device pixels each, a laptop at 1-2), spaced so the one a phone picks is at most about a fifth
 * wider than it needs. Each copy is a file the build writes, so there are few of them.
 */
export const PHOTO_WIDTHS = [400, 600, 720, 880, 1080, 1440] as const;

/**
 * Encoder quality: AVIF at 40 and WebP at 70 show a detailed photo without visible blocks or
 * smearing at the size it is drawn, in about two thirds of the bytes of the encoders' defaults
 * (50 and 80): a phone's main photo then arrives about when the page's text is painted.
 */
export const PHOTO_QUALITY = { avif: 40, webp: 70 } as const;

const REM = 16;

/** The `sizes` attribute of a slot: its width on the screen for every viewport width. */
export function photoSizes(place: PhotoPlace): string {
  const { from, wide, gutter } = SLOTS[place];
  return `(min-width: ${from}rem) ${wide}rem, calc(100vw - ${gutter}rem)`;
}

/** The widest the slot is ever drawn, in CSS pixels. */
export function slotWidth(place: PhotoPlace): number {
  const { from, wide, gutter } = SLOTS[place];
  return Math.max(wide, from - gutter) * REM;
}

/**
 * The copies to make of a photo `originalWidth` pixels wide for a slot: the widths a screen may
 * need, up to twice the slot's widest (a high-density laptop), never wider than the original.
 */
export function photoWidths(place: PhotoPlace, originalWidth: number): number[] {
  const widths = PHOTO_WIDTHS.filter((width) => width <= Math.min(2 * slotWidth(place), originalWidth));
  return widths.length > 0 ? [...widths] : [originalWidth];
}
