import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_VALUES,
  DIMENSIONS,
  STATEMENTS,
  decideFit,
  isComplete,
  scoreAnswers,
  type AnswerValue,
  type Answers,
  type Dimension,
  type Scores,
} from '../../src/quiz';

const IDS: readonly string[] = STATEMENTS.map((s) => s.id);
const reverseOf = new Map<string, boolean>(STATEMENTS.map((s) => [s.id, s.reverse]));
const dimensionOf = new Map<string, Dimension>(STATEMENTS.map((s) => [s.id, s.dimension]));

const answerValue = fc.constantFrom<AnswerValue>(...ANSWER_VALUES);

/** Any subset of the statements, each answered 1–5: from nothing to a full set. */
const partialAnswers: fc.Arbitrary<Record<string, AnswerValue>> = fc
  .record(
    Object.fromEntries(IDS.map((id) => [id, answerValue])),
    { requiredKeys: [] },
    // absent keys are left out, never set to undefined
  )
  .map((answers) => answers as Record<string, AnswerValue>);

/** A full answer set. */
const fullAnswers: fc.Arbitrary<Record<string, AnswerValue>> = fc.record(
  Object.fromEntries(IDS.map((id) => [id, answerValue])),
);

/** Values scoreAnswers must ignore. */
const invalidValue = fc.oneof(
  fc.integer({ min: -1000, max: 0 }),
  fc.integer({ min: 6, max: 1000 }),
  fc.double({ min: 1, max: 5, noNaN: true }).filter((v) => !Number.isInteger(v)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, null, undefined, '3', true),
);

/** Garbage next to the answers: unknown ids with any value. */
const noise = fc.dictionary(
  fc.string().filter((key) => !IDS.includes(key)),
  fc.oneof(answerValue, invalidValue),
  { maxKeys: 5 },
);

/** Known ids with invalid values, to be ignored. */
const invalidAnswers = fc.record(Object.fromEntries(IDS.map((id) => [id, invalidValue])), {
  requiredKeys: [],
});

/** How ready one answer is, in steps of 25 points: 0 (least) … 4 (most), the reverse items flipped. */
const stepsOf = (id: string, value: number) => (reverseOf.get(id) ? 5 - value : value - 1);

const answeredPerDimension = (answers: Readonly<Record<string, unknown>>) => {
  const counts = new Map<Dimension, number>();
  for (const [id, value] of Object.entries(answers)) {
    const dimension = dimensionOf.get(id);
    if (dimension && ANSWER_VALUES.includes(value as AnswerValue)) {
      counts.set(dimension, (counts.get(dimension) ?? 0) + 1);
    }
  }
  return counts;
};

const flip = (answers: Readonly<Record<string, AnswerValue>>): Answers =>
  Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, (6 - v) as AnswerValue]));

const mostReady: Answers = Object.fromEntries(STATEMENTS.map((s) => [s.id, s.reverse ? 1 : 5]));
const leastReady: Answers = Object.fromEntries(STATEMENTS.map((s) => [s.id, s.reverse ? 5 : 1]));

/** Scores 0–100, with the band boundaries drawn often. */
const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 39, 40, 69, 70, 100));
const scores: fc.Arbitrary<Scores> = fc.record(
  Object.fromEntries(DIMENSIONS.map((d) => [d, score])) as Record<Dimension, typeof score>,
);

