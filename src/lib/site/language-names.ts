// The names of the world's languages, as Intl knows them in a language ("Swedish"; "sueco" in
// Spanish): a massage type named after a people keeps its capital (in-sentence.ts), and the
// languages the practice speaks, written by name in content/, reach search engines as codes.

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Every two-letter language code (ISO 639-1) Intl can name. */
const CODES = [...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second));

const names = new Map<string, Map<string, string>>();

/** Code by lowercase name, in `language`, made once per language. */
function codesByName(language: string): Map<string, string> {
  let found = names.get(language);
  if (!found) {
    const display = new Intl.DisplayNames([language], { type: "language", fallback: "none" });
    found = new Map(
      CODES.flatMap((code) => {
        const name = display.of(code);
        return name ? [[name.toLowerCase(), code] as const] : [];
      }),
    );
    names.set(language, found);
  }
  return found;
}

const written = new Map<string, Set<string>>();

/** The names of the world's languages in `language`, as written there ("Swedish", "sueco"). */
export function languageNames(language: string): Set<string> {
  let found = written.get(language);
  if (!found) {
    const display = new Intl.DisplayNames([language], { type: "language", fallback: "none" });
    found = new Set([...codesByName(language).values()].map((code) => display.of(code) ?? ""));
    written.set(language, found);
  }
  return found;
}

/**
 * A language written by name in `language` ("Spanish", "Español") as its BCP 47 code ("es"), as
 * schema.org's knowsLanguage asks; a name Intl does not know is kept as written.
 */
export function languageCode(name: string, language: string): string {
  const key = name.trim().toLowerCase();
  return codesByName(language).get(key) ?? codesByName("en").get(key) ?? name;
}
