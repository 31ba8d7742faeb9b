import { useTranslation } from 'react-i18next';
import { bandOf, DIMENSIONS, type Scores } from '../../quiz';
import { formatChange } from './run-change';

/**
 * The chart's text alternative, and the plain figures for anyone who prefers them. It names
 * the dimensions as the chart does (short names: one line each on a phone); with an earlier
 * run, each score carries its change in brackets.
 */
export function ScoreTable({
  scores,
  previous,
  previousDay,
}: {
  scores: Scores;
  previous?: Scores;
  previousDay?: string;
}) {
  const { t, i18n } = useTranslation(['common', 'quiz', 'results']);
  return (
    <table className="score-table">
      <caption>
        {t('results:tableCaption')}
        {previous && previousDay && (
          <span className="table-note"> {t('results:history.tableNote', { date: previousDay })}</span>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('results:columns.dimension')}</th>
          <th scope="col">{t('results:columns.score')}</th>
          <th scope="col">{t('results:columns.band')}</th>
        </tr>
      </thead>
      <tbody>
        {DIMENSIONS.map((dimension) => (
          <tr key={dimension}>
            <th scope="row">{t(`quiz:dimensions.${dimension}.short`)}</th>
            <td>
              {scores[dimension]}
              {previous && ` (${formatChange(scores[dimension] - previous[dimension], i18n.language)})`}
            </td>
            <td>{t(`results:bands.${bandOf(scores[dimension])}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
