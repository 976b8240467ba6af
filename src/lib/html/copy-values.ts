/**
 * What a sentence from content/ fills in: CopyText (src/components/mdx/markup.tsx) draws it, on the
 * pages from the settings (src/data/markup.ts) and in the editor's preview from /admin/preview.json.
 */
export interface CopyValues {
  /** Placeholder values: the settings' ones (businessName, city, emergencyNumber, ...). */
  values: Readonly<Record<string, string>>;
  /** {phone} and {email} become links. */
  phone?: { label: string; href: string } | undefined;
  email?: string | undefined;
}
