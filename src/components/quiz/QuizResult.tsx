import type { ComponentChildren } from "preact";
import { quizBookingUrl } from "../../lib/booking/booking-url.ts";
import { emitQuizEvent } from "../../lib/quiz/events.ts";
import { ChoiceGroup } from "./ChoiceGroup.tsx";
import type { CautionSign } from "../../lib/quiz/schema.ts";
import type { QuizResult as Result } from "../../lib/quiz/engine.ts";
import { phoneLabel, telHref } from "../../lib/site/phone.ts";
import { joinWithAnd } from "../../lib/quiz/wording.ts";
import { conditionsToShow } from "../../lib/quiz/safety.ts";
import { fillTemplate } from "../../lib/site/template.ts";
import type { QuizProps } from "../../lib/quiz/island-props.ts";

interface QuizResultProps extends QuizProps {
  result: Result;
  /** The picked session length; the suggested type's shortest when unset or not offered. */
  minutes: number | undefined;
  onPickMinutes: (minutes: number) => void;
  onChangeAnswers: () => void;
}

/** The result's heading, also read out by the quiz's live region. */
function resultHeading(result: Result, { definition, types }: QuizProps): string {
  if (result.kind !== "suggestion") return definition.results[result.kind].heading;
  return fillTemplate(definition.wording.suggestion, { type: types[result.type]?.name ?? result.type }).join(
    "",
  );
}

/** Bookings are only offered for suggestions; safety results never show a booking link. */
export function QuizResult(props: QuizResultProps) {
  const { result, definition, types, contact, minutes } = props;
  const { wording } = definition;
  let body: ComponentChildren;

  if (result.kind !== "suggestion") {
    body = (
      <>
        <p>{definition.results[result.kind].text}</p>
        {result.kind === "emergency" ? (
          <p>
            <a class="button" href={telHref(contact.emergencyNumber)}>
              {fillTemplate(wording.callEmergency, { emergencyNumber: contact.emergencyNumber })}
            </a>
          </p>
        ) : (
          <p>
            {fillTemplate(wording.contactUs, {
              phone: <a href={telHref(contact.phone)}>{phoneLabel(contact.phone)}</a>,
              email: contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : "",
            })}
          </p>
        )}
      </>
    );
  } else {
    const type = types[result.type];
    const alternative = types[result.alternative];
    if (type === undefined || alternative === undefined) return null;
    const session = type.sessions.find((choice) => choice.minutes === minutes) ?? type.sessions[0];
    if (session === undefined) return null;
    const bookingUrl = quizBookingUrl(
      props.booking,
      session.service,
      `${result.type}-${session.minutes}`,
      props.siteHost,
      location.search,
    );
    const cautions = definition.safety.signs.filter(
      (sign): sign is CautionSign => sign.level === "caution" && result.cautions.includes(sign.id),
    );
    // Each type's "ask your doctor first" lines, read before the booking button: one safety story.
    const askFirst = (card: typeof type) => {
      const lines = conditionsToShow(definition, card.askDoctorFirst, result.cautions);
      return (
        lines.length > 0 && (
          <div class="quiz__ask-first" data-testid="quiz-ask-doctor">
            <h4>{fillTemplate(wording.askDoctorFirst, { type: card.name })}</h4>
            <ul>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )
      );
    };
    body = (
      <>
        <h3>{wording.whyThis}</h3>
        <p>
          {result.reasons.length > 0
            ? fillTemplate(wording.youToldUs, { reasons: joinWithAnd(result.reasons, wording.and) })
            : wording.closestMatch}
        </p>
        {cautions.map((caution) => (
          <p key={caution.id} class="quiz__caution">
            {fillTemplate(wording.tellTherapist, { mention: caution.mention })}
          </p>
        ))}
        <h3>{wording.whatToExpect}</h3>
        <p>{type.summary}</p>
        <p>{type.sessionInfo}</p>
        <ChoiceGroup
          id="quiz-length"
          type="radio"
          legend={wording.chooseLength}
          options={type.sessions.map((choice) => ({
            id: String(choice.minutes),
            label: [choice.label, choice.price, choice.note].filter(Boolean).join(" · "),
          }))}
          checked={(id) => id === String(session.minutes)}
          onChange={(id) => props.onPickMinutes(Number(id))}
          invalid={false}
          errorText=""
          nested
        />
        {askFirst(type)}
        <p class="quiz__actions">
          <a
            class="button"
            href={bookingUrl}
            rel={new URL(bookingUrl).origin === location.origin ? undefined : "noopener noreferrer"}
            data-testid="quiz-booking-link"
            onClick={() => emitQuizEvent("quiz:booking", { type: result.type, minutes: session.minutes })}
          >
            {type.bookLabel} ({session.label})
          </a>
          <a href={type.pageUrl}>{fillTemplate(wording.moreAbout, { type: type.nameInSentence })}</a>
        </p>
        <h3>{wording.anotherOption}</h3>
        <p>
          <a href={alternative.pageUrl}>{alternative.name}</a>: {alternative.summary}
        </p>
        {askFirst(alternative)}
        <p>{definition.results.comfort}</p>
      </>
    );
  }

  return (
    <section
      class={`quiz__result quiz__result--${result.kind}`}
      data-testid="quiz-result"
      data-result-kind={result.kind}
    >
      <h2 class="quiz__heading" tabIndex={-1}>
        {resultHeading(result, props)}
      </h2>
      {body}
      <p>
        <button type="button" class="button button--secondary" onClick={props.onChangeAnswers}>
          {wording.changeAnswers}
        </button>
      </p>
      <p class="quiz__note">{definition.results.disclaimer}</p>
    </section>
  );
}
