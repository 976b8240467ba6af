import text from "../../content/quiz.yaml?raw";
import type { QuizProps } from "../lib/quiz/island-props";
import { pressureRange, sessionLengths } from "../lib/massage/pressure";
import { parseQuizDefinition, QUIZ_FILE } from "../lib/quiz/definition";
import { fillText } from "../lib/site/template";
import { settings } from "./settings";
import { bookTypeLabel } from "./copy";
import { href } from "./url";
import { getMassageTypes, sessionsOf } from "./massage-types";

/**
 * Everything the quiz island needs, checked at build time: a mistake in content/quiz.yaml or a
 * massage type it names that does not exist stops the build with the file and field.
 */
export function getQuizProps(): Promise<QuizProps> {
  // Every page that embeds the quiz gets the same props: validate and build them once per build.
  // While writing (astro dev) content changes under a running server, so load them afresh.
  if (import.meta.env.DEV) return loadQuizProps();
  quizProps ??= loadQuizProps();
  return quizProps;
}

let quizProps: Promise<QuizProps> | undefined;

async function loadQuizProps(): Promise<QuizProps> {
  const massageTypes = await getMassageTypes();
  const definition = parseQuizDefinition(
    text,
    QUIZ_FILE,
    massageTypes.map((type) => type.id),
    massageTypes.flatMap((type) => type.data.askDoctorFirst),
  );
  const types = Object.fromEntries(
    massageTypes.map((type) => [
      type.id,
      {
        name: type.data.name,
        summary: type.data.summary,
        sessionInfo: fillText(definition.wording.sessionInfo, {
          pressure: pressureRange(type.data.pressure),
          lengths: sessionLengths(sessionsOf(type).map((session) => session.minutes)),
        }),
        sessions: sessionsOf(type).map(({ minutes, label, price, note, service }) => ({
          minutes,
          label,
          service,
          ...(price ? { price } : {}),
          ...(note ? { note } : {}),
        })),
        pageUrl: href(`/massage/${type.id}/`),
        askDoctorFirst: type.data.askDoctorFirst,
        bookLabel: bookTypeLabel(type.data.name),
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
    booking: settings.booking,
    siteHost: new URL(settings.siteUrl).host,
  };
}
