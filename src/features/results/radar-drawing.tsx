import { createContext, useContext, useMemo } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadar } from 'recharts';
import { DIMENSIONS, HIGH_FROM, LOW_BELOW, type Scores } from '../../quiz';
import type { RadarLayout } from './radar-geometry';

export interface RadarDrawingProps {
  /** Where everything goes, worked out before the chart is drawn (`layoutRadar`). */
  layout: RadarLayout;
  fontSize: number;
  lineHeight: number;
  /** The axis names, in DIMENSIONS order. */
  names: readonly string[];
  scores: Scores;
  previous?: Scores;
}

/**
 * recharts draws the radar (the stack's chart library); this module is its own chunk, fetched
 * ahead (README, "Performance"). What recharts would work out for itself — the size, the centre,
 * the radius, where each label goes — is given to it from `layoutRadar`, so that the chart has
 * the size the page reserved for it and every label stays inside the frame.
 *
 * recharts registers each axis and series in its own store and draws an axis's labels only once
 * its store has caught up; it registers an axis again whenever the axis's props change. So every
 * axis and series below is one element made once, with constant props: a new layout reaches the
 * labels through context, and the chart never passes through a render without them.
 */
const Drawing = createContext<RadarDrawingProps | null>(null);

const useDrawing = () => {
  const drawing = useContext(Drawing);
  if (!drawing) throw new Error('A radar label outside RadarDrawing');
  return drawing;
};

/** What recharts gives a custom tick: where it would put it, and which one it is. */
interface TickProps {
  x?: number;
  y?: number;
  index?: number;
  payload?: { value: number | string };
}

/** An axis's name and, under it, its score, where `layoutRadar` put them. */
function AxisLabel({ index = 0 }: TickProps) {
  const { layout, names, scores, fontSize, lineHeight } = useDrawing();
  const label = layout.labels[index];
  const dimension = DIMENSIONS[index];
  if (!label || !dimension) return null;
  return (
    <text className="radar-label" x={label.x} y={label.y} textAnchor={label.anchor} fontSize={fontSize}>
      <tspan className="radar-label-name">{names[index]}</tspan>
      <tspan className="radar-label-score" x={label.x} dy={lineHeight}>
        {scores[dimension]}
      </tspan>
    </text>
  );
}

/** "40" and "70" on the upward spoke, just right of it: the band rings' values. */
function RingLabel({ x = 0, y = 0, payload }: TickProps) {
  const { fontSize } = useDrawing();
  return (
    <text className="radar-ring-label" x={x + 3} y={y - 3} fontSize={fontSize - 2}>
      {payload?.value}
    </text>
  );
}

const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
const BAND_RINGS = [LOW_BELOW, HIGH_FROM] as const;

/** One grid per ring, so that each band's ring is styled as its own; then the spokes. */
const grid = (angles: readonly number[]) => (
  <>
    {[...BAND_RINGS, 100].map((ring) => (
      <PolarGrid
        key={ring}
        className={`radar-ring radar-ring-${ring}`}
        radialLines={false}
        polarAngles={[...angles]}
        polarRadius={[`${ring}%`]}
      />
    ))}
    <PolarGrid className="radar-spoke" polarAngles={[...angles]} polarRadius={[]} />
  </>
);

// One element each, made once (see above): React skips them when the chart is drawn again.
const ANGLE_AXIS = (
  <PolarAngleAxis dataKey="dimension" axisLine={false} tickLine={false} tick={<AxisLabel />} />
);
const RADIUS_AXIS = (
  <PolarRadiusAxis
    type="number"
    domain={[0, 100]}
    ticks={[...BAND_RINGS]}
    // The ticks are given: without this recharts still works out "nice" ones for 0–100, in
    // decimal arithmetic, on every update of its store (the most expensive part of a drawing).
    niceTicks="none"
    angle={90}
    axisLine={false}
    tickLine={false}
    tick={<RingLabel />}
  />
);
/**
 * A run's outline, as recharts computes it (its points on the axes' scales), drawn by us: the
 * class names say which run it is, and nothing else of the series needs a class.
 */
function Outline({ points = [], className }: { points?: { x: number; y: number }[]; className: string }) {
  return <polygon className={className} points={points.map(({ x, y }) => `${x},${y}`).join(' ')} />;
}

const PREVIOUS = (
  <Radar
    dataKey="before"
    shape={<Outline className="radar-previous" />}
    isAnimationActive={false}
    dot={false}
    activeDot={false}
  />
);
const CURRENT = (
  <Radar
    dataKey="now"
    shape={<Outline className="radar-area" />}
    isAnimationActive={false}
    dot={{ r: 3, className: 'radar-point' }}
    activeDot={false}
  />
);

/**
 * The chart itself. Nothing in it is focusable and it has no accessible name: the frame around
 * it hides it from assistive technology, and the score table beside it is its text alternative.
 */
export function RadarDrawing(props: RadarDrawingProps) {
  const { layout, scores, previous } = props;
  const data = useMemo(
    () =>
      DIMENSIONS.map((dimension) => ({ dimension, now: scores[dimension], before: previous?.[dimension] })),
    [scores, previous],
  );
  return (
    <Drawing.Provider value={props}>
      <RechartsRadar
        width={layout.width}
        height={layout.height}
        cx={layout.cx}
        cy={layout.cy}
        outerRadius={layout.radius}
        startAngle={layout.angles[0]}
        endAngle={(layout.angles[0] ?? 90) - 360}
        margin={NO_MARGIN}
        data={data}
        accessibilityLayer={false}
        className="radar-drawing"
      >
        {grid(layout.angles)}
        {ANGLE_AXIS}
        {RADIUS_AXIS}
        {previous && PREVIOUS}
        {CURRENT}
      </RechartsRadar>
    </Drawing.Provider>
  );
}

/** The drawing as radar-chart.tsx renders it, once this chunk has arrived. */
export const drawRadar = (props: RadarDrawingProps) => <RadarDrawing {...props} />;
