import type { Settings } from "./settings.ts";

/** A setting that still holds an example value, by its dotted field path. */
export interface ExampleValue {
  field: string;
  value: string;
}

// Reserved for documentation: RFC 2606 domains and the US 555-0100 to 555-0199 numbers.
const EXAMPLE_HOST = /(^|\.)example\.(com|org|net)$|\.(test|example|invalid)$/i;
const EXAMPLE_PHONE = /(^|\D)555[\s.-]?01\d\d(\D|$)/;

function isExampleUrl(value: string): boolean {
  const url = value.replace("{service}", "x");
  return URL.canParse(url) && EXAMPLE_HOST.test(new URL(url).hostname);
}

/**
 * Every field of the settings that still holds an example: example.com addresses, 555-01xx phone
 * numbers, the example booking page. A production build warns with this list.
 */
export function findExampleValues(settings: Settings): ExampleValue[] {
  const found: ExampleValue[] = [];
  const url = (field: string, value: string | undefined) => {
    if (value !== undefined && isExampleUrl(value)) found.push({ field, value });
  };
  url("siteUrl", settings.siteUrl);
  url("booking.url", settings.booking.url);
  url("booking.privacyPolicyUrl", settings.booking.privacyPolicyUrl);
  url("visit.directionsUrl", settings.visit.directionsUrl);
  settings.social.forEach((link, index) => url(`social.${index}.url`, link.url));
  if (settings.email !== undefined && EXAMPLE_HOST.test(settings.email.split("@")[1] ?? "")) {
    found.push({ field: "email", value: settings.email });
  }
  if (EXAMPLE_PHONE.test(settings.phone)) found.push({ field: "phone", value: settings.phone });
  if (settings.address.street !== undefined && /\bexample\b/i.test(settings.address.street)) {
    found.push({ field: "address.street", value: settings.address.street });
  }
  return found;
}

/** The warning a production build prints, or undefined when nothing is left to replace. */
export function exampleValuesWarning(file: string, values: readonly ExampleValue[]): string | undefined {
  if (values.length === 0) return undefined;
  const lines = values.map(({ field, value }) => `  - ${field}: ${value}`);
  return (
    `${file} still holds ${values.length === 1 ? "an example value" : `${values.length} example values`}; ` +
    `replace ${values.length === 1 ? "it" : "them"} with the practice's own before publishing:\n${lines.join("\n")}`
  );
}

/**
 * The example values in one content file, as the files' own comments describe them: a page or
 * the FAQ marked `example: true` (its wording is an example to replace), a licence number that
 * says EXAMPLE, and the settings' example addresses and numbers (`findExampleValues`). `settings`
 * is the settings file's data read with its schema, when the file is the settings.
 */
export function examplesInFile(
  file: string,
  data: Record<string, unknown>,
  settings?: Settings,
): ExampleValue[] {
  const found: ExampleValue[] = [];
  if (data["example"] === true) found.push({ field: "example", value: "true" });
  const licence = data["licence"] as { number?: unknown } | undefined;
  if (
    file.startsWith("content/team/") &&
    typeof licence?.number === "string" &&
    /example/i.test(licence.number)
  )
    found.push({ field: "licence.number", value: licence.number });
  if (settings) found.push(...findExampleValues(settings));
  return found;
}

/**
 * What the editor says at the top of an entry that still holds example values; undefined when none.
 * `labelOf` gives a field's label in the form ("Site address" for siteUrl), which the marketer sees.
 */
export function exampleNotice(
  values: readonly ExampleValue[],
  labelOf: (field: string) => string | undefined = () => undefined,
): string | undefined {
  if (values.length === 0) return undefined;
  const marked = values.some(({ field }) => field === "example");
  const listed = values.filter(({ field }) => field !== "example");
  const parts = [
    ...(marked
      ? [
          'This is still the example wording. Replace it with the practice\'s own, then switch off "Still the example text".',
        ]
      : []),
    ...(listed.length > 0
      ? [
          `Still ${listed.length === 1 ? "an example value" : "example values"}, to replace with the practice's own before publishing: ${listed
            .map(({ field, value }) => `${labelOf(field) ?? field} (${value})`)
            .join(", ")}.`,
        ]
      : []),
  ];
  return parts.join(" ");
}
