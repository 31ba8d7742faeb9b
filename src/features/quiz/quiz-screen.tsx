import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StartOverButton } from '../../components/ui/confirm-dialog';
import { isQuizHash, paths, statementOf } from '../../config/paths';
import {
  checkResponses,
  countAnswered,
  furthestReachable,
  isComplete,
  QUIZ_ORDER,
  scoreAnswers,
  type Answers,
  type AnswerValue,
} from '../../quiz';
import { useApp, useQuizState } from '../../services/app-services';
import { siteNameOf } from '../../services/report-target';
import { cameFrom, historyBack, navigate, useHash } from '../../services/navigation';
import { finishRun } from './finish-run';
import { QuizProgress } from './quiz-progress';
import { StatementStep } from './statement-step';
import './quiz.css';

interface QuizScreenProps {
  /** Back from the first statement, or "save and exit": to the intro, answers kept. */
  onExit: () => void;
  /** "Start again", once confirmed: answers cleared, back to the first statement. */
  onStartOver: () => void;
}

const LAST = QUIZ_ORDER.length - 1;

/**
 * Which statement a hash shows. `#quiz/N` is statement N when it is reachable; a statement not
 * reachable yet opens the first unanswered one; a bare `#quiz` (the intro's "start" or an old
 * link) opens where the owner left off.
 */
const positionFor = (hash: string, answers: Answers, saved: number): number => {
  const requested = statementOf(hash);
  const limit = furthestReachable(answers);
  if (requested === undefined) return Math.min(Math.max(saved, 0), limit);
  return Math.min(requested - 1, limit);
};

/**
 * One statement at a time, each its own entry in the browser's history (`#quiz/N`): Back and
 * Forward move between statements with their answers, a reload stays on the same one, and when
 * the last is answered the scores go to the shell.
 */
export function QuizScreen({ onExit, onStartOver }: QuizScreenProps) {
  const { t } = useTranslation(['common', 'quiz']); // suspends until the statements have arrived
  const { host, history } = useApp();
  const { store, state } = useQuizState();
  const hash = useHash();
  const progressId = useId();
  const position = positionFor(hash, state.answers, state.position);
  const statement = QUIZ_ORDER[position]!;
  const answered = countAnswered(state.answers);
  const here = paths.statement(position + 1);

  // The address always names the statement on screen (replacing, so no entry is duplicated),
  // and the store remembers it for "continue where you left off".
  useEffect(() => {
    // Only while the address still names the quiz: a Back to the intro must not be rewritten.
    if (isQuizHash(hash) && hash !== here) {
      navigate(here, { replace: true, state: window.history.state as null });
    }
    if (store.getState().position !== position) store.goTo(position);
  }, [hash, here, position, store]);

  const onAnswer = (value: AnswerValue) => {
    store.answer(statement.id, value);
    if (position < LAST) {
      navigate(paths.statement(position + 2), { state: { from: here } });
      return;
    }
    // The last statement: score only now, once.
    const { answers } = store.getState();
    const report = scoreAnswers(answers);
    if (isComplete(report)) finishRun(report.scores, checkResponses(answers).flags, { history, host });
    // Reached the end with a gap (e.g. answers lost from storage): go back to the first gap.
    else navigate(paths.statement(furthestReachable(answers) + 1), { replace: true });
  };

  // The page's own "previous" walks the browser's history when it leads to the same place, so
  // that Back and Forward stay in step with it; otherwise it goes there without a new entry.
  const onBack = () => {
    const previous = position === 0 ? paths.intro() : paths.statement(position);
    if (cameFrom(previous)) historyBack();
    else if (position === 0) onExit();
    else navigate(previous, { replace: true });
  };

  return (
    <section className="panel quiz" aria-label={t('quiz:quiz.title')}>
      <QuizProgress id={progressId} current={position + 1} total={QUIZ_ORDER.length} answered={answered} />
      <StatementStep
        key={statement.id}
        statement={statement}
        answer={state.answers[statement.id]}
        isFirst={position === 0}
        isLast={position === LAST}
        finishNotice={
          host.scoresRecipient && t('quiz:widget.finishNotice', { site: siteNameOf(host.scoresRecipient) })
        }
        progressId={progressId}
        onPick={(value) => store.answer(statement.id, value)}
        onAnswer={onAnswer}
        onBack={onBack}
      />
      <div className="quiz-exit">
        <button type="button" className="button text" onClick={onExit}>
          {t('quiz:quiz.saveAndExit')}
        </button>
        {answered > 0 && (
          <StartOverButton className="button text" answered={answered} onStartOver={onStartOver}>
            {t('quiz:quiz.startOver')}
          </StartOverButton>
        )}
      </div>
    </section>
  );
}
