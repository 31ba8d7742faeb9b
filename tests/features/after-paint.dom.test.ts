import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, FIRST_PAINT_WAIT_MS, UNPAINTED_WAIT_MS } from '../../src/components/ui/after-paint';

/**
 * The browser's paint reports, played by hand: `report(name)` delivers one `paint` entry to every
 * observer, as Chromium does once a paint has been shown.
 */
function fakePaintTiming() {
  const shown = new Set<string>();
  const observers = new Set<(name: string) => void>();
  class PaintObserver {
    static readonly supportedEntryTypes = ['paint'];
    private readonly deliver: (name: string) => void;
    constructor(callback: (entries: { getEntriesByName(name: string): unknown[] }) => void) {
      this.deliver = (name) =>
        callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
    }
    observe() {
      observers.add(this.deliver);
    }
    disconnect() {
      observers.delete(this.deliver);
    }
  }
  vi.stubGlobal('PerformanceObserver', PaintObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(
    (name) => (shown.has(name) ? [{ name }] : []) as PerformanceEntryList,
  );
  return {
    report(name: string) {
      shown.add(name);
      for (const deliver of [...observers]) deliver(name);
    },
  };
}

const FRAME_MS = 16;

describe('afterPaint: once what was rendered is on screen', () => {
  let paints: ReturnType<typeof fakePaintTiming>;
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    paints = fakePaintTiming();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("on the page's first paint, waits until the browser reports it shown, not for a frame", () => {
    const task = vi.fn();
    afterPaint(task);
    // A busy device can take a while to show it: seconds of frames, and no task yet.
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    paints.report('first-paint'); // a paint with nothing in it yet
    expect(task).not.toHaveBeenCalled();
    paints.report('first-contentful-paint');
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('on a page painted before, runs after the next frame', () => {
    paints.report('first-contentful-paint');
    const task = vi.fn();
    afterPaint(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(FRAME_MS + 1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('in a page that paints nothing (a background tab), runs all the same: after FIRST_PAINT_WAIT_MS for a first paint, UNPAINTED_WAIT_MS for a later one', () => {
    /** Asks for a task and checks that it runs exactly `ms` later, not a millisecond sooner. */
    const runsAfter = (ms: number) => {
      const task = vi.fn();
      afterPaint(task);
      vi.advanceTimersByTime(ms - 1);
      expect(task).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(task).toHaveBeenCalledTimes(1);
    };
    runsAfter(FIRST_PAINT_WAIT_MS);

    paints.report('first-contentful-paint');
    vi.stubGlobal('requestAnimationFrame', () => 0); // a background tab runs no frame callbacks
    runsAfter(UNPAINTED_WAIT_MS);
  });

  it('cancelled, never runs', () => {
    const task = vi.fn();
    afterPaint(task)();
    paints.report('first-contentful-paint');
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS * 2);
    expect(task).not.toHaveBeenCalled();
  });
});
