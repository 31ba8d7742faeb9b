import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';
import { ANSWER_VALUES, answerValueSchema, type AnswerValue, type Statement } from '../../quiz';

// Radio values are strings in the DOM (react-hook-form keeps them so); empty until the user
// chooses. The only valid output is one of the five answers.
const stepSchema = z.object({
  answer: z.pipe(z.pipe(z.optional(z.string()), z.transform(Number)), answerValueSchema),
});

/** A pointer tap advances by itself after this pause, so the choice is seen before it moves on. */
const AUTO_ADVANCE_MS = 250;

interface StatementStepProps {
  statement: Statement;
  /** The answer given earlier, if any: the step opens with it chosen. */
  answer: AnswerValue | undefined;
  isLast: boolean;
  /** Announced with the heading: "Statement 3 of 35". */
  progressId: string;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
}

/**
 * One statement and its five-point scale, as a real radio group: arrow keys choose, Enter or
 * "next" confirms; a tap with a pointer confirms by itself. Rendered with `key={statement.id}`
 * so each statement starts from its own stored answer.
 */
export function StatementStep({
  statement,
  answer,
  isLast,
  progressId,
  onAnswer,
  onBack,
}: StatementStepProps) {
  const { t } = useTranslation(['quiz', 'common']);
  const headingId = useId();
  const hintId = useId();
  const errorId = useId();
  const heading = useHeadingFocus<HTMLHeadingElement>(statement.id);
  const advance = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(advance.current), []);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<z.input<typeof stepSchema>, unknown, z.output<typeof stepSchema>>({
    resolver: zodResolver(stepSchema),
    defaultValues: { answer: answer?.toString() },
  });

  const submit = handleSubmit(({ answer: value }) => onAnswer(value));
  const field = register('answer');

  return (
    <form className="statement-step" onSubmit={submit} noValidate>
      <p className="statement-dimension">{t(`quiz:dimensions.${statement.dimension}.name`)}</p>
      <h1 id={headingId} ref={heading} tabIndex={-1} aria-describedby={progressId}>
        {t(`quiz:statements.${statement.id}` as 'quiz:statements.tech-1')}
      </h1>
      <fieldset
        className="scale"
        aria-labelledby={headingId}
        aria-describedby={errors.answer ? `${hintId} ${errorId}` : hintId}
        aria-invalid={errors.answer ? true : undefined}
      >
        <p id={hintId} className="scale-hint">
          {t('common:quiz.scaleLegend')}
        </p>
        {ANSWER_VALUES.map((value) => (
          <label key={value} className="scale-option">
            <input
              type="radio"
              value={value}
              {...field}
              onClick={(event) => {
                // Keyboard selection fires clicks with detail 0: only a real tap advances.
                if (event.detail === 0) return;
                window.clearTimeout(advance.current);
                advance.current = window.setTimeout(() => void submit(), AUTO_ADVANCE_MS);
              }}
            />
            <span>{t(`quiz:scale.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {errors.answer && (
        <p id={errorId} className="field-error" role="alert">
          {t('common:quiz.required')}
        </p>
      )}
      <div className="actions quiz-actions">
        <button type="button" className="button secondary" onClick={onBack}>
          {t('common:quiz.back')}
        </button>
        <button type="submit" className="button primary">
          {isLast ? t('common:quiz.finish') : t('common:quiz.next')}
        </button>
      </div>
    </form>
  );
}
