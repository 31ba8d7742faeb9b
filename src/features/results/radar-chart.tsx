import { useTranslation } from 'react-i18next';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as Chart } from 'recharts';
import { DIMENSIONS, type Scores } from '../../quiz';

/**
 * The radar of the seven scores. Its own chunk (recharts is most of the results' weight),
 * loaded only when results are shown; colours come from CSS so the accent applies.
 * Hidden from assistive technology: the score table beside it says the same in text.
 */
export function RadarChart({ scores }: { scores: Scores }) {
  const { t } = useTranslation('quiz');
  const data = DIMENSIONS.map((dimension) => ({
    dimension: t(`dimensions.${dimension}.short`),
    score: scores[dimension],
  }));
  return (
    <Chart
      className="radar-chart"
      data={data}
      outerRadius="48%"
      responsive
      style={{ width: '100%', maxWidth: 440, aspectRatio: 1 }}
      accessibilityLayer={false}
    >
      <PolarGrid className="radar-grid" />
      {/* recharts writes the label colour inline: give it the theme's text colour (CSSOM, CSP-safe). */}
      <PolarAngleAxis dataKey="dimension" tick={{ fill: 'var(--text)', fontSize: 11 }} />
      <PolarRadiusAxis domain={[0, 100]} tickCount={6} angle={90} axisLine={false} tick={false} />
      <Radar dataKey="score" className="radar-area" isAnimationActive={false} />
    </Chart>
  );
}
