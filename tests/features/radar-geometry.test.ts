import { describe, expect, it } from 'vitest';
import { layoutRadar } from '../../src/features/results/radar-geometry';

// Widths of the short names in 12 px DejaVu Sans semibold, the widest font the tests run with.
const ES = [72, 88, 76, 67, 80, 106, 47];
const IT = [71, 102, 47, 49, 90, 70, 57];

function labelExtents(width: number, widths: number[]) {
  const layout = layoutRadar(width, widths, 16);
  return layout.labels.map((label, i) => {
    const w = widths[i]!;
    const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
    return { left, right: left + w, layout };
  });
}

describe('radar layout', () => {
  for (const [lang, widths] of [
    ['es', ES],
    ['it', IT],
  ] as const) {
    it(`keeps every ${lang} label inside the frame from 296 px (a 320 px screen) up`, () => {
      for (const width of [296, 312, 352, 704]) {
        for (const { left, right } of labelExtents(width, widths)) {
          expect(left).toBeGreaterThanOrEqual(0);
          expect(right).toBeLessThanOrEqual(width);
        }
      }
    });

    it(`gives the ${lang} grid at least 200 px across on a 360 px phone, and more on a wide column`, () => {
      const phone = layoutRadar(352, widths, 16);
      // The grid's width is that of its heptagon: from the leftmost to the rightmost corner.
      expect(2 * phone.radius * Math.cos(Math.PI / 14)).toBeGreaterThanOrEqual(200);
      expect(layoutRadar(704, widths, 18).radius).toBeGreaterThan(phone.radius * 1.8);
    });
  }
});
