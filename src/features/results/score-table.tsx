import { useTranslation } from 'react-i18next';
import { bandOf, DIMENSIONS, type Scores } from '../../quiz';

/** The chart's text alternative, and the plain figures for anyone who prefers them. */
export function ScoreTable({ scores }: { scores: Scores }) {
  const { t } = useTranslation(['common', 'quiz']);
  return (
    <table className="score-table">
      <caption>{t('results.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.columns.dimension')}</th>
          <th scope="col">{t('results.columns.score')}</th>
          <th scope="col">{t('results.columns.band')}</th>
        </tr>
      </thead>
      <tbody>
        {DIMENSIONS.map((dimension) => (
          <tr key={dimension}>
            <th scope="row">{t(`quiz:dimensions.${dimension}.name`)}</th>
            <td>{scores[dimension]}</td>
            <td>{t(`results.bands.${bandOf(scores[dimension])}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
