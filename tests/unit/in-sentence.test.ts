import { describe, expect, it } from "vitest";
import { languageCode } from "../../src/lib/site/language-names.ts";
import {
  joinArticles,
  labelInSentence,
  nameInSentence,
  typeNameInSentence,
} from "../../src/lib/site/in-sentence.ts";

// Found by a Spanish reader (2026-12-08): "Artículos de El equipo clínico", "Por El equipo clínico,
// Masoterapeutas con licencia"; English said "By The clinical team, Licensed massage therapists".
describe("a name inside a sentence", () => {
  it("lowers a group's article, and keeps a proper name's", () => {
    expect(nameInSentence("The clinical team", "en")).toBe("the clinical team");
    expect(nameInSentence("El equipo clínico", "es")).toBe("el equipo clínico");
    expect(nameInSentence("Las terapeutas", "es")).toBe("las terapeutas");
    expect(nameInSentence("The Back Clinic", "en")).toBe("The Back Clinic");
    expect(nameInSentence("El Paso", "es")).toBe("El Paso");
    expect(nameInSentence("Jordan Reyes", "en")).toBe("Jordan Reyes");
    expect(nameInSentence("El equipo clínico", "en")).toBe("El equipo clínico");
    expect(nameInSentence("Theo", "en")).toBe("Theo");
  });

  const withName = (template: string, name: string, language: string) =>
    joinArticles(template.replace("{name}", nameInSentence(name, language)), language);

  it("joins Spanish 'de el' and 'a el', and nothing else", () => {
    expect(withName("Artículos de {name}", "El equipo clínico", "es")).toBe("Artículos del equipo clínico");
    expect(withName("Escriba a {name}", "El equipo clínico", "es")).toBe("Escriba al equipo clínico");
    expect(withName("Artículos de {name}", "El Paso", "es")).toBe("Artículos de El Paso");
    expect(withName("Artículos de {name}", "Jordan Reyes", "es")).toBe("Artículos de Jordan Reyes");
    expect(withName("Articles by {name}", "The clinical team", "en")).toBe("Articles by the clinical team");
    // An accented letter is part of its word: "Guía el" holds no "a el" (found in review, 2026-12-08).
    expect(joinArticles("Guía el camino; envía el texto a el equipo", "es")).toBe(
      "Guía el camino; envía el texto al equipo",
    );
  });

  it("lowers a role after a comma, and keeps an abbreviation", () => {
    expect(labelInSentence("Licensed massage therapists")).toBe("licensed massage therapists");
    expect(labelInSentence("Redactor del consultorio")).toBe("redactor del consultorio");
    expect(labelInSentence("LMT")).toBe("LMT");
    expect(labelInSentence("PhD candidate")).toBe("PhD candidate");
    expect(labelInSentence("Registered Massage Therapist")).toBe("Registered Massage Therapist");
  });
});

// "Book a Prenatal massage" kept the capital of a name at the start of a heading (noted 2026-12-07).
describe("a massage type's name inside a sentence", () => {
  it("lowers a common name and keeps a people's name, in each language's way", () => {
    expect(typeNameInSentence("Prenatal massage", "en")).toBe("prenatal massage");
    expect(typeNameInSentence("Deep tissue massage", "en")).toBe("deep tissue massage");
    expect(typeNameInSentence("Swedish massage", "en")).toBe("Swedish massage");
    expect(typeNameInSentence("Thai massage", "en")).toBe("Thai massage");
    expect(typeNameInSentence("Masaje sueco", "es")).toBe("masaje sueco");
    expect(typeNameInSentence("Liberación miofascial", "es")).toBe("liberación miofascial");
  });
});

describe("a language written by name, as search engines read it", () => {
  it("is its BCP 47 code, from its name in the page's language or in English; an unknown name stays", () => {
    expect(languageCode("Spanish", "en")).toBe("es");
    expect(languageCode("Inglés", "es")).toBe("en");
    expect(languageCode(" english ", "es")).toBe("en");
    expect(languageCode("Signing with hands", "en")).toBe("Signing with hands");
  });
});
