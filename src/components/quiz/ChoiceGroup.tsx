interface ChoiceGroupProps {
  /** Name of the inputs and prefix of the hint's and the error's ids. */
  id: string;
  type: "radio" | "checkbox";
  legend: string;
  hint?: string | undefined;
  options: ReadonlyArray<{ id: string; label: string }>;
  checked: (optionId: string) => boolean;
  onChange: (optionId: string, checked: boolean) => void;
  invalid: boolean;
  /** A question inside a step that asks several: a smaller legend. */
  nested?: boolean;
  /** The "Choose an answer" message, from content/quiz.yaml. */
  errorText: string;
}

/** A fieldset of native inputs; each whole label row is the click target, well above 24x24 px. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { id, hint, invalid } = props;
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ");
  return (
    <fieldset class="quiz__group" aria-describedby={describedBy || undefined}>
      <legend class={props.nested ? "quiz__legend quiz__legend--nested" : "quiz__legend"}>
        {props.legend}
      </legend>
      {hint && (
        <p class="quiz__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {invalid && (
        <p class="quiz__error" id={`${id}-error`} tabIndex={-1}>
          {props.errorText}
        </p>
      )}
      <div class="quiz__choices">
        {props.options.map((option) => (
          <label key={option.id} class="quiz__choice">
            <input
              type={props.type}
              name={id}
              value={option.id}
              checked={props.checked(option.id)}
              aria-invalid={invalid ? "true" : undefined}
              onChange={(event) => props.onChange(option.id, event.currentTarget.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
