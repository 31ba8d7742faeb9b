import { startTransition, useEffect, useState } from 'react';

/** A page that is not shown (a background tab, a widget out of view) paints no frame: wait no longer. */
const UNPAINTED_WAIT_MS = 250;

/**
 * False on a screen's first render, true once the browser has painted it: what is far below
 * the first screen renders then, so what the reader sees first is laid out and painted
 * without waiting for it. The second render is a transition, which React may interrupt.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    const reveal = () => startTransition(() => setPainted(true));
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      afterFrame = setTimeout(reveal);
    });
    const unpainted = setTimeout(reveal, UNPAINTED_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      clearTimeout(unpainted);
    };
  }, [painted]);
  return painted;
}
