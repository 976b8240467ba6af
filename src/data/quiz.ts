import text from "../../content/quiz.yaml?raw";
import type { QuizProps } from "../lib/quiz/island-props.ts";
import { pressureRange, sessionLengths } from "../lib/massage/pressure.ts";
import { parseQuizDefinition, QUIZ_FILE } from "../lib/quiz/definition.ts";
import { fillText } from "../lib/site/template.ts";
import { settings } from "./settings.ts";
import { bookTypeLabelIn, copyFor, numberWordsIn } from "./copy.ts";
import { defaultLanguage, localPath } from "./languages.ts";
import { translatedFile } from "../lib/site/languages.ts";
import { parseCopy } from "../lib/site/copy.ts";
import { quizWordsSchema, type QuizDefinition } from "../lib/quiz/schema.ts";
import { translateQuiz } from "../lib/quiz/translation.ts";
import { ContentError } from "../lib/content/problems.ts";
import { href } from "./url.ts";
import { typeNameInSentence } from "../lib/site/in-sentence.ts";
import { getMassageTypes, sessionsOf } from "./massage-types.ts";
import { counterHost } from "../lib/counting/counting.ts";
import type { QuizBoxWords } from "../lib/quiz/island-props.ts";

/**
 * Everything the quiz island needs, checked at build time: a mistake in content/quiz.yaml or a
 * massage type it names that does not exist stops the build with the file and field.
 */
export function getQuizProps(language: string = defaultLanguage): Promise<QuizProps> {
  // Every page that embeds the quiz gets the same props: validate and build them once per build.
  // While writing (astro dev) content changes under a running server, so load them afresh.
  if (import.meta.env.DEV) return loadQuizProps(language);
  let props = quizProps.get(language);
  if (!props) {
    props = loadQuizProps(language);
    quizProps.set(language, props);
  }
  return props;
}

const quizProps = new Map<string, Promise<QuizProps>>();

// Each language's words for the quiz (content/es/quiz.yaml): the questions and results only.
const wordTexts = import.meta.glob<string>("../../content/*/quiz.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The quiz in a language: the original's rules with that language's words (checked by the pre-check). */
function definitionIn(language: string, original: QuizDefinition): QuizDefinition {
  if (language === defaultLanguage) return original;
  const file = translatedFile(QUIZ_FILE, language);
  const words = parseCopy(quizWordsSchema, wordTexts[`../../${file}`] ?? "", file);
  const { definition, issues } = translateQuiz(original, words);
  if (issues.length > 0)
    throw new ContentError(
      `${file} does not match ${QUIZ_FILE}:\n${issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n")}`,
    );
  return definition;
}

async function loadQuizProps(language: string): Promise<QuizProps> {
  const originals = await getMassageTypes();
  const massageTypes = await getMassageTypes(language);
  const definition = definitionIn(
    language,
    parseQuizDefinition(
      text,
      QUIZ_FILE,
      originals.map((type) => type.id),
      originals.flatMap((type) => type.data.askDoctorFirst),
    ),
  );
  const words = numberWordsIn(language);
  const types = Object.fromEntries(
    massageTypes.map((type) => [
      type.id,
      {
        name: type.data.name,
        summary: type.data.summary,
        sessionInfo: fillText(definition.wording.sessionInfo, {
          pressure: pressureRange(type.data.pressure, words),
          lengths: sessionLengths(
            sessionsOf(type, language).map((session) => session.minutes),
            words,
          ),
        }),
        sessions: sessionsOf(type, language).map(({ minutes, label, price, note, service }) => ({
          minutes,
          label,
          service,
          ...(price ? { price } : {}),
          ...(note ? { note } : {}),
        })),
        pageUrl: href(localPath(language, `/massage/${type.id}/`)),
        askDoctorFirst: type.data.askDoctorFirst,
        bookLabel: bookTypeLabelIn(language, type.data.name),
        nameInSentence: typeNameInSentence(type.data.name, language),
      },
    ]),
  );
  return {
    definition,
    types,
    contact: {
      phone: settings.phone,
      emergencyNumber: settings.emergencyNumber,
      ...(settings.email ? { email: settings.email } : {}),
    },
    booking: copyFor(language).settings.booking,
    siteHost: new URL(settings.siteUrl).host,
  };
}

/**
 * The words above the quiz inside an article, and beside it on the quiz page: its title, its
 * introduction and what it sends (nothing, or with counting on, only the counts listed).
 */
export function quizBoxWords(language: string = defaultLanguage): QuizBoxWords {
  const copy = copyFor(language).listingsCopy.quiz;
  const endpoint = settings.counting?.endpoint;
  return {
    title: copy.heading,
    intro: copy.intro,
    privacy: endpoint ? copy.counted : copy.private,
    // Filled as words after the sentence's links are read: a value never completes a link.
    values: endpoint ? { counter: counterHost(endpoint) } : {},
  };
}
