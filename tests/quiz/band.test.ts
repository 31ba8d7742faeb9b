import { describe, expect, it } from 'vitest';
import { BANDS, bandOf } from '../../src/quiz';

describe('bandOf: low < 40, medium 40–69, high ≥ 70', () => {
  it('names the three bands, lowest first', () => {
    expect(BANDS).toEqual(['low', 'medium', 'high']);
  });

  it.each([
    [0, 'low'],
    [1, 'low'],
    [25, 'low'],
    [38, 'low'],
    [39, 'low'],
    [40, 'medium'],
    [41, 'medium'],
    [55, 'medium'],
    [68, 'medium'],
    [69, 'medium'],
    [70, 'high'],
    [71, 'high'],
    [99, 'high'],
    [100, 'high'],
  ] as const)('%i is %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });

  it('every integer score 0–100 falls in exactly the band of the contract (README, "Scoring")', () => {
    const counts = { low: 0, medium: 0, high: 0 };
    for (let score = 0; score <= 100; score += 1) counts[bandOf(score)] += 1;
    // low: 0–39 (40 scores), medium: 40–69 (30 scores), high: 70–100 (31 scores)
    expect(counts).toEqual({ low: 40, medium: 30, high: 31 });
  });
});
