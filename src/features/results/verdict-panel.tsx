import { useTranslation } from 'react-i18next';
import type { Fit } from '../../quiz';
import { useDimensionList } from '../../components/ui/use-dimension-names';

export function VerdictPanel({ fit }: { fit: Fit }) {
  const { t } = useTranslation(['quiz', 'common']);
  const listOf = useDimensionList();
  const verdict = fit.verdict;
  return (
    <section className={`verdict verdict-${verdict}`} aria-labelledby="verdict-title">
      <p className="verdict-label">{t('common:results.verdictLabel')}</p>
      <h2 id="verdict-title">{t(`quiz:verdicts.${verdict}.title`)}</h2>
      <p>{t(`quiz:verdicts.${verdict}.body`, { dimensions: listOf(fit.decidedBy) })}</p>
      {/* An employee is still someone to delegate to: say so when letting go is hard too. */}
      {fit.alsoLow.length > 0 && <p>{t('quiz:verdicts.employee.alsoLetGo')}</p>}
      <p className="verdict-next">{t(`quiz:verdicts.${verdict}.next`)}</p>
      <h3 className="decided-by-title">{t('common:results.decidedBy')}</h3>
      <ul className="decided-by">
        {fit.decidedBy.map((dimension) => (
          <li key={dimension}>{t(`quiz:dimensions.${dimension}.name`)}</li>
        ))}
      </ul>
    </section>
  );
}
