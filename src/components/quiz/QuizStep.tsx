import type { QuizProgress } from "../../lib/quiz/progress.ts";
import { NONE_OF_THESE, SAFETY_GROUP } from "../../lib/quiz/ids.ts";
import type { QuizDefinition } from "../../lib/quiz/schema.ts";
import { ChoiceGroup } from "./ChoiceGroup.tsx";

interface QuizStepProps {
  definition: QuizDefinition;
  progress: QuizProgress;
  /** Groups whose "Choose an answer" error is showing. */
  errors: readonly string[];
  onToggleSafety: (signId: string, checked: boolean) => void;
  onChoose: (questionId: string, answerId: string) => void;
}

/** The current step's questions: checkboxes on the safety screen, radios after it. */
export function QuizStep({ definition, progress, errors, onToggleSafety, onChoose }: QuizStepProps) {
  const { safety } = definition;
  const step = definition.steps[progress.step - 1];
  if (step === undefined) {
    return (
      <ChoiceGroup
        id={`quiz-${SAFETY_GROUP}`}
        type="checkbox"
        legend={safety.legend}
        hint={safety.hint}
        options={[...safety.signs, { id: NONE_OF_THESE, label: safety.noneLabel }]}
        checked={(signId) => progress.answers.safety.includes(signId)}
        onChange={onToggleSafety}
        invalid={errors.includes(SAFETY_GROUP)}
        errorText={definition.wording.chooseAnswer}
      />
    );
  }
  const nested = step.questions.length > 1;
  const groups = step.questions.map((question) => (
    <ChoiceGroup
      key={question.id}
      id={`quiz-${question.id}`}
      type="radio"
      legend={(nested && question.legend) || step.legend}
      options={question.answers}
      checked={(answerId) => progress.answers.choices[question.id] === answerId}
      onChange={(answerId) => onChoose(question.id, answerId)}
      invalid={errors.includes(question.id)}
      errorText={definition.wording.chooseAnswer}
      nested={nested}
    />
  ));
  return nested ? (
    <fieldset class="quiz__group">
      <legend class="quiz__legend">{step.legend}</legend>
      {groups}
    </fieldset>
  ) : (
    <>{groups}</>
  );
}
