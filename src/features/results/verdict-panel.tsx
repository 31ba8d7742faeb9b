import { useTranslation } from 'react-i18next';
import type { Fit } from '../../quiz';
import { useDimensionList } from '../../components/ui/use-dimension-names';

/**
 * The verdict explained at length, closed below the chart: the headline above already said
 * what decided it, and the page stays short for whoever does not need more.
 */
export function VerdictPanel({ fit }: { fit: Fit }) {
  const { t } = useTranslation(['quiz', 'common']);
  const listOf = useDimensionList();
  const verdict = fit.verdict;
  return (
    <details className={`verdict verdict-${verdict}`}>
      <summary>
        <h2 id="verdict-title">{t('common:results.aboutVerdict')}</h2>
      </summary>
      <p>{t(`quiz:verdicts.${verdict}.body`, { dimensions: listOf(fit.decidedBy) })}</p>
      {/* An employee is still someone to delegate to: say so when letting go is hard too. */}
      {fit.alsoLow.length > 0 && <p>{t('quiz:verdicts.employee.alsoLetGo')}</p>}
      <p className="verdict-next">{t(`quiz:verdicts.${verdict}.next`)}</p>
    </details>
  );
}
