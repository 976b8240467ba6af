import { fillText } from "../site/template.ts";

export type Pressure = "light" | "medium" | "firm";

/**
 * The words a language builds from numbers and pressures (content/copy/site.yaml, `language`), and
 * the locale its prices and dates are written in ("en-US", "es-US").
 */
export interface NumberWords {
  locale: string;
  /** "{minutes} minutes" */
  minutes: string;
  /** The word before the last of several choices: "or". */
  or: string;
  pressures: Record<Pressure, string>;
  /** "{from} to {to}" */
  pressureRange: string;
}

/** "light to medium", or just "firm" when the range is one level. */
export function pressureRange({ from, to }: { from: Pressure; to: Pressure }, words: NumberWords): string {
  return from === to
    ? words.pressures[from]
    : fillText(words.pressureRange, { from: words.pressures[from], to: words.pressures[to] });
}

/** "30, 60 or 90 minutes". */
export function sessionLengths(minutes: readonly number[], words: NumberWords): string {
  const sorted = [...minutes].sort((a, b) => a - b).map(String);
  const list =
    sorted.length <= 1 ? (sorted[0] ?? "") : `${sorted.slice(0, -1).join(", ")} ${words.or} ${sorted.at(-1)}`;
  return fillText(words.minutes, { minutes: list });
}

/** "60 minutes". */
export const minutesLabel = (minutes: number, words: NumberWords): string =>
  fillText(words.minutes, { minutes: String(minutes) });
