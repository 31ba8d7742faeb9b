import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerFlag } from '../../quiz';
import { VerdictMark } from './verdict-mark';

interface UnclearHeadlineProps {
  flags: readonly AnswerFlag[];
  /** The screen's heading: focus lands here when the results open. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Clears the answers and opens the first statement. */
  onAnswerAgain: () => void;
}

/**
 * In place of a verdict, when the response check flagged the run: it says plainly that these
 * answers do not let us say anything yet, what in them was inconsistent, and offers to answer
 * again from scratch (nothing kept that would lead the owner back to the same answers).
 */
export function UnclearHeadline({ flags, headingRef, onAnswerAgain }: UnclearHeadlineProps) {
  const { t } = useTranslation(['common', 'results']);
  return (
    <header className="verdict-headline verdict-unclear">
      <p className="verdict-mark">
        <VerdictMark verdict="unclear" />
        <span>{t('results:unclear.mark')}</span>
      </p>
      <h1 id="results-title" ref={headingRef} tabIndex={-1}>
        {t('results:unclear.title')}
      </h1>
      <p className="verdict-reason">{t('results:unclear.body')}</p>
      <ul className="unclear-flags">
        {flags.map((flag) => (
          <li key={flag}>{t(`results:unclear.flags.${flag}`)}</li>
        ))}
      </ul>
      <p>{t('results:unclear.againHint')}</p>
      <button type="button" className="button primary" onClick={onAnswerAgain}>
        {t('results:unclear.again')}
      </button>
    </header>
  );
}
