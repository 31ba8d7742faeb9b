import { useTranslation } from 'react-i18next';
import { bandOf, type DecidedResults } from '../../quiz';

/**
 * The verdict explained at length, closed below the chart: the headline above already said
 * what decided it, and the next steps what to do first; the page stays short for whoever does
 * not need more. The names that weighed most are listed once, below the text, each with its
 * band and score (a low "supervision" must not read like a strength).
 */
/** The verdict's explanation, for the panel and the printed report alike. */
export function useVerdictBody({ verdict, weighed, mean, byMean }: DecidedResults): string {
  const { t } = useTranslation(['quiz', 'common', 'results']);
  switch (verdict) {
    case 'assistant':
      return t('quiz:verdicts.assistant.body', { count: weighed.dimensions.length, mean });
    case 'assistant-after-prep':
      return byMean
        ? t('quiz:verdicts.assistant-after-prep.byMean', { mean })
        : t('quiz:verdicts.assistant-after-prep.body', { count: weighed.dimensions.length });
    default:
      return t(`quiz:verdicts.${verdict}.body`);
  }
}

export function VerdictPanel({ reading }: { reading: DecidedResults }) {
  const { t } = useTranslation(['quiz', 'common', 'results']);
  const { verdict, weighed, scores } = reading;
  const body = useVerdictBody(reading);

  return (
    <details className={`verdict verdict-${verdict}`}>
      <summary>
        <h2 id="verdict-title">{t('results:aboutVerdict')}</h2>
      </summary>
      <p>{body}</p>
      {/* The verdict's next step, unless the first screen already gives it. */}
      {reading.nextSteps.kind === 'prepare' && (
        <p className="verdict-next">{t(`quiz:verdicts.${verdict}.next`)}</p>
      )}
      <h3 className="decided-by-title">{t('results:decidedBy')}</h3>
      <ul className="decided-by">
        {weighed.dimensions.map((dimension) => (
          <li key={dimension}>
            <span className="decided-by-name">{t(`quiz:dimensions.${dimension}.name`)}</span>{' '}
            <span className={`decided-by-score band-${bandOf(scores[dimension])}`}>
              {t('results:decidedScore', {
                band: t(`results:bands.${bandOf(scores[dimension])}`),
                score: scores[dimension],
              })}
            </span>
          </li>
        ))}
      </ul>
      {weighed.alsoTied > 0 && <p>{t('results:nextSteps.tied', { count: weighed.alsoTied })}</p>}
    </details>
  );
}
