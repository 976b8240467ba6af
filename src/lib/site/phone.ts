/** A `tel:` link target: digits and a leading + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, "")}`;
}

/** The number as shown, with non-breaking spaces so it never wraps across lines. */
export function phoneLabel(phone: string): string {
  return phone.replace(/ /g, "\u00a0");
}
