import { describe, expect, it } from 'vitest';
import { QUIZ_ORDER, STATEMENTS } from '../../src/quiz';

// The rules of src/quiz/order.ts, each checked as a property of the whole order.
const pairs = QUIZ_ORDER.slice(1).map((s, i) => [QUIZ_ORDER[i]!, s] as const);

describe('the order the owner sees', () => {
  it('asks every statement of the bank exactly once', () => {
    expect(QUIZ_ORDER.map((s) => s.id).sort()).toEqual(STATEMENTS.map((s) => s.id).sort());
  });

  it('never shows two statements of the same dimension one after the other', () => {
    for (const [before, after] of pairs)
      expect(after.dimension, `${before.id} → ${after.id}`).not.toBe(before.dimension);
  });

  it('leaves at least three other statements between two of the same dimension', () => {
    QUIZ_ORDER.forEach((statement, i) => {
      const next = QUIZ_ORDER.findIndex((s, j) => j > i && s.dimension === statement.dimension);
      if (next !== -1) expect(next - i, statement.id).toBeGreaterThanOrEqual(4);
    });
  });

  it('asks one statement of every dimension in each round of seven', () => {
    for (let round = 0; round < 5; round++) {
      const dimensions = new Set(QUIZ_ORDER.slice(round * 7, round * 7 + 7).map((s) => s.dimension));
      expect(dimensions.size).toBe(7);
    }
  });

  it('spreads the reverse-keyed statements: never two in a row, two to four in any seven', () => {
    for (const [before, after] of pairs)
      expect(before.reverse && after.reverse, `${before.id} → ${after.id}`).toBe(false);
    for (let start = 0; start + 7 <= QUIZ_ORDER.length; start++) {
      const reversed = QUIZ_ORDER.slice(start, start + 7).filter((s) => s.reverse).length;
      expect(reversed).toBeGreaterThanOrEqual(2);
      expect(reversed).toBeLessThanOrEqual(4);
    }
  });

  it('opens on a statement where agreeing means readiness', () => {
    expect(QUIZ_ORDER[0]!.reverse).toBe(false);
  });
});
