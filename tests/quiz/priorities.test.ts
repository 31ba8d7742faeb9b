import { describe, expect, it } from 'vitest';
import { DIMENSIONS, priorities, weakestFirst, type Scores } from '../../src/quiz';

const scoresOf = (overrides: Partial<Scores>, rest = 80): Scores =>
  ({ ...Object.fromEntries(DIMENSIONS.map((d) => [d, rest])), ...overrides }) as Scores;

describe('weakestFirst: the order of the dimension cards', () => {
  it('puts the lowest score first', () => {
    expect(weakestFirst(scoresOf({ teamwork: 10, trust: 30, tech: 50 })).slice(0, 3)).toEqual([
      'teamwork',
      'trust',
      'tech',
    ]);
  });

  it('keeps the quiz order between equal scores, so the page never shuffles', () => {
    expect(weakestFirst(scoresOf({}, 50))).toEqual([...DIMENSIONS]);
    expect(weakestFirst(scoresOf({ procedures: 20, communication: 20 })).slice(0, 2)).toEqual([
      'communication',
      'procedures',
    ]);
  });
});

describe('priorities: what to work on first', () => {
  it('names at most three, weakest first', () => {
    expect(priorities(scoresOf({ tech: 60, trust: 10, teamwork: 45, procedures: 30 }))).toEqual([
      'trust',
      'procedures',
      'teamwork',
    ]);
  });

  it('never names a high dimension (70 is high, 69 is not)', () => {
    expect(priorities(scoresOf({ delegation: 69, trust: 70 }))).toEqual(['delegation']);
  });

  it('is empty when every dimension is high', () => {
    expect(priorities(scoresOf({}, 70))).toEqual([]);
  });
});