describe('properties of scoreAnswers', () => {
  it('every score is an integer 0–100, for any answer set, partial or full, with or without garbage', () => {
    fc.assert(
      fc.property(partialAnswers, invalidAnswers, noise, (valid, invalid, extra) => {
        // valid answers win over invalid ones for the same id
        const answers = { ...extra, ...invalid, ...valid } as unknown as Answers;
        for (const value of Object.values(scoreAnswers(answers).scores)) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('a dimension has a score iff it has a valid answer, and is incomplete iff some of its statements lack one', () => {
    fc.assert(
      fc.property(partialAnswers, invalidAnswers, noise, (valid, invalid, extra) => {
        const answers = { ...extra, ...invalid, ...valid };
        const counts = answeredPerDimension(answers);
        const report = scoreAnswers(answers as unknown as Answers);
        expect(Object.keys(report.scores)).toEqual(DIMENSIONS.filter((d) => (counts.get(d) ?? 0) > 0));
        expect(report.incomplete).toEqual(DIMENSIONS.filter((d) => (counts.get(d) ?? 0) < 5));
        expect(isComplete(report)).toBe(report.incomplete.length === 0);
      }),
    );
  });

  it('the most ready answers (5 direct, 1 reverse) give 100 everywhere and the assistant verdict', () => {
    const report = scoreAnswers(mostReady);
    expect(isComplete(report)).toBe(true);
    expect(report.scores).toEqual(Object.fromEntries(DIMENSIONS.map((d) => [d, 100])));
    if (!isComplete(report)) throw new Error('unreachable');
    expect(decideFit(report.scores)).toEqual({
      verdict: 'assistant',
      decidedBy: [...DIMENSIONS],
      alsoLow: [],
    });
  });

  it('the least ready answers (1 direct, 5 reverse) give 0 everywhere and the employee verdict', () => {
    const report = scoreAnswers(leastReady);
    expect(isComplete(report)).toBe(true);
    expect(report.scores).toEqual(Object.fromEntries(DIMENSIONS.map((d) => [d, 0])));
    if (!isComplete(report)) throw new Error('unreachable');
    expect(decideFit(report.scores)).toEqual({
      verdict: 'employee',
      decidedBy: ['supervision', 'procedures'],
      alsoLow: ['delegation', 'trust'],
    });
  });

  it('any subset of the most (least) ready answers scores 100 (0) in each answered dimension', () => {
    fc.assert(
      fc.property(fc.subarray([...IDS]), (ids) => {
        const best = scoreAnswers(Object.fromEntries(ids.map((id) => [id, mostReady[id]!])));
        const worst = scoreAnswers(Object.fromEntries(ids.map((id) => [id, leastReady[id]!])));
        for (const value of Object.values(best.scores)) expect(value).toBe(100);
        for (const value of Object.values(worst.scores)) expect(value).toBe(0);
      }),
    );
  });

  it('the order of the answers does not matter', () => {
    fc.assert(
      fc.property(
        partialAnswers.chain((answers) =>
          fc.tuple(
            fc.constant(answers),
            fc.shuffledSubarray(Object.entries(answers), { minLength: Object.keys(answers).length }),
          ),
        ),
        ([answers, shuffled]) => {
          expect(scoreAnswers(Object.fromEntries(shuffled))).toEqual(scoreAnswers(answers));
        },
      ),
    );
  });

  it('one step more ready on one answered statement raises its dimension, and only it', () => {
    fc.assert(
      fc.property(
        partialAnswers.filter((a) => Object.keys(a).length > 0),
        fc.nat(),
        (answers, pick) => {
          const ids = Object.keys(answers);
          const id = ids[pick % ids.length]!;
          const value = answers[id]!;
          const readier = reverseOf.get(id) ? value - 1 : value + 1;
          fc.pre(readier >= 1 && readier <= 5);
          const before = scoreAnswers(answers).scores;
          const after = scoreAnswers({ ...answers, [id]: readier as AnswerValue }).scores;
          const dimension = dimensionOf.get(id)!;
          // the mean rises by 25 / (answers in the dimension) ≥ 5 points, so even rounded it rises
          expect(after[dimension]!).toBeGreaterThan(before[dimension]!);
          for (const d of DIMENSIONS) if (d !== dimension) expect(after[d]).toBe(before[d]);
        },
      ),
    );
  });

  describe('flipping every answer (v → 6 − v) mirrors each score (s → 100 − s)', () => {
    // Flipping an answer turns its points p into 100 − p, so a dimension's unrounded mean m
    // becomes 100 − m exactly. After Math.round (halves go up):
    //   - if m is not a half (x.5), round(100 − m) = 100 − round(m): the scores sum to 100;
    //   - if m is a half, both round up: round(m) = m + 0.5 and round(100 − m) = 100 − m + 0.5,
    //     so the scores sum to 101.
    // m is a multiple of 25 / c for c answers in the dimension. It is a half only when c is even:
    //   c = 2: m = 12.5 · k, a half iff k is odd;
    //   c = 4: m = 6.25 · k, a half iff k ≡ 2 (mod 4);
    // where k is the sum of the readiness steps (0–4) of the answers. With 1, 3 or 5 answers
    // (and so for every complete set) the mirror is exact.

    it('is exact for complete answer sets', () => {
      fc.assert(
        fc.property(fullAnswers, (answers) => {
          const original = scoreAnswers(answers).scores;
          const flipped = scoreAnswers(flip(answers)).scores;
          for (const d of DIMENSIONS) expect(original[d]! + flipped[d]!).toBe(100);
        }),
      );
    });

    it('sums to 100, or to 101 exactly when the mean was a half, for partial sets', () => {
      fc.assert(
        fc.property(partialAnswers, (answers) => {
          const original = scoreAnswers(answers).scores;
          const flipped = scoreAnswers(flip(answers)).scores;
          expect(Object.keys(flipped)).toEqual(Object.keys(original));
          for (const d of DIMENSIONS) {
            const entries = Object.entries(answers).filter(([id]) => dimensionOf.get(id) === d);
            if (entries.length === 0) continue;
            const k = entries.reduce((sum, [id, v]) => sum + stepsOf(id, v), 0);
            const isHalf = (entries.length === 2 && k % 2 === 1) || (entries.length === 4 && k % 4 === 2);
            expect(original[d]! + flipped[d]!).toBe(isHalf ? 101 : 100);
          }
        }),
      );
    });

    it('the 101 case really happens (and so the partial property is not vacuous)', () => {
      // tech-1 = 1 (0) and tech-3 = 2 (25): 12.5 → 13; flipped: 100 and 75 → 87.5 → 88; 13 + 88 = 101
      expect(scoreAnswers({ 'tech-1': 1, 'tech-3': 2 }).scores.tech).toBe(13);
      expect(scoreAnswers({ 'tech-1': 5, 'tech-3': 4 }).scores.tech).toBe(88);
    });
  });
});

describe('properties of decideFit', () => {
  it('is a pure function of the scores: same scores, same result; the input is not changed', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const copy = { ...s };
        const reordered = Object.fromEntries(Object.entries(s).reverse()) as Scores;
        const first = decideFit(Object.freeze({ ...s }));
        expect(decideFit(s)).toEqual(first);
        expect(decideFit(reordered)).toEqual(first);
        expect(s).toEqual(copy);
      }),
    );
  });

  it('follows the rules of the contract for any scores', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const { verdict, decidedBy, alsoLow } = decideFit(s);
        const low = (d: Dimension) => s[d] < 40;
        const sum = DIMENSIONS.reduce((total, d) => total + s[d], 0);

        // decidedBy: never empty, no repeats, in the quiz order
        expect(decidedBy.length).toBeGreaterThan(0);
        expect(decidedBy).toEqual(DIMENSIONS.filter((d) => decidedBy.includes(d)));

        expect(verdict === 'employee').toBe(low('supervision') || low('procedures'));
        if (verdict === 'employee') {
          expect(decidedBy).toEqual(
            DIMENSIONS.filter((d) => (d === 'supervision' || d === 'procedures') && low(d)),
          );
        }
        // alsoLow: the low ones of delegation and trust, for the employee verdict only
        expect(alsoLow).toEqual(
          verdict === 'employee'
            ? DIMENSIONS.filter((d) => (d === 'delegation' || d === 'trust') && low(d))
            : [],
        );
        if (verdict === 'not-yet') {
          expect(decidedBy).toEqual(
            DIMENSIONS.filter((d) => (d === 'delegation' || d === 'trust') && low(d)),
          );
        }
        if (verdict !== 'employee') {
          expect(verdict === 'not-yet').toBe(low('delegation') || low('trust'));
        }
        if (verdict === 'assistant') {
          // no low dimension and a mean of at least 70 (compared as sums to stay in integers)
          expect(DIMENSIONS.some(low)).toBe(false);
          expect(sum).toBeGreaterThanOrEqual(70 * 7);
          expect(decidedBy).toEqual(DIMENSIONS.filter((d) => s[d] >= 70));
        }
        if (verdict === 'assistant-after-prep') {
          expect(DIMENSIONS.some(low) || sum < 70 * 7).toBe(true);
          expect(decidedBy).toEqual(
            DIMENSIONS.some(low) ? DIMENSIONS.filter(low) : DIMENSIONS.filter((d) => s[d] < 70),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
