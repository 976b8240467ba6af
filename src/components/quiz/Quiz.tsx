import { Component } from "preact";
import type { QuizProps } from "../../lib/quiz/island-props.ts";
import { evaluateQuiz } from "../../lib/quiz/engine.ts";
import { emitQuizEvent, resultEventType } from "../../lib/quiz/events.ts";
import {
  chooseAnswer,
  initialProgress,
  isResultStep,
  nextStep,
  previousStep,
  restart,
  stepCount,
  toggleSafety,
  unansweredGroups,
  type QuizProgress,
} from "../../lib/quiz/progress.ts";
import { NONE_OF_THESE, SAFETY_GROUP } from "../../lib/quiz/ids.ts";
import { loadProgress, saveProgress } from "../../lib/quiz/state.ts";
import { QuizResult } from "./QuizResult.tsx";
import { QuizStep } from "./QuizStep.tsx";
import { fillTemplate } from "../../lib/site/template.ts";

interface QuizState {
  progress: QuizProgress;
  /** Groups whose "Choose an answer" error is showing. */
  errors: readonly string[];
  /**
   * False in the server-rendered HTML: until the island runs, Next stays disabled so that the form
   * can never be submitted to the server, which would put the answers in the page's address.
   */
  interactive: boolean;
  /** The session length the visitor picked on the result; the shortest until they pick. */
  minutes?: number | undefined;
}

/**
 * The quiz island: renders the current step or the result; every decision is made in src/lib/quiz.
 * A class component rather than hooks because preact/hooks alone costs about 1 KB gzip, which the
 * quiz's 12 KB budget (Preact and Astro's island runtime included) cannot spare.
 */
export default class Quiz extends Component<QuizProps, QuizState> {
  override state: QuizState = { progress: initialProgress, errors: [], interactive: false };
  private started = false;
  /** What takes focus once rendered: the new step's or result's heading, or the step's first error. */
  private focusAfterRender: "" | ".quiz__heading" | ".quiz__error" = "";

  // After hydration, not during it: the server always renders the first step. The island loads as
  // it scrolls into view (as a keyboard user tabs into it): a box ticked before then counts.
  override componentDidMount() {
    let progress = loadProgress(this.props.definition);
    this.started = progress !== null;
    if (!progress) {
      progress = initialProgress;
      const ticked = [...(this.base as Element).querySelectorAll<HTMLInputElement>("input:checked")].map(
        (input) => input.value,
      );
      // A warning sign ticked beside "None of these" is kept: the sign is what a doctor needs to hear.
      const signs = ticked.filter((id) => id !== NONE_OF_THESE);
      for (const id of signs.length > 0 ? signs : ticked) progress = toggleSafety(progress, id, true);
    }
    this.setState({ interactive: true, progress });
  }

  override componentDidUpdate() {
    if (this.focusAfterRender)
      (this.base as Element).querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = "";
  }

  private markStarted() {
    if (this.started) return;
    this.started = true;
    emitQuizEvent("quiz:start", {});
  }

  private commit(progress: QuizProgress, errors: readonly string[]) {
    this.markStarted();
    // A length picked belongs to the suggestion it was picked for: a new one offers its shortest.
    this.setState({ progress, errors, minutes: undefined });
    saveProgress(progress);
  }

  private answer(progress: QuizProgress, answeredGroup: string) {
    this.commit(
      progress,
      this.state.errors.filter((group) => group !== answeredGroup),
    );
  }

  private goTo(progress: QuizProgress) {
    const { definition } = this.props;
    this.commit(progress, []);
    this.focusAfterRender = ".quiz__heading";
    if (isResultStep(definition, progress)) {
      emitQuizEvent("quiz:result", { type: resultEventType(evaluateQuiz(definition, progress.answers)) });
    } else if (progress.step > 0) {
      // The first step is the start (quiz:start, once); counting lists steps 2 and on.
      emitQuizEvent("quiz:step", { step: progress.step + 1 });
    }
  }

  private onNext = (event: Event) => {
    event.preventDefault();
    this.markStarted();
    const { definition } = this.props;
    const { progress } = this.state;
    const missing = unansweredGroups(definition, progress);
    if (missing.length > 0) {
      this.focusAfterRender = ".quiz__error";
      this.setState({ errors: missing });
    } else this.goTo(nextStep(definition, progress));
  };

  override render(props: QuizProps, { progress, errors }: QuizState) {
    const { definition } = props;
    const total = stepCount(definition);
    const result = isResultStep(definition, progress) ? evaluateQuiz(definition, progress.answers) : null;

    return (
      <div class="quiz" data-testid="quiz">
        {result !== null ? (
          <QuizResult
            {...props}
            result={result}
            minutes={this.state.minutes}
            onPickMinutes={(minutes) => this.setState({ minutes })}
            onChangeAnswers={() => this.goTo(restart(progress))}
          />
        ) : (
          <form class="quiz__form" onSubmit={this.onNext} noValidate>
            <h2 class="quiz__heading" id="quiz-heading" tabIndex={-1}>
              {fillTemplate(definition.wording.step, { step: progress.step + 1, total }).join("")}
            </h2>
            <progress
              class="quiz__progress"
              max={total}
              value={progress.step + 1}
              aria-labelledby="quiz-heading"
            />
            <QuizStep
              definition={definition}
              progress={progress}
              errors={errors}
              onToggleSafety={(signId, checked) =>
                this.answer(toggleSafety(progress, signId, checked), SAFETY_GROUP)
              }
              onChoose={(questionId, answerId) =>
                this.answer(chooseAnswer(progress, questionId, answerId), questionId)
              }
            />
            <div class="quiz__nav">
              {progress.step > 0 && (
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => this.goTo(previousStep(progress))}
                >
                  {definition.wording.back}
                </button>
              )}
              <button type="submit" class="button" disabled={!this.state.interactive}>
                {definition.wording.next}
              </button>
            </div>
          </form>
        )}
      </div>
    );
  }
}
