import { useTranslation } from 'react-i18next';

interface QuizProgressProps {
  /** 1-based number of the statement on screen. */
  current: number;
  total: number;
  /** Statements answered so far: what the bar fills with. */
  answered: number;
  id: string;
}

export function QuizProgress({ current, total, answered, id }: QuizProgressProps) {
  const { t } = useTranslation('quiz');
  const text = t('quiz.step', { current, total });
  return (
    <div className="quiz-progress">
      <p id={id} className="quiz-progress-text">
        {text}
      </p>
      <div
        className="quiz-progress-bar"
        role="progressbar"
        aria-label={t('quiz.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={text}
      >
        <progress className="quiz-progress-fill" max={total} value={answered} aria-hidden="true" />
      </div>
    </div>
  );
}
