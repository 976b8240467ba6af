/**
 * The file a new entry is saved to, worked out before the editor saves it, so the editor's pre-save
 * check can read the new file at the path it will have. Decap CMS names a new file from the
 * collection's `slug` template and the site-wide `slug` settings (both in config.ts); this is
 * Decap's own rule for those settings (decap-cms-core: slugFormatter, prepareSlug, sanitizeSlug;
 * generateUniqueSlug for "-1", "-2"), written out here because Decap does not export it to the
 * page. tests/unit/cms-entry-slug.test.ts compares it with Decap's code on tricky titles.
 */

/** The editor's site-wide slug settings (Decap's `slug`): ASCII file names, accents dropped. */
export const SLUG_SETTINGS = { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" } as const;

const REPLACEMENT = SLUG_SETTINGS.sanitize_replacement;

/** Letters Unicode does not split into a base letter and an accent; Decap's table names them. */
const LETTERS: Record<string, string> = {
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "TH",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  Ŧ: "T",
  ŋ: "n",
  Ŋ: "N",
};

const withoutAccents = (text: string) =>
  Array.from(text)
    .map((char) => LETTERS[char] ?? char.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .join("");

/** Decap's `prepareSlug` and `sanitizeSlug`, with SLUG_SETTINGS: one segment of a file name. */
export function slugSegment(value: unknown): string {
  const prepared = String(value).trim().toLocaleLowerCase().replace(/'/g, "").replace(/\./g, "-");
  // ASCII letters, digits, _ - . ~ stay; everything else becomes the replacement.
  let slug = Array.from(withoutAccents(prepared))
    .map((char) => (/[\w\-.~]/i.test(char) ? char : REPLACEMENT))
    .join("");
  // What sanitize-filename then changes in what is left: names Windows reserves.
  if (/^\.+$/.test(slug) || /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(slug)) slug = REPLACEMENT;
  slug = slug.slice(0, 255);
  return slug.replace(/-+/g, REPLACEMENT).replace(/^-/, "").replace(/-$/, "");
}

/** The parts of a folder collection's settings that name its files. */
export interface FolderCollection {
  folder: string;
  extension: string;
  slug?: string;
  identifier_field?: string;
  fields?: ReadonlyArray<{ name: string; widget?: string }>;
}

/** The field Decap reads `{{year}}`, `{{month}}` and `{{day}}` from: a date field named like one. */
function dateField(collection: FolderCollection): string | undefined {
  return collection.fields?.find(
    (field) => field.widget === "datetime" && ["date", "publishDate", "publish_date"].includes(field.name),
  )?.name;
}

/**
 * The date Decap reads a day from: "YYYY-MM-DD" is midnight on this computer (dayjs), and the
 * template takes its UTC year, month and day, as Decap does.
 */
function entryDate(value: unknown, now: Date): Date {
  if (typeof value === "string") {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return now;
}

const two = (number: number) => String(number).padStart(2, "0");

const valueAt = (data: Record<string, unknown>, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);

/** A new entry's slug (its file name without the extension), as Decap makes it from the data. */
export function entrySlug(
  collection: FolderCollection,
  data: Record<string, unknown>,
  now = new Date(),
): string {
  const identifier = valueAt(data, collection.identifier_field ?? "title");
  const field = dateField(collection);
  const date = entryDate(field ? data[field] : undefined, now);
  const parts: Record<string, string> = {
    year: String(date.getUTCFullYear()),
    month: two(date.getUTCMonth() + 1),
    day: two(date.getUTCDate()),
    hour: two(date.getUTCHours()),
    minute: two(date.getUTCMinutes()),
    second: two(date.getUTCSeconds()),
  };
  return (collection.slug ?? "{{slug}}").replace(/{{\s*([\w.-]+)\s*}}/g, (_match, key: string) => {
    const value = key.startsWith("fields.")
      ? valueAt(data, key.slice("fields.".length))
      : key === "slug"
        ? identifier
        : (parts[key] ?? valueAt(data, key));
    const text = value !== null && typeof value === "object" ? JSON.stringify(value) : (value ?? "");
    return slugSegment(text);
  });
}

/**
 * The file a new entry is written to: the slug, and when a file of that name exists, "-1", "-2",
 * ... after it, as Decap does (it never overwrites an entry).
 */
export function newEntryFile(
  collection: FolderCollection,
  data: Record<string, unknown>,
  exists: (file: string) => boolean,
  now = new Date(),
): string {
  const slug = entrySlug(collection, data, now);
  const file = (name: string) => `${collection.folder}/${name}.${collection.extension}`;
  let unique = slug;
  for (let index = 1; exists(file(unique)); index++) unique = `${slug}${REPLACEMENT}${index}`;
  return file(unique);
}
