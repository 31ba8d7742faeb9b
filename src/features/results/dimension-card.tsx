import { useTranslation } from 'react-i18next';
import { bandOf, HIGH_FROM, LOW_BELOW, MAX_SCORE, MIN_SCORE, type Dimension } from '../../quiz';

interface DimensionCardProps {
  dimension: Dimension;
  score: number;
  /** Open from the start: the priorities are what the owner reads first. */
  open: boolean;
  /** When an earlier run of this browser is known: "+15" to see, "+15 desde el 12 de marzo" to hear. */
  change?: { readonly short: string; readonly full: string };
}

/**
 * What a dimension means, where the owner stands, and concrete steps for that band, as a
 * disclosure: the summary alone (name, score, band) keeps the page short.
 */
export function DimensionCard({ dimension, score, open, change }: DimensionCardProps) {
  const { t } = useTranslation(['quiz', 'common', 'results']);
  const band = bandOf(score);
  const steps = t(`quiz:dimensions.${dimension}.bands.${band}.steps`, { returnObjects: true }) as string[];
  const titleId = `card-${dimension}`;
  return (
    <details className={`dimension-card band-${band}`} open={open}>
      <summary>
        <h3 id={titleId}>{t(`quiz:dimensions.${dimension}.name`)}</h3>
        <span className="dimension-score">
          <span className="score-value">{t('results:scoreOutOf', { score })}</span>
          <span className={`band-badge band-${band}`}>{t(`results:bands.${band}`)}</span>
          {change && (
            <span className="dimension-change">
              <span aria-hidden="true">{change.short}</span>
              <span className="visually-hidden">{change.full}</span>
            </span>
          )}
        </span>
      </summary>
      <div className="dimension-body">
        <meter
          className="score-meter"
          min={MIN_SCORE}
          max={MAX_SCORE}
          low={LOW_BELOW}
          high={HIGH_FROM}
          optimum={MAX_SCORE}
          value={score}
          aria-hidden="true"
        />
        <p className="dimension-measures">{t(`quiz:dimensions.${dimension}.measures`)}</p>
        <h4>{t('results:why')}</h4>
        <p className="dimension-why">{t(`quiz:dimensions.${dimension}.why`)}</p>
        <h4>{t('results:advice')}</h4>
        <p>{t(`quiz:dimensions.${dimension}.bands.${band}.summary`)}</p>
        <ol className="advice-steps">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
    </details>
  );
}
