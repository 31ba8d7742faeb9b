import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { Form, useZodForm } from '../../components/ui/form';
import { ChoiceField } from '../../components/ui/form-field';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';
import {
  ANSWER_VALUES,
  answerValueSchema,
  isAnswerValue,
  type AnswerValue,
  type BankStatement,
} from '../../quiz';

// Radio values are strings in the DOM (react-hook-form keeps them so); empty until the user
// chooses. The only valid output is one of the five answers, so the only error is "choose one".
const stepSchema = z.object({
  answer: z.pipe(z.pipe(z.optional(z.string()), z.transform(Number)), answerValueSchema),
});

/** A pointer tap advances by itself after this pause, so the choice is seen before it moves on. */
const AUTO_ADVANCE_MS = 250;

interface StatementStepProps {
  statement: BankStatement;
  /** The answer given earlier, if any: the step opens with it chosen. */
  answer: AnswerValue | undefined;
  /** The first statement carries the one line on how to answer what the owner has not lived yet. */
  isFirst: boolean;
  isLast: boolean;
  /** Said on the last statement, before its answer: who will hear the result (widget only). */
  finishNotice?: string | undefined;
  /** Announced with the heading: "Statement 3 of 35". */
  progressId: string;
  /** A tapped answer is kept at once, before the step moves on by itself. */
  onPick: (value: AnswerValue) => void;
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
  isFirst,
  isLast,
  finishNotice,
  progressId,
  onPick,
  onAnswer,
  onBack,
}: StatementStepProps) {
  const { t } = useTranslation(['quiz', 'common']);
  const headingId = useId();
  const noticeId = useId();
  const notice = isLast ? finishNotice : undefined;
  const heading = useHeadingFocus<HTMLHeadingElement>(statement.id);
  const advance = useRef<number | undefined>(undefined);
  // A layout effect, so that the pending advance is also dropped when the quiz is only hidden: a
  // results link opened right after a tap suspends on its chunk, and React then keeps this screen
  // mounted but hidden, where a late advance would pull the owner back into the quiz. The tapped
  // answer itself is already kept (`onPick`).
  useLayoutEffect(() => () => window.clearTimeout(advance.current), []);
  const form = useZodForm(stepSchema, { mode: 'onSubmit', defaultValues: { answer: answer?.toString() } });
  const submit = form.handleSubmit(({ answer: value }) => onAnswer(value));

  return (
    <Form
      form={form}
      className="statement-step"
      onSubmit={({ answer: value }) => onAnswer(value)}
      errorText={() => t('quiz:quiz.required')}
    >
      {/* No dimension name here: it would tell the owner what is measured and invite the "right" answer. */}
      {isFirst && <p className="statement-hint">{t('quiz:quiz.howToAnswer')}</p>}
      <h1
        id={headingId}
        ref={heading}
        tabIndex={-1}
        aria-describedby={notice ? `${progressId} ${noticeId}` : progressId}
      >
        {t(`quiz:statements.${statement.id}`)}
      </h1>
      {notice && (
        <p id={noticeId} className="finish-notice">
          {notice}
        </p>
      )}
      <ChoiceField<z.input<typeof stepSchema>>
        name="answer"
        labelledBy={headingId}
        hint={t('quiz:quiz.scaleLegend')}
        className="scale"
        choiceClassName="scale-option"
        choices={ANSWER_VALUES.map((value) => ({ value: String(value), label: t(`quiz:scale.${value}`) }))}
        onPick={(value) => {
          const picked = Number(value);
          if (isAnswerValue(picked)) onPick(picked);
          window.clearTimeout(advance.current);
          advance.current = window.setTimeout(() => void submit(), AUTO_ADVANCE_MS);
        }}
      />
      <div className="actions quiz-actions">
        <button type="button" className="button secondary" onClick={onBack}>
          {t('quiz:quiz.back')}
        </button>
        <button type="submit" className="button primary">
          {isLast ? t('quiz:quiz.finish') : t('quiz:quiz.next')}
        </button>
      </div>
    </Form>
  );
}
