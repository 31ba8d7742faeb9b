/**
 * Where the radar's grid, outlines and labels go for a given width. Pure arithmetic, so the
 * chart is laid out before it paints (no jump) and tested without a browser.
 *
 * The axes go clockwise in the quiz's order. The first axis starts at the upper left so that
 * the two axes that end up nearly horizontal (where a label has the least room) are the
 * fourth and the seventh, `trust` and `teamwork`, whose names are the shortest in both
 * languages; long names such as "Procedimientos" sit at the top and bottom.
 */
export const START_ANGLE = 90 + 360 / 7; // degrees, counter-clockwise from 3 o'clock

/** Space between the grid's outer ring and a label. */
const GAP = 5;
/** Kept free at the frame's edges, so no label touches the screen's edge. */
const EDGE = 1;
const MIN_RADIUS = 60;
/** On a wide screen the chart grows with the column up to this radius. */
export const MAX_RADIUS = 250;

export interface LabelBox {
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface RadarLayout {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  /** Each axis's angle in degrees, counter-clockwise from 3 o'clock, in DIMENSIONS order. */
  readonly angles: readonly number[];
  readonly labels: readonly LabelBox[];
}

/** The stylesheets' measures (app.css, results.css), in px at the default 16 px rem. */
const FRAME = {
  /** `.app` is at most 46rem wide, padded 1rem a side on a page and 0.5rem in the widget. */
  appMax: 736,
  pagePadding: 16,
  widgetPadding: 8,
  /** Under 40rem the frame bleeds 0.75rem into each side's padding: the side labels need it. */
  wideFrom: 640,
  bleed: 12,
} as const;

/**
 * The width the stylesheets give the radar's frame in a viewport this wide. Read from the
 * viewport alone, so the chart is laid out in the same pass as the page; where a reader's font
 * size or a print layout makes it differ, the chart's observer corrects it.
 */
export function expectedFrameWidth(viewportWidth: number, embedded: boolean): number {
  const padding = embedded ? FRAME.widgetPadding : FRAME.pagePadding;
  const column = Math.min(viewportWidth, FRAME.appMax) - 2 * padding;
  return viewportWidth < FRAME.wideFrom ? column + 2 * FRAME.bleed : column;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

export const angleOf = (index: number, count: number) => START_ANGLE - (index * 360) / count;

/** The point of axis `index` at `value` (0–100) for a grid of `radius` around (cx, cy). */
export function pointAt(
  index: number,
  count: number,
  value: number,
  layout: Pick<RadarLayout, 'cx' | 'cy' | 'radius'>,
) {
  const angle = radians(angleOf(index, count));
  const r = (layout.radius * value) / 100;
  return { x: layout.cx + r * Math.cos(angle), y: layout.cy - r * Math.sin(angle) };
}

/**
 * The largest grid that keeps every label (`labelWidths[i]` px wide, `lines` lines of
 * `lineHeight`) inside `width`, and the height that holds it all.
 */
export function layoutRadar(
  width: number,
  labelWidths: readonly number[],
  lineHeight: number,
  lines = 2,
): RadarLayout {
  const count = labelWidths.length;
  const half = width / 2;
  const directions = labelWidths.map((_, i) => {
    const angle = radians(angleOf(i, count));
    return { cos: Math.cos(angle), sin: Math.sin(angle) };
  });
  let radius = MAX_RADIUS;
  directions.forEach(({ cos }, i) => {
    const w = labelWidths[i]!;
    if (Math.abs(cos) > 0.2) radius = Math.min(radius, (half - EDGE - w) / Math.abs(cos) - GAP);
  });
  radius = Math.max(MIN_RADIUS, Math.floor(radius));

  const block = lineHeight * lines;
  // How far above and below the centre the grid and the labels reach.
  let above = radius;
  let below = radius;
  const offsets = directions.map(({ cos, sin }) => {
    const dx = (radius + GAP) * cos;
    const dy = -(radius + GAP) * sin; // SVG's y grows downwards
    // Labels over the top half stand on their point; below, they hang from it; at the sides, centred.
    const top = sin > 0.5 ? dy - block : sin < -0.5 ? dy : dy - block / 2;
    above = Math.max(above, -top);
    below = Math.max(below, top + block);
    const anchor: LabelBox['anchor'] = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
    return { dx, top, anchor };
  });
  const cx = half;
  const cy = Math.ceil(above) + EDGE;
  return {
    width,
    height: cy + Math.ceil(below) + EDGE,
    cx,
    cy,
    radius,
    angles: labelWidths.map((_, i) => angleOf(i, count)),
    labels: offsets.map(({ dx, top, anchor }) => ({
      x: cx + dx,
      // The first line's baseline sits about 0.8 of a line below the block's top.
      y: cy + top + lineHeight * 0.8,
      anchor,
    })),
  };
}
