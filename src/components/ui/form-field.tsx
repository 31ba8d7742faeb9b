import { useId, type ComponentProps, type ReactNode } from 'react';
import { useFormContext, useFormState, type FieldValues, type Path } from 'react-hook-form';
import { useErrorText } from './form';

/**
 * Fields of a `<Form>`: each has a visible label, an optional hint, and its error in text,
 * linked to the control with aria-describedby and flagged with aria-invalid. Styles: `.field*`.
 */

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

function useField<T extends FieldValues>(name: Path<T>, hasHint: boolean) {
  const { getFieldState } = useFormContext<T>();
  const formState = useFormState<T>({ name });
  const { error } = getFieldState(name, formState);
  const errorText = useErrorText();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hasHint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return {
    id,
    hintId,
    errorId,
    error: error ? errorText(error.message ?? '') : undefined,
    control: { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined } as const,
  };
}

// role="alert": an error that appears on submit is announced, not only shown.
const FieldError = ({ id, text }: { id: string; text: string | undefined }) =>
  text ? (
    <p id={id} className="field-error" role="alert">
      {text}
    </p>
  ) : null;

const FieldHint = ({ id, hint }: { id: string; hint: ReactNode }) =>
  hint ? (
    <p id={id} className="field-hint">
      {hint}
    </p>
  ) : null;

interface FormFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** Renders the control with the props that tie it to the label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

/** Label, hint, control and error, in that order: for a control no other field here covers. */
export function FormField<T extends FieldValues>({
  name,
  label,
  hint,
  className,
  children,
}: FormFieldProps<T>) {
  const field = useField<T>(name, !!hint);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={field.id} className="field-label">
        {label}
      </label>
      <FieldHint id={field.hintId} hint={hint} />
      {children(field.control)}
      <FieldError id={field.errorId} text={field.error} />
    </div>
  );
}

/** For values typed exactly as they are (an address, a colour code): no autocorrect, left to right. */
export const VERBATIM_INPUT = {
  autoComplete: 'off',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
  dir: 'ltr',
} as const;

type InputProps = Omit<ComponentProps<'input'>, 'name' | 'id' | 'type' | 'aria-describedby' | 'aria-invalid'>;

interface TextFieldProps<T extends FieldValues> extends InputProps {
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'url' | 'tel' | 'search';
}

export function TextField<T extends FieldValues>({
  name,
  label,
  hint,
  type = 'text',
  className,
  ...input
}: TextFieldProps<T>) {
  const { register } = useFormContext<T>();
  return (
    <FormField<T> name={name} label={label} hint={hint} className={className}>
      {(control) => <input type={type} className="field-input" {...input} {...control} {...register(name)} />}
    </FormField>
  );
}

export interface Choice {
  value: string;
  label: string;
  /** The language the label is written in, when it is not the page's (a language's own name). */
  lang?: string;
}

interface ChoiceFieldProps<T extends FieldValues> {
  name: Path<T>;
  /** The group's name: a visible legend, or the id of an element that names it (a heading). */
  legend?: ReactNode;
  labelledBy?: string;
  hint?: ReactNode;
  choices: readonly Choice[];
  className?: string;
  choiceClassName?: string;
  /** Called when a choice is picked with a pointer (not with the arrow keys): for steps that move on by themselves. */
  onPick?: (value: string) => void;
}

/** A group of radio buttons in a fieldset: the legend names the group, arrow keys move within it. */
export function ChoiceField<T extends FieldValues>({
  name,
  legend,
  labelledBy,
  hint,
  choices,
  className = 'field field-choices',
  choiceClassName = 'field-choice',
  onPick,
}: ChoiceFieldProps<T>) {
  const { register } = useFormContext<T>();
  const field = useField<T>(name, !!hint);
  return (
    <fieldset
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={field.control['aria-describedby']}
      aria-invalid={field.control['aria-invalid']}
    >
      {legend && <legend className="field-label">{legend}</legend>}
      <FieldHint id={field.hintId} hint={hint} />
      <div className="field-choice-list">
        {choices.map((choice) => (
          <label key={choice.value} className={choiceClassName} lang={choice.lang}>
            <input
              type="radio"
              value={choice.value}
              {...register(name)}
              onClick={(event) => {
                // Keyboard selection fires clicks with detail 0: only a real tap counts as a pick.
                if (onPick && event.detail !== 0) onPick(choice.value);
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={field.errorId} text={field.error} />
    </fieldset>
  );
}
