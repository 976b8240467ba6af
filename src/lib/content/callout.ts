/** The kinds of `<Callout>` and the heading each shows when it has no title of its own. */
export const CALLOUT_LABELS = { note: "Note", warning: "Take care", doctor: "See a doctor" } as const;

export type CalloutKind = keyof typeof CALLOUT_LABELS;

export const CALLOUT_KINDS = Object.keys(CALLOUT_LABELS) as CalloutKind[];
