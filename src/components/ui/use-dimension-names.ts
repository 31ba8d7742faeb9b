import { useTranslation } from 'react-i18next';
import type { Dimension, Scores } from '../../quiz';

/**
 * «Comunicación clara» y «Disposición a delegar»: names joined the way the language joins
 * them, each in quotes, because several names contain "y"/"e" themselves.
 */
export function useDimensionList() {
  const { t, i18n } = useTranslation('quiz');
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  return (dimensions: readonly Dimension[]) =>
    list.format(dimensions.map((d) => `«${t(`dimensions.${d}.name`)}»`));
}

/** The same list with each score: «Sistemas y procedimientos» (39) y «Disposición a confiar» (30). */
export function useScoredList(scores: Scores) {
  const { t, i18n } = useTranslation('quiz');
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  return (dimensions: readonly Dimension[]) =>
    list.format(dimensions.map((d) => `«${t(`dimensions.${d}.name`)}» (${scores[d]})`));
}
