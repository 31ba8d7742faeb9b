import { useTranslation } from 'react-i18next';
import { bandOf, type Dimension, type Scores, type Verdict } from '../../quiz';

interface PriorityListProps {
  priorities: readonly Dimension[];
  scores: Scores;
  verdict: Verdict;
}

/** Up to three dimensions to work on first, each with its first concrete step. */
export function PriorityList({ priorities, scores, verdict }: PriorityListProps) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  if (priorities.length === 0) {
    // Everything is high: what is left to do is the verdict's own next step.
    return (
      <section className="priorities" aria-labelledby="priorities-title">
        <h2 id="priorities-title">{t('results:nextStepTitle')}</h2>
        <p>{t(`quiz:verdicts.${verdict}.next`)}</p>
      </section>
    );
  }
  return (
    <section className="priorities" aria-labelledby="priorities-title">
      <h2 id="priorities-title">{t('results:prioritiesTitle')}</h2>
      <ol>
        {priorities.map((dimension) => {
          const band = bandOf(scores[dimension]);
          const steps = t(`quiz:dimensions.${dimension}.bands.${band}.steps`, {
            returnObjects: true,
          }) as string[];
          return (
            <li key={dimension} className={`priority band-${band}`}>
              <p className="priority-name">
                <strong>{t(`quiz:dimensions.${dimension}.name`)}</strong>{' '}
                <span className="priority-score">
                  {t('results:scoreAndBand', { score: scores[dimension], band: t(`results:bands.${band}`) })}
                </span>
              </p>
              <p className="priority-step">{steps[0]}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
