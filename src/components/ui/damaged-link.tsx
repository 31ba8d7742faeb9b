import { useTranslation } from 'react-i18next';
import { useHeadingFocus } from './use-heading-focus';
import type { Dimension } from '../../quiz';
import { useDimensionList } from './use-dimension-list';

interface DamagedLinkProps {
  missing: readonly Dimension[];
  invalid: readonly Dimension[];
  repeated: readonly Dimension[];
  onTakeQuiz: () => void;
}

/**
 * A results link that cannot be trusted: say what is wrong and offer the quiz, never a blank page.
 * Shared by the owner's results and the assistant's reading, which open the same links.
 */
export function DamagedLink({ missing, invalid, repeated, onTakeQuiz }: DamagedLinkProps) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const listOf = useDimensionList();
  const heading = useHeadingFocus<HTMLHeadingElement>('damaged');
  return (
    <section className="panel notice-panel" aria-labelledby="damaged-title">
      <h1 id="damaged-title" ref={heading} tabIndex={-1}>
        {t('results:damaged.title')}
      </h1>
      <p>{t('results:damaged.body')}</p>
      {missing.length > 0 && (
        <p>{t('results:damaged.missing', { count: missing.length, dimensions: listOf(missing) })}</p>
      )}
      {invalid.length > 0 && (
        <p>{t('results:damaged.invalid', { count: invalid.length, dimensions: listOf(invalid) })}</p>
      )}
      {repeated.length > 0 && (
        <p>{t('results:damaged.repeated', { count: repeated.length, dimensions: listOf(repeated) })}</p>
      )}
      <div className="actions">
        <button type="button" className="button primary" onClick={onTakeQuiz}>
          {t('results:damaged.takeQuiz')}
        </button>
      </div>
    </section>
  );
}
