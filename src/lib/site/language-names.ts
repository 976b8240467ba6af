// The names of the world's languages, as Intl knows them in a language ("Swedish"; "sueco" in
// Spanish): a massage type named after a people keeps its capital (in-sentence.ts), and the
// languages the practice speaks, written by name in content/, reach search engines as codes.

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Every two-letter language code (ISO 639-1) Intl can name. */
const CODES = [...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second));

/** In one language: each language's code by its name in lowercase, and the names as written. */
interface Names {
  codes: Map<string, string>;
  written: Set<string>;
}

const byLanguage = new Map<string, Names>();

/** The names of every language in `language`, read from Intl once per language. */
function namesIn(language: string): Names {
  let found = byLanguage.get(language);
  if (!found) {
    const display = new Intl.DisplayNames([language], { type: "language", fallback: "none" });
    const named = CODES.flatMap((code) => {
      const name = display.of(code);
      return name ? [[name, code] as const] : [];
    });
    found = {
      codes: new Map(named.map(([name, code]) => [name.toLowerCase(), code])),
      written: new Set(named.map(([name]) => name)),
    };
    byLanguage.set(language, found);
  }
  return found;
}

/** The names of the world's languages in `language`, as written there ("Swedish", "sueco"). */
export const languageNames = (language: string): Set<string> => namesIn(language).written;

/**
 * A language written by name in `language` ("Spanish", "Español") as its BCP 47 code ("es"), as
 * schema.org's knowsLanguage asks; a name Intl does not know is kept as written.
 */
export function languageCode(name: string, language: string): string {
  const key = name.trim().toLowerCase();
  return namesIn(language).codes.get(key) ?? namesIn("en").codes.get(key) ?? name;
}
