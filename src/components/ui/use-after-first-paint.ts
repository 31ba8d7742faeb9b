import { startTransition, useEffect, useState } from 'react';

/**
 * False on a screen's first render, true once the browser has painted it: what is far below
 * the first screen renders then, so what the reader sees first is laid out and painted
 * without waiting for it. The second render is a transition, which React may interrupt.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
