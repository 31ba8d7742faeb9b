import { describe, expect, it } from 'vitest';
import { DIMENSIONS, VERDICTS, decideFit, meanOf, type Scores } from '../../src/quiz';
import { scoresWith } from './answers';

/** Everyone at `base` (high by default), then the overrides. */
const fit = (overrides: Partial<Scores>, base = 80) => decideFit(scoresWith(base, overrides));

describe('decideFit', () => {
  it('has the four verdicts of the contract', () => {
    expect([...VERDICTS].sort()).toEqual(['assistant', 'assistant-after-prep', 'employee', 'not-yet']);
  });

  describe('rule 1: supervision or procedures low → employee', () => {
    it('supervision 39 → employee, decided by supervision', () => {
      expect(fit({ supervision: 39 })).toEqual({
        verdict: 'employee',
        decidedBy: ['supervision'],
        alsoLow: [],
      });
    });

    it('procedures 39 → employee, decided by procedures', () => {
      expect(fit({ procedures: 39 })).toEqual({
        verdict: 'employee',
        decidedBy: ['procedures'],
        alsoLow: [],
      });
    });

    it('supervision 0 with everything else at 100 is still employee', () => {
      expect(fit({ supervision: 0 }, 100)).toEqual({
        verdict: 'employee',
        decidedBy: ['supervision'],
        alsoLow: [],
      });
    });

    it('both low → both decide it, in the quiz order', () => {
      expect(fit({ procedures: 10, supervision: 20 })).toEqual({
        verdict: 'employee',
        decidedBy: ['supervision', 'procedures'],
        alsoLow: [],
      });
    });

    it('supervision 40 or procedures 40 (the lowest medium) is not employee', () => {
      expect(fit({ supervision: 40 }).verdict).not.toBe('employee');
      expect(fit({ procedures: 40 }).verdict).not.toBe('employee');
      // 40 + six 80s: mean 520/7 = 74.3, no low → assistant
      expect(fit({ supervision: 40 })).toEqual({
        verdict: 'assistant',
        decidedBy: ['tech', 'communication', 'delegation', 'trust', 'procedures', 'teamwork'],
        alsoLow: [],
      });
    });

    it('supervision low beats delegation low; decidedBy names only the low ones of the pair, alsoLow the other', () => {
      expect(fit({ supervision: 30, delegation: 10 })).toEqual({
        verdict: 'employee',
        decidedBy: ['supervision'],
        alsoLow: ['delegation'],
      });
    });

    it('procedures low beats trust low', () => {
      expect(fit({ procedures: 39, trust: 0 })).toEqual({
        verdict: 'employee',
        decidedBy: ['procedures'],
        alsoLow: ['trust'],
      });
    });

    it('beats every other low dimension: only supervision and procedures are named', () => {
      expect(fit({}, 0)).toEqual({
        verdict: 'employee',
        decidedBy: ['supervision', 'procedures'],
        alsoLow: ['delegation', 'trust'],
      });
      expect(
        fit({ tech: 5, communication: 5, delegation: 5, trust: 5, teamwork: 5, procedures: 39 }),
      ).toEqual({
        verdict: 'employee',
        decidedBy: ['procedures'],
        alsoLow: ['delegation', 'trust'],
      });
    });
  });

  describe('rule 2: delegation or trust low → not-yet', () => {
    it('delegation 39 → not-yet, decided by delegation', () => {
      expect(fit({ delegation: 39 })).toEqual({ verdict: 'not-yet', decidedBy: ['delegation'], alsoLow: [] });
    });

    it('trust 39 → not-yet, decided by trust', () => {
      expect(fit({ trust: 39 })).toEqual({ verdict: 'not-yet', decidedBy: ['trust'], alsoLow: [] });
    });

    it('both low → both decide it', () => {
      expect(fit({ trust: 0, delegation: 0 })).toEqual({
        verdict: 'not-yet',
        decidedBy: ['delegation', 'trust'],
        alsoLow: [],
      });
    });

    it('delegation 40 or trust 40 is not not-yet', () => {
      expect(fit({ delegation: 40 }).verdict).toBe('assistant');
      expect(fit({ trust: 40 }).verdict).toBe('assistant');
    });

    it('applies with supervision and procedures at the lowest medium (40)', () => {
      expect(fit({ supervision: 40, procedures: 40, delegation: 39 })).toEqual({
        verdict: 'not-yet',
        decidedBy: ['delegation'],
        alsoLow: [],
      });
    });

    it('delegation low beats another low dimension; only delegation and trust are named', () => {
      expect(fit({ delegation: 20, tech: 10, teamwork: 0 })).toEqual({
        verdict: 'not-yet',
        decidedBy: ['delegation'],
        alsoLow: [],
      });
      expect(fit({ trust: 39, communication: 39 })).toEqual({
        verdict: 'not-yet',
        decidedBy: ['trust'],
        alsoLow: [],
      });
    });
  });

  describe('rule 3: any low, or a mean below 70 → assistant-after-prep', () => {
    it('one low dimension among high ones → named, even though the mean is high', () => {
      // 0 + six 100s: mean 85.7, but tech is low
      expect(fit({ tech: 0 }, 100)).toEqual({
        verdict: 'assistant-after-prep',
        decidedBy: ['tech'],
        alsoLow: [],
      });
    });

    it('tech 39 → after prep; tech 40 → assistant', () => {
      expect(fit({ tech: 39 })).toEqual({
        verdict: 'assistant-after-prep',
        decidedBy: ['tech'],
        alsoLow: [],
      });
      expect(fit({ tech: 40 }).verdict).toBe('assistant');
    });

    it('names all the low dimensions and only them, in the quiz order (not the medium ones)', () => {
      expect(fit({ teamwork: 20, tech: 39, communication: 0, delegation: 50, trust: 60 })).toEqual({
        verdict: 'assistant-after-prep',
        decidedBy: ['tech', 'communication', 'teamwork'],
        alsoLow: [],
      });
    });

    it('mean exactly 70 with no low dimension → assistant', () => {
      // 100 + 100 + 40 + 40 + 70 + 70 + 70 = 490 → mean 70
      const scores = scoresWith(70, { tech: 100, communication: 100, delegation: 40, trust: 40 });
      expect(meanOf(scores)).toBe(70);
      expect(decideFit(scores)).toEqual({
        verdict: 'assistant',
        decidedBy: ['tech', 'communication', 'supervision', 'procedures', 'teamwork'],
        alsoLow: [],
      });
    });

    it('mean 69.86 with no low dimension → after prep, naming the ones below 70', () => {
      // as above with teamwork 69: 489 / 7 = 69.857…
      const scores = scoresWith(70, {
        tech: 100,
        communication: 100,
        delegation: 40,
        trust: 40,
        teamwork: 69,
      });
      expect(decideFit(scores)).toEqual({
        verdict: 'assistant-after-prep',
        decidedBy: ['delegation', 'trust', 'teamwork'],
        alsoLow: [],
      });
    });

    it('all 70 → assistant; one of them 69 → after prep, decided by that one alone', () => {
      expect(fit({}, 70)).toEqual({ verdict: 'assistant', decidedBy: [...DIMENSIONS], alsoLow: [] });
      // six 70s and a 69: 489 / 7 = 69.857…
      expect(fit({ procedures: 69 }, 70)).toEqual({
        verdict: 'assistant-after-prep',
        decidedBy: ['procedures'],
        alsoLow: [],
      });
    });

    it('everyone medium → after prep, naming all seven', () => {
      expect(fit({}, 69)).toEqual({
        verdict: 'assistant-after-prep',
        decidedBy: [...DIMENSIONS],
        alsoLow: [],
      });
      expect(fit({}, 40)).toEqual({
        verdict: 'assistant-after-prep',
        decidedBy: [...DIMENSIONS],
        alsoLow: [],
      });
    });
  });

  describe('rule 4: otherwise → assistant, decided by the high dimensions', () => {
    it('all 100 → assistant, all seven named', () => {
      expect(fit({}, 100)).toEqual({ verdict: 'assistant', decidedBy: [...DIMENSIONS], alsoLow: [] });
    });

    it('names only the high ones (70 is high, 69 is not)', () => {
      // 69 + 40 + five 100s: mean 609/7 = 87
      expect(fit({ tech: 69, trust: 40 }, 100)).toEqual({
        verdict: 'assistant',
        decidedBy: ['communication', 'delegation', 'supervision', 'procedures', 'teamwork'],
        alsoLow: [],
      });
      expect(fit({ tech: 70, trust: 40 }, 100)).toEqual({
        verdict: 'assistant',
        decidedBy: ['tech', 'communication', 'delegation', 'supervision', 'procedures', 'teamwork'],
        alsoLow: [],
      });
    });
  });

  describe('meanOf', () => {
    it('is the plain mean of the seven scores', () => {
      expect(meanOf(scoresWith(0, { tech: 70 }))).toBe(10);
      expect(meanOf(scoresWith(50))).toBe(50);
      expect(meanOf(scoresWith(100, { teamwork: 93 }))).toBe(99);
    });
  });
});

describe('decideFit refuses scores it cannot trust', () => {
  it.each([NaN, -1, 101, 50.5, undefined])('throws for a score of %s instead of guessing', (bad) => {
    const scores = {
      tech: 80,
      communication: 80,
      delegation: 80,
      trust: 80,
      supervision: bad,
      procedures: 80,
      teamwork: 80,
    };
    expect(() => decideFit(scores as never)).toThrow(RangeError);
  });
});
