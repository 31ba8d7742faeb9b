import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useScoredList } from '../../components/ui/use-dimension-list';
import type { DecidedResults } from '../../quiz';
import { VerdictMark } from './verdict-mark';

interface VerdictHeadlineProps {
  reading: DecidedResults;
  /** The screen's heading: focus lands here when the results open. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The answer in ten seconds: the verdict as the page's heading with its own mark, and one or
 * two sentences naming only what decided it (`reading.reason`, from `readResults`).
 */
export function VerdictHeadline({ reading, headingRef }: VerdictHeadlineProps) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const scored = useScoredList(reading.scores);
  const { verdict, reason } = reading;

  const sentence = () => {
    switch (reason.key) {
      case 'assistant':
        return reason.watch.dimensions.length > 0
          ? `${t('results:reason.assistant', { mean: reason.mean })} ${t('results:reason.watch', {
              count: reason.watch.dimensions.length,
              dimensions: scored(reason.watch),
            })}`
          : t('results:reason.assistant', { mean: reason.mean });
      case 'mean':
        return t('results:reason.mean', {
          // "… y 2 más con la misma puntuación" counts too: a tie makes the list plural
          count: reason.lowest.dimensions.length + reason.lowest.alsoTied,
          mean: reason.mean,
          dimensions: scored(reason.lowest),
        });
      default:
        return t(`results:reason.${reason.key}`, {
          count: reason.decidedBy.dimensions.length,
          dimensions: scored(reason.decidedBy),
        });
    }
  };

  return (
    <header className={`verdict-headline verdict-${verdict}`}>
      <p className="verdict-mark">
        <VerdictMark verdict={verdict} />
        <span>{t(`results:verdictMarks.${verdict}`)}</span>
      </p>
      <h1 id="results-title" ref={headingRef} tabIndex={-1}>
        {t(`quiz:verdicts.${verdict}.title`)}
      </h1>
      <p className="verdict-reason">{sentence()}</p>
    </header>
  );
}
