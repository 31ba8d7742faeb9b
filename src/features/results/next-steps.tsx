import { useTranslation } from 'react-i18next';
import { bandOf, type DecidedResults, type Dimension, type ResultsReading, type Scores } from '../../quiz';

/**
 * The first screen's next steps, the verdict's own (`reading.nextSteps`): for an employee, what
 * decided it and the first step toward hiring; for "not yet", what to practise first; for an
 * assistant, the weakest dimensions with their first step, or the verdict's next step.
 */
export function NextSteps({ reading }: { reading: DecidedResults }) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const { nextSteps, verdict, scores } = reading;
  switch (nextSteps.kind) {
    case 'hire':
      return (
        <section className="priorities" aria-labelledby="priorities-title">
          <h2 id="priorities-title">{t('results:nextSteps.hireTitle')}</h2>
          <ul>
            {nextSteps.causes.map((dimension) => (
              <li key={dimension} className={`priority band-${bandOf(scores[dimension])}`}>
                <DimensionName dimension={dimension} scores={scores} />
                <p className="priority-step">{t(`quiz:verdicts.employee.causes.${dimension}`)}</p>
              </li>
            ))}
          </ul>
          <p className="next-step">
            <strong>{t('results:nextSteps.hireStep')}</strong> {t('quiz:verdicts.employee.next')}
          </p>
          {/* An employee is still someone to delegate to: say so when letting go is hard too. */}
          {reading.alsoLow.length > 0 && <p>{t('quiz:verdicts.employee.alsoLetGo')}</p>}
        </section>
      );
    case 'practise':
    case 'prepare':
      return (
        <section className="priorities" aria-labelledby="priorities-title">
          <h2 id="priorities-title">
            {nextSteps.kind === 'practise'
              ? t('results:nextSteps.practiseTitle')
              : t('results:prioritiesTitle')}
          </h2>
          <ol>
            {nextSteps.dimensions.map((dimension) => (
              <li key={dimension} className={`priority band-${bandOf(scores[dimension])}`}>
                <DimensionName dimension={dimension} scores={scores} />
                <p className="priority-step">{firstStepOf(t, dimension, scores)}</p>
              </li>
            ))}
          </ol>
          {nextSteps.kind === 'prepare' && nextSteps.alsoTied > 0 && (
            <p className="priority-ties">{t('results:nextSteps.tied', { count: nextSteps.alsoTied })}</p>
          )}
          {nextSteps.kind === 'practise' && <p className="next-step">{t('quiz:verdicts.not-yet.next')}</p>}
        </section>
      );
    case 'start':
      // Everything is high: what is left to do is the verdict's own next step.
      return (
        <section className="priorities" aria-labelledby="priorities-title">
          <h2 id="priorities-title">{t('results:nextStepTitle')}</h2>
          <p>{t(`quiz:verdicts.${verdict}.next`)}</p>
        </section>
      );
  }
}

type T = ReturnType<typeof useTranslation<['common', 'quiz', 'results']>>['t'];

/** A concrete step of a dimension's advice for its band: the first, unless another is asked for. */
export const firstStepOf = (t: T, dimension: Dimension, scores: Scores, index = 0): string => {
  const key = `quiz:dimensions.${dimension}.bands.${bandOf(scores[dimension])}.steps` as const;
  return (t(key, { returnObjects: true }) as string[])[index]!;
};

function DimensionName({ dimension, scores }: { dimension: Dimension; scores: Scores }) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const band = bandOf(scores[dimension]);
  return (
    <p className="priority-name">
      <strong>{t(`quiz:dimensions.${dimension}.name`)}</strong>{' '}
      <span className="priority-score">
        {t('results:scoreAndBand', { score: scores[dimension], band: t(`results:bands.${band}`) })}
      </span>
    </p>
  );
}

/**
 * The next steps as plain lines, for the mail to the assistant: the same steps, in the same
 * order, as the first screen shows. None without a verdict.
 */
export function useNextStepLines(reading: ResultsReading): string[] {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  if (reading.kind === 'unclear') return [t('results:unclear.againHint')];
  const { nextSteps, scores } = reading;
  const named = (d: Dimension) => t(`quiz:dimensions.${d}.name`);
  switch (nextSteps.kind) {
    case 'hire':
      return [
        ...nextSteps.causes.map((d) => `${named(d)}: ${t(`quiz:verdicts.employee.causes.${d}`)}`),
        t('quiz:verdicts.employee.next'),
      ];
    case 'practise':
      return [
        ...nextSteps.dimensions.map((d) => `${named(d)}: ${firstStepOf(t, d, scores)}`),
        t('quiz:verdicts.not-yet.next'),
      ];
    case 'prepare':
      return nextSteps.dimensions.map((d) => `${named(d)}: ${firstStepOf(t, d, scores)}`);
    case 'start':
      return [t(`quiz:verdicts.${reading.verdict}.next`)];
  }
}
