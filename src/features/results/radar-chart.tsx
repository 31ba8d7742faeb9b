import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint } from '../../components/ui/after-paint';
import type { Chunk } from '../../lib/lazy-chunk';
import { DIMENSIONS, type Scores } from '../../quiz';
import { expectedFrameWidth, layoutRadar } from './radar-geometry';
import type { drawRadar } from './radar-drawing';
import './radar-chart.css';
import { useApp } from '../../services/app-services';

interface RadarChartProps {
  scores: Scores;
  /** An earlier run, drawn as a lighter dashed outline. */
  previous?: Scores;
  /** The axis names, in DIMENSIONS order (the locale's short names). */
  names: readonly string[];
  /** The app's radar chunk (`createPageScreens`): here already when the results were fetched ahead. */
  drawing: Chunk<RadarDrawing>;
  /** Called once the drawn chart is on screen: what lies below it renders then. */
  onShown?: () => void;
}

/**
 * The page's font stack as app.css sets it, so the labels are measured right on the first
 * render; the observer swaps in the computed one if a page's stylesheet differs.
 */
const PAGE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

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

/** recharts and the drawing made with it, in a chunk of their own (README, "Performance"). */
export type RadarDrawing = typeof drawRadar;

/**
 * The drawing once its chunk is here. Fetched ahead (the last answer), it is mounted from a layout
 * effect: recharts fills its store from the effects of its first render, and only a synchronous
 * render has those effects run before the browser paints, so the first frame with the chart
 * already has its grid, outlines and labels. Not here yet (a results link), it is asked for once
 * the verdict above it is on screen, and drawn inside flushSync when it arrives: the verdict does
 * not wait for recharts' 96 KB, which a slow connection takes seconds to bring. A chunk that
 * cannot be fetched twice is thrown for the error boundary, which offers a reload.
 */
function useDrawing(drawingChunk: Chunk<RadarDrawing>): RadarDrawing | undefined {
  const [drawing, setDrawing] = useState<{ draw?: RadarDrawing; failure?: unknown }>({});
  useLayoutEffect(() => {
    const ready = drawingChunk.loaded();
    if (ready) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a synchronous second render, before the paint (see above)
      setDrawing({ draw: ready });
      return undefined;
    }
    let mounted = true;
    let drawLater: ReturnType<typeof setTimeout> | undefined;
    const cancel = afterPaint(() => {
      drawingChunk.load().then(
        // A task of its own: evaluating recharts and drawing with it in one would block a tap twice as long.
        (draw) => (drawLater = setTimeout(() => mounted && flushSync(() => setDrawing({ draw })))),
        (failure: unknown) => mounted && setDrawing({ failure }),
      );
    });
    return () => {
      mounted = false;
      cancel();
      clearTimeout(drawLater);
    };
  }, [drawingChunk]);
  if (drawing.failure) throw drawing.failure;
  return drawing.draw;
}

/**
 * The radar of the seven scores: laid out here, before it is drawn, so that no label is cut at
 * 320 px and the frame keeps the chart's size while recharts arrives; drawn by recharts
 * (radar-drawing.tsx). It holds nothing focusable.
 */
export function RadarChart({ scores, previous, names, drawing: drawingChunk, onShown }: RadarChartProps) {
  const draw = useDrawing(drawingChunk);
  useEffect(() => (draw && onShown ? afterPaint(onShown) : undefined), [draw, onShown]);
  const frame = useRef<HTMLDivElement>(null);
  // Laid out for the width the stylesheet will give the frame, worked out from the viewport's
  // (laid out before these results exist, so reading it costs nothing): measuring the frame
  // itself would force a layout of the whole results before they are even painted.
  const { host } = useApp();
  const [size, setSize] = useState(() => {
    const viewport = document.documentElement.clientWidth || window.innerWidth; // without a scrollbar's width
    return { width: expectedFrameWidth(viewport, host.embedded), fontFamily: PAGE_FONT };
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
      // Applied before this frame is painted: recharts redraws its axes' labels only after its
      // store has caught up, which a render left for later would show as a frame without them.
      flushSync(() =>
        setSize((size) =>
          size.width === width && size.fontFamily === fontFamily ? size : { width, fontFamily },
        ),
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const fontSize = fontSizeFor(size.width);
  const lineHeight = Math.round(fontSize * 1.3);
  // A canvas measures the labels: only again when the names, the size or the font change.
  const namesKey = names.join('\n');
  const widths = useMemo(
    () => measureLabels(namesKey.split('\n'), fontSize, size.fontFamily),
    [namesKey, fontSize, size.fontFamily],
  );
  const layout = useMemo(() => layoutRadar(size.width, widths, lineHeight), [size.width, widths, lineHeight]);
  // The results render again once what lies below the chart arrives (with new arrays and
  // objects for the same names and scores): recharts redraws only when something it shows changed.
  const runsKey = [scores, previous].map((run) => run && DIMENSIONS.map((d) => run[d]).join()).join('|');
  const drawing = useMemo(
    () => draw?.({ layout, fontSize, lineHeight, names: namesKey.split('\n'), scores, previous }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scores and previous by content (runsKey)
    [draw, layout, fontSize, lineHeight, namesKey, runsKey],
  );

  return (
    // Hidden from assistive technology: the score table beside it says the same in text. The
    // frame keeps the chart's height while its code arrives, so nothing below it moves.
    <div className="radar-chart" ref={frame} aria-hidden="true" style={{ height: layout.height }}>
      {drawing}
    </div>
  );
}
