import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countAnswered,
  firstUnanswered,
  isComplete,
  QUIZ_ORDER,
  scoreAnswers,
  type AnswerValue,
  type Scores,
} from '../../quiz';
import { useApp, useQuizState } from '../../services/app-services';
import { siteNameOf } from '../../services/report-target';
import { QuizProgress } from './quiz-progress';
import { StatementStep } from './statement-step';
import './quiz.css';

interface QuizScreenProps {
  /** The last statement is answered: the shell tells the host and shows the results. */
  onComplete: (scores: Scores) => void;
  /** Back from the first statement. */
  onExit: () => void;
}

/** One statement at a time; when the last is answered the scores go to the shell. */
export function QuizScreen({ onComplete, onExit }: QuizScreenProps) {
  const { t } = useTranslation(['common', 'quiz']); // suspends until the statements have arrived
  const { store, state } = useQuizState();
  const { host } = useApp();
  const progressId = useId();
  const position = Math.min(state.position, QUIZ_ORDER.length - 1);
  const statement = QUIZ_ORDER[position]!;
  const answered = countAnswered(state.answers);

  const onAnswer = (value: AnswerValue) => {
    store.answer(statement.id, value);
    if (position < QUIZ_ORDER.length - 1) {
      store.goTo(position + 1);
      return;
    }
    // The last statement: score only now, once.
    const report = scoreAnswers(store.getState().answers);
    if (isComplete(report)) onComplete(report.scores);
    // Reached the end with a gap (e.g. answers lost from storage): go back to the first gap.
    else store.goTo(firstUnanswered(store.getState().answers));
  };

  const onBack = () => (position === 0 ? onExit() : store.goTo(position - 1));

  return (
    <section className="panel quiz" aria-label={t('quiz.title')}>
      <QuizProgress id={progressId} current={position + 1} total={QUIZ_ORDER.length} answered={answered} />
      <StatementStep
        key={statement.id}
        statement={statement}
        answer={state.answers[statement.id]}
        isFirst={position === 0}
        isLast={position === QUIZ_ORDER.length - 1}
        finishNotice={
          host.scoresRecipient && t('quiz:widget.finishNotice', { site: siteNameOf(host.scoresRecipient) })
        }
        progressId={progressId}
        onAnswer={onAnswer}
        onBack={onBack}
      />
    </section>
  );
}
