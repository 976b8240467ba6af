/** The kinds of `<Callout>`; each one's heading without a title is in content/copy/site.yaml (callout). */
export const CALLOUT_KINDS = ["note", "warning", "doctor"] as const;

export type CalloutKind = (typeof CALLOUT_KINDS)[number];
