import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RadarChart } from '../../src/features/results/radar-chart';
import { createChunk } from '../../src/lib/lazy-chunk';
import { drawRadar } from '../../src/features/results/radar-drawing';
import { layoutRadar, pointAt } from '../../src/features/results/radar-geometry';
import { DIMENSIONS, type Scores } from '../../src/quiz';
import { renderWithI18n } from '../support/render-app';

// The radar is an SVG drawing hidden from assistive technology (the score table is its text
// alternative), so these tests read its shapes rather than roles.

const NAMES = [
  'Tecnología',
  'Comunicación',
  'Delegación',
  'Confianza',
  'Autonomía',
  'Procedimientos',
  'Equipo',
];
const scores: Scores = {
  tech: 80,
  communication: 75,
  delegation: 60,
  trust: 30,
  supervision: 85,
  procedures: 55,
  teamwork: 100,
};
const earlier: Scores = { ...scores, tech: 40, trust: 65, teamwork: 20 };

const layout = layoutRadar(352, [72, 88, 76, 67, 80, 106, 47], 16);
const drawing = (previous?: Scores) =>
  drawRadar({ layout, fontSize: 12, lineHeight: 16, names: NAMES, scores, previous });

/** A polygon's corners, rounded to a tenth of a pixel. */
const cornersOf = (polygon: Element) =>
  polygon
    .getAttribute('points')!
    .split(' ')
    .map((pair) => pair.split(',').map((n) => Math.round(Number(n) * 10) / 10));

const expectedCorners = (values: Scores) =>
  DIMENSIONS.map((d, i) => {
    const { x, y } = pointAt(i, DIMENSIONS.length, values[d], layout);
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  });

describe('the radar drawn by recharts', () => {
  it('puts every score on its own axis, where that axis is labelled with its name and score', async () => {
    const { container } = render(drawing());
    await screen.findByText('Procedimientos');
    const outline = container.querySelector('polygon.radar-area')!;
    expect(cornersOf(outline)).toEqual(expectedCorners(scores));

    const labels = [...container.querySelectorAll('.radar-label')];
    expect(labels.map((label) => label.textContent)).toEqual(
      DIMENSIONS.map((d, i) => `${NAMES[i]}${scores[d]}`),
    );
    // Each label sits where layoutRadar keeps it inside the frame.
    expect(labels.map((label) => Number(label.getAttribute('x')))).toEqual(layout.labels.map((l) => l.x));
  });

  it('draws the band rings at 40 and 70 with their values, inside the outer ring', async () => {
    const { container } = render(drawing());
    await screen.findByText('Procedimientos');
    for (const ring of [40, 70, 100])
      expect(container.querySelectorAll(`.radar-ring-${ring}`)).toHaveLength(1);
    expect([...container.querySelectorAll('.radar-ring-label')].map((t) => t.textContent)).toEqual([
      '40',
      '70',
    ]);
    // The 40 ring's top corner is 40 % of the way from the centre to the outer ring's.
    const top = (ring: number) =>
      Number(
        /L\s*[\d.]+,([\d.]+)/.exec(container.querySelector(`.radar-ring-${ring}`)!.getAttribute('d')!)![1],
      );
    expect(layout.cy - top(40)).toBeCloseTo(0.4 * (layout.cy - top(100)), 1);
  });

  it('draws an earlier run as a second outline, and none when there is no earlier run', async () => {
    const { container, unmount } = render(drawing(earlier));
    await screen.findByText('Procedimientos');
    expect(cornersOf(container.querySelector('polygon.radar-previous')!)).toEqual(expectedCorners(earlier));
    expect(container.querySelectorAll('polygon.radar-area')).toHaveLength(1);
    unmount();

    const alone = render(drawing());
    await screen.findByText('Procedimientos');
    expect(alone.container.querySelector('.radar-previous')).toBeNull();
  });

  it('is hidden from assistive technology and holds nothing reachable with Tab', async () => {
    const { container } = await renderWithI18n(
      <RadarChart scores={scores} names={NAMES} drawing={createChunk(async () => drawRadar)} />,
    );
    await screen.findByText('Procedimientos');
    const frame = container.querySelector('.radar-chart')!;
    expect(frame).toHaveAttribute('aria-hidden', 'true');
    const tabbable = [...frame.querySelectorAll('[tabindex]')].filter(
      (e) => Number(e.getAttribute('tabindex')) >= 0,
    );
    expect(tabbable).toEqual([]);
    expect(frame.querySelector('[role]')).toBeNull();
  });
});
