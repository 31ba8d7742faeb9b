import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type Dimension, type NamedDimensions, type Scores } from '../../quiz';

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

/**
 * The same list with each score: «Sistemas y procedimientos» (39) y «Disposición a confiar» (30).
 * Ties are said as ties: "… y 2 más con la misma puntuación", or, when all seven are equal, so.
 */
export function useScoredList(scores: Scores) {
  const { t, i18n } = useTranslation(['quiz', 'results']);
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  return ({ dimensions, alsoTied }: NamedDimensions) => {
    const first = dimensions[0];
    if (first !== undefined && dimensions.length + alsoTied === DIMENSIONS.length && alsoTied > 0) {
      return t('results:ties.all', { score: scores[first] });
    }
    return list.format([
      ...dimensions.map((d) => `«${t(`quiz:dimensions.${d}.name`)}» (${scores[d]})`),
      ...(alsoTied > 0 ? [t('results:ties.more', { count: alsoTied })] : []),
    ]);
  };
}
