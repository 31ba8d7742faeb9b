import { useTranslation } from 'react-i18next';
import { bandOf, DIMENSIONS, meanOf, type Dimension, type Fit, type Scores } from '../../quiz';
import { useScoredList } from '../../components/ui/use-dimension-names';
import { VerdictMark } from './verdict-mark';
import type { RefObject } from 'react';

interface VerdictHeadlineProps {
  fit: Fit;
  scores: Scores;
  /** The screen's heading: focus lands here when the results open. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** What to work on first, already chosen: a mean-decided verdict names these. */
  priorities: readonly Dimension[];
}

/**
 * The answer in ten seconds: the verdict as the page's heading with its own mark, and one or
 * two sentences naming only what decided it.
 */
export function VerdictHeadline({ fit, scores, headingRef, priorities }: VerdictHeadlineProps) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const scored = useScoredList(scores);
  const { verdict, decidedBy } = fit;
  const mean = Math.round(meanOf(scores));
  const anyLow = decidedBy.some((d) => bandOf(scores[d]) === 'low');
  const medium = DIMENSIONS.filter((d) => bandOf(scores[d]) === 'medium');

  let reason: string;
  if (verdict === 'assistant') {
    reason = t('results:reason.assistant', { mean });
    if (medium.length > 0) {
      reason += ` ${t('results:reason.watch', { count: medium.length, dimensions: scored(medium) })}`;
    }
  } else if (verdict === 'assistant-after-prep' && !anyLow) {
    // The mean decided it: say so, and name what pulls it down most.
    reason = t('results:reason.mean', { count: priorities.length, mean, dimensions: scored(priorities) });
  } else {
    reason = t(`results:reason.${verdict}`, { count: decidedBy.length, dimensions: scored(decidedBy) });
  }

  return (
    <header className={`verdict-headline verdict-${verdict}`}>
      <p className="verdict-mark">
        <VerdictMark verdict={verdict} />
        <span>{t(`results:verdictMarks.${verdict}`)}</span>
      </p>
      <h1 id="results-title" ref={headingRef} tabIndex={-1}>
        {t(`quiz:verdicts.${verdict}.title`)}
      </h1>
      <p className="verdict-reason">{reason}</p>
    </header>
  );
}
