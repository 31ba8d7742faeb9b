import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSISTANT_DECISIONS,
  DIMENSIONS,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  readForAssistant,
  type Scores,
} from '../../src/quiz';
import { scoresWith } from './answers';

/** Everyone at `base` (high by default), then the overrides. */
const read = (overrides: Partial<Scores>, base = 80) => readForAssistant(scoresWith(base, overrides));
const dimensionsOf = (reading: ReturnType<typeof read>) => reading.needs.map((n) => n.dimension);

describe('the assistant’s reading of a client’s results', () => {
  it('has four decisions', () => {
    expect([...ASSISTANT_DECISIONS]).toEqual([
      'take-now',
      'take-with-conditions',
      'prepare-first',
      'suggest-employee',
    ]);
  });

  describe('the decision follows the owner’s verdict', () => {
    it('supervision or procedures low (employee) → suggest an employee, naming them', () => {
      expect(read({ supervision: 39 })).toMatchObject({
        decision: 'suggest-employee',
        decidedBy: ['supervision'],
      });
      expect(read({ procedures: 10, trust: 5 })).toMatchObject({
        decision: 'suggest-employee',
        decidedBy: ['procedures'],
      });
    });

    it('delegation or trust low (not yet) → the client prepares first', () => {
      expect(read({ trust: 39 })).toMatchObject({ decision: 'prepare-first', decidedBy: ['trust'] });
      expect(read({ delegation: 0, trust: 20 })).toMatchObject({
        decision: 'prepare-first',
        decidedBy: ['delegation', 'trust'],
      });
    });

    it('another dimension low, or the mean under 70 → take the client with conditions', () => {
      expect(read({ tech: 39 })).toMatchObject({ decision: 'take-with-conditions', decidedBy: ['tech'] });
      expect(read({}, 65)).toMatchObject({ decision: 'take-with-conditions', decidedBy: DIMENSIONS });
    });

    it('no low dimension and a mean of 70 or more → take the client now', () => {
      expect(read({}, 70)).toMatchObject({ decision: 'take-now', decidedBy: DIMENSIONS });
      expect(read({ teamwork: 45 })).toMatchObject({ decision: 'take-now' });
    });
  });

  describe('boundaries of the bands', () => {
    it('39 is low and decides; 40 is medium and does not', () => {
      expect(read({ supervision: 39 }).decision).toBe('suggest-employee');
      expect(read({ supervision: 40 }).decision).toBe('take-now');
      expect(read({ delegation: 39 }).decision).toBe('prepare-first');
      expect(read({ delegation: 40 }).decision).toBe('take-now');
      expect(read({ communication: 39 }).decision).toBe('take-with-conditions');
      expect(read({ communication: 40 }).decision).toBe('take-now');
    });

    it('39 reads as a low need, 40 as a medium one', () => {
      expect(read({ tech: 39 }).needs).toEqual([
        { dimension: 'tech', band: 'low', needKey: 'needs.tech.low.need', agreeKey: 'needs.tech.low.agree' },
      ]);
      expect(read({ tech: 40 }).needs).toEqual([
        {
          dimension: 'tech',
          band: 'medium',
          needKey: 'needs.tech.medium.need',
          agreeKey: 'needs.tech.medium.agree',
        },
      ]);
    });

    it('69 gets a section, 70 does not', () => {
      expect(dimensionsOf(read({ trust: 69 }))).toEqual(['trust']);
      expect(dimensionsOf(read({ trust: 70 }))).toEqual([]);
    });

    it('a mean of 69 is taken with conditions, a mean of 70 now', () => {
      expect(read({}, 69).decision).toBe('take-with-conditions');
      expect(read({}, 70).decision).toBe('take-now');
    });
  });

  describe('what the client will need: every dimension below high, weakest first', () => {
    it('lists low and medium dimensions, none of the high ones', () => {
      const reading = read({ teamwork: 20, tech: 55, communication: 69, delegation: 70 });
      expect(dimensionsOf(reading)).toEqual(['teamwork', 'tech', 'communication']);
      expect(reading.needs.map((n) => n.band)).toEqual(['low', 'medium', 'medium']);
    });

    it('breaks ties in the quiz’s order', () => {
      expect(dimensionsOf(read({ teamwork: 50, tech: 50, trust: 50 }))).toEqual([
        'tech',
        'trust',
        'teamwork',
      ]);
    });
  });

  describe('questions for the first call', () => {
    it('come from the weak dimensions, weakest first, then a second one for each low dimension', () => {
      expect(read({ procedures: 10, communication: 30, tech: 60 }).questions).toEqual([
        'procedures.1',
        'communication.1',
        'tech.1',
        'procedures.2',
        'communication.2',
      ]);
    });

    it('are filled up to five from general questions when few dimensions are weak', () => {
      expect(read({ tech: 60 }).questions).toEqual([
        'tech.1',
        'general.1',
        'general.2',
        'general.3',
        'general.4',
      ]);
      expect(read({}, 90).questions).toEqual([
        'general.1',
        'general.2',
        'general.3',
        'general.4',
        'general.5',
      ]);
    });

    it('stop at seven, so the reading fits one printed page; equal scores: what decided the verdict first', () => {
      expect(read({}, 10).questions).toHaveLength(MAX_QUESTIONS);
      // All low: rule 1 (supervision, procedures) decided, so they lead; then the quiz's order.
      expect(read({}, 10).questions).toEqual(
        ['supervision', 'procedures', 'tech', 'communication', 'delegation', 'trust', 'teamwork'].map(
          (d) => `${d}.1`,
        ),
      );
    });
  });

  describe('the first 30 days', () => {
    it('open with a kickoff, follow the three weakest dimensions, end with a review', () => {
      expect(read({ procedures: 45, teamwork: 30, tech: 50, communication: 60 }, 75).plan).toEqual([
        'kickoff',
        'teamwork',
        'procedures',
        'tech',
        'review',
      ]);
    });

    it('open with a closed trial when the client is not to be taken on yet', () => {
      expect(read({ trust: 20 }).plan).toEqual(['trial', 'trust', 'review']);
    });

    it('are no plan at all when the client should hire an employee: how to tell them and refer them instead', () => {
      const reading = read({ supervision: 20 });
      expect(reading.decision).toBe('suggest-employee');
      expect(reading.plan).toEqual([]);
      expect(reading.handover).toEqual(['tell', 'scope', 'refer']);
      expect(read({ trust: 20 }).handover).toEqual([]);
    });

    it('give a first batch of tasks when nothing is weak', () => {
      expect(read({}, 90).plan).toEqual(['kickoff', 'first-tasks', 'review']);
    });
  });

  describe('warning signs of a client who wants a remote employee', () => {
    it('appear when supervision, teamwork or trust is low, weakest first', () => {
      expect(read({ supervision: 10 }).warnings).toEqual(['fixed-hours', 'every-step']);
      expect(read({ teamwork: 39 }).warnings).toEqual(['any-time']);
      expect(read({ trust: 0 }).warnings).toEqual(['no-access']);
      expect(read({ trust: 5, supervision: 30, teamwork: 20 }).warnings).toEqual([
        'no-access',
        'any-time',
        'fixed-hours',
        'every-step',
      ]);
    });

    it('do not appear for medium scores or for other low dimensions', () => {
      expect(read({ supervision: 40, teamwork: 40, trust: 40 }).warnings).toEqual([]);
      expect(read({ tech: 0, communication: 0, delegation: 0, procedures: 0 }).warnings).toEqual([]);
    });
  });

  it('all high → a short "ready" reading: take now, no sections, no warnings', () => {
    const reading = read({}, 100);
    expect(reading).toMatchObject({ decision: 'take-now', needs: [], warnings: [] });
    expect(reading.questions).toHaveLength(MIN_QUESTIONS);
    expect(reading.plan).toHaveLength(3);
  });

  it('refuses scores a damaged link could carry', () => {
    expect(() => read({ tech: Number.NaN })).toThrow(RangeError);
    expect(() => read({ tech: 101 })).toThrow(RangeError);
  });

  it('for any scores: 5–7 distinct questions, 3–5 plan steps (none for an employee), one section per dimension below 70', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.tuple(...DIMENSIONS.map(() => score)), (values) => {
        const scores = Object.fromEntries(DIMENSIONS.map((d, i) => [d, values[i]])) as Scores;
        const reading = readForAssistant(scores);
        expect(new Set(reading.questions).size).toBe(reading.questions.length);
        expect(reading.questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
        expect(reading.questions.length).toBeLessThanOrEqual(MAX_QUESTIONS);
        if (reading.decision === 'suggest-employee') expect(reading.plan).toEqual([]);
        else {
          expect(reading.plan.length).toBeGreaterThanOrEqual(3);
          expect(reading.plan.length).toBeLessThanOrEqual(5);
        }
        expect(dimensionsOf(reading).sort()).toEqual(DIMENSIONS.filter((d) => scores[d] < 70).sort());
      }),
    );
  });
});
