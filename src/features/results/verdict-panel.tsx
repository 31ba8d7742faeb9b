import { useTranslation } from 'react-i18next';
import {
  bandOf,
  decidedByMean,
  meanOf,
  strongestOf,
  type Dimension,
  type Fit,
  type Scores,
} from '../../quiz';

/** What the verdict names under "what weighed most": for a ready owner, the strongest few, not all seven. */
const namedOf = (fit: Fit, scores: Scores): readonly Dimension[] =>
  fit.verdict === 'assistant' ? strongestOf(scores) : fit.decidedBy;

/**
 * The verdict explained at length, closed below the chart: the headline above already said
 * what decided it (and what to watch), and the page stays short for whoever does not need more.
 * The names that weighed most are listed once, below the text, each with its band and score
 * (a low "supervision" must not read like a strength); the text itself explains, it does not
 * repeat the list.
 */
export function VerdictPanel({ fit, scores }: { fit: Fit; scores: Scores }) {
  const { t } = useTranslation(['quiz', 'common', 'results']);
  const verdict = fit.verdict;
  const named = namedOf(fit, scores);
  const mean = Math.round(meanOf(scores));

  const body = () => {
    switch (verdict) {
      case 'assistant':
        return t('quiz:verdicts.assistant.body', { count: named.length, mean });
      case 'assistant-after-prep':
        return decidedByMean(fit, scores)
          ? t('quiz:verdicts.assistant-after-prep.byMean', { mean })
          : t('quiz:verdicts.assistant-after-prep.body', { count: named.length });
      default:
        return t(`quiz:verdicts.${verdict}.body`);
    }
  };

  return (
    <details className={`verdict verdict-${verdict}`}>
      <summary>
        <h2 id="verdict-title">{t('results:aboutVerdict')}</h2>
      </summary>
      <p>{body()}</p>
      {/* Each cause says what it means: a low "procedures" is not a need to direct every step. */}
      {verdict === 'employee' &&
        fit.decidedBy.map((d) =>
          d === 'supervision' || d === 'procedures' ? (
            <p key={d}>{t(`quiz:verdicts.employee.causes.${d}`)}</p>
          ) : null,
        )}
      {/* An employee is still someone to delegate to: say so when letting go is hard too. */}
      {fit.alsoLow.length > 0 && <p>{t('quiz:verdicts.employee.alsoLetGo')}</p>}
      <p className="verdict-next">{t(`quiz:verdicts.${verdict}.next`)}</p>
      <h3 className="decided-by-title">{t('results:decidedBy')}</h3>
      <ul className="decided-by">
        {named.map((dimension) => (
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
    </details>
  );
}
