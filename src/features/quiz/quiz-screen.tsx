import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, useQuizState } from '../../app/app-context';
import { navigate } from '../../app/navigation';
import { scoresHash } from '../../config/links';
import { notifyHost } from '../../embed/host-bridge';
import {
  countAnswered,
  decideFit,
  firstUnanswered,
  isComplete,
  scoreAnswers,
  STATEMENTS,
  type AnswerValue,
} from '../../quiz';
import { QuizProgress } from './quiz-progress';
import { StatementStep } from './statement-step';
import './quiz.css';

// Once per run of the quiz: set on the first statement shown, cleared when it completes.
let startAnnounced = false;

/** One statement at a time; when the last is answered the scores go to the results screen. */
export function QuizScreen() {
  const { t } = useTranslation(['common', 'quiz']); // suspends until the statements have arrived
  const { config } = useApp();
  const { store, state } = useQuizState();
  const progressId = useId();
  const position = Math.min(state.position, STATEMENTS.length - 1);
  const statement = STATEMENTS[position]!;
  const answered = countAnswered(state.answers);

  useEffect(() => {
    if (startAnnounced) return;
    startAnnounced = true;
    notifyHost({ type: 'delega:start' });
  }, []);

  const onAnswer = (value: AnswerValue) => {
    store.answer(statement.id, value);
    if (position < STATEMENTS.length - 1) {
      store.goTo(position + 1);
      return;
    }
    // The last statement: score only now, once.
    const report = scoreAnswers(store.getState().answers);
    if (isComplete(report)) {
      const { verdict } = decideFit(report.scores);
      startAnnounced = false;
      notifyHost({
        type: 'delega:complete',
        verdict,
        ...(config.reportScores ? { scores: { ...report.scores } } : {}),
      });
      navigate(scoresHash(report.scores));
    } else {
      // Reached the end with a gap (e.g. answers lost from storage): go back to the first gap.
      store.goTo(firstUnanswered(store.getState().answers));
    }
  };

  const onBack = () => (position === 0 ? navigate('') : store.goTo(position - 1));

  return (
    <section className="panel quiz" aria-label={t('quiz.title')}>
      <QuizProgress id={progressId} current={position + 1} total={STATEMENTS.length} answered={answered} />
      <StatementStep
        key={statement.id}
        statement={statement}
        answer={state.answers[statement.id]}
        isLast={position === STATEMENTS.length - 1}
        progressId={progressId}
        onAnswer={onAnswer}
        onBack={onBack}
      />
    </section>
  );
}
