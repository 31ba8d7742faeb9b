import { useMemo } from 'react';
import { PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadar } from 'recharts';
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

/*
 * recharts draws the radar (the stack's chart library); this module is its own chunk, fetched
 * ahead (README, "Performance"). What recharts would work out for itself — the size, the centre,
 * the radius, the first axis's angle — is given to it from `layoutRadar`, so that the chart has
 * the size the page reserved for it and each outline meets its axis where the label is.
 *
 * recharts keeps its axes and series in a store of its own, filled by their effects over several
 * renders, and draws an axis's ticks only once that store has caught up (again after every change
 * of the axis's props). So the labels are not axis ticks: they are drawn in the chart's first
 * render, at the places `layoutRadar` found for them inside the frame. The one axis there is
 * fixes the scale at 0–100 and never changes; the series are elements made once.
 */

const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
const BAND_RINGS = [LOW_BELOW, HIGH_FROM] as const;
const FULL_SCALE = [0, 100];

const SCALE = (
  <PolarRadiusAxis
    type="number"
    domain={FULL_SCALE}
    // Nothing to work out: without this recharts computes "nice" ticks for 0–100, in decimal
    // arithmetic, on every update of its store (the largest part of a drawing in a CPU profile).
    niceTicks="none"
    tick={false}
    axisLine={false}
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

/** Each axis's name and, under it, its score; "40" and "70" just right of the upward spoke. */
function Labels({ layout, fontSize, lineHeight, names, scores }: RadarDrawingProps) {
  return (
    <g className="radar-labels">
      {layout.labels.map((label, i) => (
        <text
          key={DIMENSIONS[i]}
          className="radar-label"
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          fontSize={fontSize}
        >
          <tspan className="radar-label-name">{names[i]}</tspan>
          <tspan className="radar-label-score" x={label.x} dy={lineHeight}>
            {scores[DIMENSIONS[i]!]}
          </tspan>
        </text>
      ))}
      {BAND_RINGS.map((ring) => (
        <text
          key={ring}
          className="radar-ring-label"
          x={layout.cx + 3}
          y={layout.cy - (layout.radius * ring) / 100 - 3}
          fontSize={fontSize - 2}
        >
          {ring}
        </text>
      ))}
    </g>
  );
}

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
  const angles = [...layout.angles];
  return (
    <RechartsRadar
      width={layout.width}
      height={layout.height}
      cx={layout.cx}
      cy={layout.cy}
      outerRadius={layout.radius}
      // Clockwise from the first axis, as layoutRadar places the labels.
      startAngle={angles[0]}
      endAngle={(angles[0] ?? 90) - 360}
      margin={NO_MARGIN}
      data={data}
      accessibilityLayer={false}
      className="radar-drawing"
    >
      {/* One grid per ring, so that each band's ring is styled as its own; then the spokes. */}
      {[...BAND_RINGS, 100].map((ring) => (
        <PolarGrid
          key={ring}
          className={`radar-ring radar-ring-${ring}`}
          radialLines={false}
          polarAngles={angles}
          polarRadius={[`${ring}%`]}
        />
      ))}
      <PolarGrid className="radar-spoke" polarAngles={angles} polarRadius={[]} />
      {SCALE}
      {previous && PREVIOUS}
      {CURRENT}
      <Labels {...props} />
    </RechartsRadar>
  );
}

/** The drawing as radar-chart.tsx renders it, once this chunk has arrived. */
export const drawRadar = (props: RadarDrawingProps) => <RadarDrawing {...props} />;
