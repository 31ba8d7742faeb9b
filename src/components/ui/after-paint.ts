/** A page that is not shown (a background tab, a widget out of view) paints no frame: wait no longer. */
export const UNPAINTED_WAIT_MS = 250;
/**
 * How long the page's first paint is waited for at most. It can come well after the render that
 * makes it on a busy device (CI saw 310 ms), and a background tab shows it only when opened.
 */
export const FIRST_PAINT_WAIT_MS = 3000;

/** Whether the page has yet to show its first content, in a browser that reports when it does. */
const firstPaintPending = () =>
  typeof PerformanceObserver !== 'undefined' &&
  (PerformanceObserver.supportedEntryTypes ?? []).includes('paint') &&
  performance.getEntriesByName('first-contentful-paint').length === 0;

/**
 * Runs `task` once what was just rendered is on screen; returns a way to cancel it. After the next
 * frame's paint (a task queued from the frame's callback runs after it); when that is the page's
 * first paint, once the browser reports it shown (`first-contentful-paint`), which can be a frame
 * or two after the paint itself. In a page that paints nothing, after UNPAINTED_WAIT_MS (or
 * FIRST_PAINT_WAIT_MS for a first paint).
 */
export function afterPaint(task: () => void): () => void {
  let frame: number | undefined;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | undefined;
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(unpainted);
    observer?.disconnect();
  };
  // Runs once: whichever comes first stops the others.
  const run = () => {
    cancel();
    task();
  };
  if (firstPaintPending()) {
    observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) run();
    });
    observer.observe({ type: 'paint' });
  } else {
    frame = requestAnimationFrame(() => {
      afterFrame = setTimeout(run);
    });
  }
  // Declared last, read only once `run` or the caller cancels: both come after this line.
  const unpainted = setTimeout(run, observer ? FIRST_PAINT_WAIT_MS : UNPAINTED_WAIT_MS);
  return cancel;
}
