export type Pressure = "light" | "medium" | "firm";

/** "light to medium", or just "firm" when the range is one level. */
export function pressureRange({ from, to }: { from: Pressure; to: Pressure }): string {
  return from === to ? from : `${from} to ${to}`;
}

/** "30, 60 or 90 minutes". */
export function sessionLengths(minutes: readonly number[]): string {
  const sorted = [...minutes].sort((a, b) => a - b).map(String);
  if (sorted.length <= 1) return `${sorted[0] ?? ""} minutes`;
  return `${sorted.slice(0, -1).join(", ")} or ${sorted.at(-1)} minutes`;
}
