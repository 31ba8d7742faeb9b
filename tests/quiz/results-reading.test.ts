import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, decideFit, DIMENSIONS, readResults, type DecidedResults, type Scores } from '../../src/quiz';
import { scoresWith } from './answers';

const decided = (scores: Scores): DecidedResults => {
  const reading = readResults(scores);
  if (reading.kind !== 'decided') throw new Error('expected a verdict');
  return reading;
};
const anyScores = fc
  .tuple(...DIMENSIONS.map(() => fc.integer({ min: 0, max: 100 })))
  .map((values) => Object.fromEntries(DIMENSIONS.map((d, i) => [d, values[i]])) as Scores);

describe('the owner’s reading of the results', () => {
  it('has no verdict for a run the response check flagged', () => {
    const reading = readResults(scoresWith(60), ['same-answer']);
    expect(reading).toEqual({
      kind: 'unclear',
      scores: scoresWith(60),
      flags: ['same-answer'],
      cards: DIMENSIONS,
    });
    expect(reading).not.toHaveProperty('verdict');
  });

  it('gives an employee verdict what decided it and the step toward hiring, not an assistant’s preparation', () => {
    const reading = decided(scoresWith(20)); // all low
    expect(reading.verdict).toBe('employee');
    expect(reading.nextSteps).toEqual({ kind: 'hire', causes: ['supervision', 'procedures'] });
    expect(reading.focus).toEqual(['supervision', 'procedures', 'delegation', 'trust']);
  });

  it('tells a not-yet owner to practise what decided it', () => {
    const reading = decided(scoresWith(80, { trust: 30, tech: 20 }));
    expect(reading.verdict).toBe('not-yet');
    expect(reading.nextSteps).toEqual({ kind: 'practise', dimensions: ['trust'] });
  });

  it('names at most three priorities, and says how many more tie with the last', () => {
    const reading = decided(scoresWith(60));
    expect(reading.nextSteps).toEqual({
      kind: 'prepare',
      dimensions: ['tech', 'communication', 'delegation'],
      alsoTied: 4,
    });
    expect(reading.reason).toEqual({
      key: 'mean',
      mean: 60,
      lowest: { dimensions: ['tech', 'communication', 'delegation'], alsoTied: 4 },
    });
  });

  it('breaks ties by the verdict’s deciding dimensions first, then the quiz’s order', () => {
    const reading = decided(scoresWith(80, { teamwork: 30, tech: 30 }));
    expect(reading.verdict).toBe('assistant-after-prep');
    expect(reading.cards.slice(0, 2)).toEqual(['tech', 'teamwork']); // both decided: quiz order
    const employee = decided(scoresWith(80, { tech: 30, procedures: 30 }));
    expect(employee.cards.slice(0, 2)).toEqual(['procedures', 'tech']); // procedures decided it
  });

  it('lets a ready owner start, naming the strongest three and what to watch', () => {
    const reading = decided(scoresWith(90, { procedures: 60, tech: 100 }));
    expect(reading.verdict).toBe('assistant');
    expect(reading.weighed).toEqual({ dimensions: ['tech', 'communication', 'delegation'], alsoTied: 3 });
    expect(reading.reason).toEqual({
      key: 'assistant',
      mean: 87,
      watch: { dimensions: ['procedures'], alsoTied: 0 },
    });
    expect(reading.nextSteps).toEqual({ kind: 'prepare', dimensions: ['procedures'], alsoTied: 0 });
    expect(decided(scoresWith(90)).nextSteps).toEqual({ kind: 'start' });
  });

  it('for any scores: next steps that follow the verdict, and a stated order of the cards', () => {
    fc.assert(
      fc.property(anyScores, (scores) => {
        const reading = decided(scores);
        const fit = decideFit(scores);
        expect(reading.verdict).toBe(fit.verdict);
        const { nextSteps } = reading;
        if (fit.verdict === 'employee') expect(nextSteps.kind).toBe('hire');
        if (fit.verdict === 'not-yet')
          expect(nextSteps).toEqual({ kind: 'practise', dimensions: fit.decidedBy });
        if (nextSteps.kind === 'prepare' || nextSteps.kind === 'start') {
          expect(fit.verdict).toMatch(/^assistant/);
        }
        if (nextSteps.kind === 'prepare') {
          expect(nextSteps.dimensions.every((d) => bandOf(scores[d]) !== 'high')).toBe(true);
        }
        // Weakest first; equal scores: deciding dimensions first, then the quiz's order.
        reading.cards.slice(1).forEach((d, i) => {
          const before = reading.cards[i]!;
          expect(scores[before]).toBeLessThanOrEqual(scores[d]);
          if (scores[before] === scores[d] && fit.decidedBy.includes(before) === fit.decidedBy.includes(d)) {
            expect(DIMENSIONS.indexOf(before)).toBeLessThan(DIMENSIONS.indexOf(d));
          }
          if (scores[before] === scores[d]) {
            expect(Number(fit.decidedBy.includes(before))).toBeGreaterThanOrEqual(
              Number(fit.decidedBy.includes(d)),
            );
          }
        });
      }),
    );
  });
});
