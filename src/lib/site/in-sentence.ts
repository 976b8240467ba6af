import { languageNames } from "./language-names.ts";

/**
 * A name or a label as it reads inside a sentence. A group's name starts with its article, which a
 * heading capitalises ("The clinical team", "El equipo clínico") and a sentence does not ("By the
 * clinical team", "Artículos del equipo clínico"); a proper name ("El Paso Clinic") keeps its
 * capital, told by the capital of the word after the article.
 */

const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  en: ["The"],
  es: ["El", "La", "Los", "Las"],
};

/** "The clinical team" -> "the clinical team"; "The Back Clinic", "Jordan Reyes" unchanged. */
export function nameInSentence(name: string, language: string): string {
  const match = /^(\S+) (\S)/u.exec(name);
  if (!match) return name;
  const [, article = "", next = ""] = match;
  if (!(ARTICLES[language] ?? []).includes(article) || next !== next.toLowerCase()) return name;
  return article.toLowerCase() + name.slice(article.length);
}

/** A role after a name and a comma: "Licensed massage therapists" -> "licensed massage therapists"; "LMT" kept. */
export function labelInSentence(label: string): string {
  const [first = "", ...rest] = label.split(/\s+/u);
  // An abbreviation or a word with a capital inside (LMT, PhD) keeps its letters, and so does a
  // role written in title case ("Registered Massage Therapist"), which is a title, not a phrase.
  if (first.slice(1) !== first.slice(1).toLowerCase()) return label;
  if (rest.some((word) => /^\p{Lu}/u.test(word))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A sentence with a name filled in, where Spanish joins "de el" and "a el" into "del" and "al". */
export function joinArticles(sentence: string, language: string): string {
  if (language !== "es") return sentence;
  // Word edges by letters of any script: JavaScript's \b takes "í" for an edge ("Guía el" is no "a el").
  return sentence
    .replace(/(?<![\p{L}\p{N}])([Dd])e el(?![\p{L}\p{N}])/gu, "$1el")
    .replace(/(?<![\p{L}\p{N}])([Aa]) el(?![\p{L}\p{N}])/gu, "$1l");
}

/**
 * A massage type's name inside a sentence: "Book a prenatal massage", "masaje sueco", but "Book a
 * Swedish massage" and "Thai massage", whose first word is a people's name and keeps its capital in
 * English (told by the language of that name: Swedish, Thai).
 */
export function typeNameInSentence(name: string, language: string): string {
  const first = /^\p{L}+/u.exec(name)?.[0] ?? "";
  if (languageNames(language).has(first)) return name;
  return labelInSentence(name);
}
