import { useEffect, useMemo, useRef, useState } from 'react';
import { DIMENSIONS, HIGH_FROM, LOW_BELOW, type Scores } from '../../quiz';
import { expectedFrameWidth, layoutRadar, pointAt, type RadarLayout } from './radar-geometry';

interface RadarChartProps {
  scores: Scores;
  /** An earlier run, drawn as a lighter dashed outline. */
  previous?: Scores;
  /** The axis names, in DIMENSIONS order (the locale's short names). */
  names: readonly string[];
}

/**
 * The page's font stack as app.css sets it, so the labels are measured right on the first
 * render; the observer swaps in the computed one if a page's stylesheet differs.
 */
const PAGE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const RINGS = [LOW_BELOW, HIGH_FROM, 100] as const;

const fontSizeFor = (width: number) => (width >= 520 ? 14 : 12);

/** Label widths as the browser will draw them; a fair estimate where there is no canvas (jsdom). */
function measureLabels(texts: readonly string[], fontSize: number, fontFamily: string): number[] {
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  if (!context) return texts.map((text) => text.length * fontSize * 0.62);
  context.font = `600 ${fontSize}px ${fontFamily}`;
  return texts.map((text) => Math.ceil(context.measureText(text).width));
}

const polygon = (values: readonly number[], layout: RadarLayout) =>
  values
    .map((value, i) => {
      const { x, y } = pointAt(i, values.length, value, layout);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');

/**
 * The radar of the seven scores, drawn as plain SVG: it paints with the page (no library to
 * fetch, no entry animation), holds nothing focusable, and lays its labels out so none is cut
 * at 320 px. Hidden from assistive technology: the score table beside it says the same in text.
 */
export function RadarChart({ scores, previous, names }: RadarChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  // Laid out for the width the stylesheet will give the frame, worked out from the viewport's
  // (laid out before these results exist, so reading it costs nothing): measuring the frame
  // itself would force a layout of the whole results before they are even painted.
  const [size, setSize] = useState(() => {
    const root = document.documentElement;
    const viewport = root.clientWidth || window.innerWidth; // without a scrollbar's width
    return { width: expectedFrameWidth(viewport, root.classList.contains('embed')), fontFamily: PAGE_FONT };
  });

  // The observer reports the real width after the browser's own layout (and again on resize,
  // rotation, print): the chart is drawn again only where the expectation was wrong.
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.borderBoxSize?.[0]?.inlineSize ?? element.offsetWidth);
      if (width <= 0) return;
      const fontFamily = getComputedStyle(element).fontFamily || PAGE_FONT;
      setSize((size) =>
        size.width === width && size.fontFamily === fontFamily ? size : { width, fontFamily },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const fontSize = fontSizeFor(size.width);
  const lineHeight = Math.round(fontSize * 1.3);
  const scoreTexts = DIMENSIONS.map((d) => String(scores[d]));
  // A canvas measures the labels: only again when the names, the size or the font change.
  const namesKey = names.join('\n');
  const widths = useMemo(
    () => measureLabels(namesKey.split('\n'), fontSize, size.fontFamily),
    [namesKey, fontSize, size.fontFamily],
  );
  const layout = layoutRadar(size.width, widths, lineHeight);
  const current = DIMENSIONS.map((d) => scores[d]);

  return (
    <div className="radar-chart" ref={frame}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
        focusable="false"
        className="radar-svg"
      >
        <g className="radar-grid">
          {RINGS.map((ring) => (
            <polygon
              key={ring}
              className={`radar-ring radar-ring-${ring}`}
              points={polygon(
                DIMENSIONS.map(() => ring),
                layout,
              )}
            />
          ))}
          {DIMENSIONS.map((d, i) => {
            const end = pointAt(i, DIMENSIONS.length, 100, layout);
            return <line key={d} x1={layout.cx} y1={layout.cy} x2={end.x} y2={end.y} />;
          })}
          {[LOW_BELOW, HIGH_FROM].map((ring) => (
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
        {previous && (
          <polygon
            className="radar-previous"
            points={polygon(
              DIMENSIONS.map((d) => previous[d]),
              layout,
            )}
          />
        )}
        <polygon className="radar-area" points={polygon(current, layout)} />
        {current.map((value, i) => {
          const { x, y } = pointAt(i, current.length, value, layout);
          return <circle key={DIMENSIONS[i]} className="radar-point" cx={x} cy={y} r={3} />;
        })}
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
              {scoreTexts[i]}
            </tspan>
          </text>
        ))}
      </svg>
    </div>
  );
}
