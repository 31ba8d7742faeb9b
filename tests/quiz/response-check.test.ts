import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_VALUES,
  checkResponses,
  DIMENSIONS,
  STATEMENTS,
  type Answers,
  type AnswerValue,
} from '../../src/quiz';
import { SAME_ANSWER_SHARE } from '../../src/quiz/response-check';

const every = (answerOf: (statement: (typeof STATEMENTS)[number]) => AnswerValue): Answers =>
  Object.fromEntries(STATEMENTS.map((s) => [s.id, answerOf(s)]));

/** A side of the scale and the answers that say it: agree (4, 5) or disagree (1, 2). */
const AGREE = [4, 5] as const;
const DISAGREE = [1, 2] as const;

/**
 * A careful owner: a real opinion per dimension (agree or disagree that they are ready), given
 * with some wobble, and each reverse-keyed statement answered as its opposite.
 */
const carefulAnswers = fc
  .record({
    ready: fc.array(fc.boolean(), { minLength: DIMENSIONS.length, maxLength: DIMENSIONS.length }),
    wobble: fc.array(fc.boolean(), { minLength: STATEMENTS.length, maxLength: STATEMENTS.length }),
  })
  .map(
    ({ ready, wobble }) =>
      Object.fromEntries(
        STATEMENTS.map((s, i) => {
          const agrees = ready[DIMENSIONS.indexOf(s.dimension)]! !== s.reverse;
          const side = agrees ? AGREE : DISAGREE;
          return [s.id, side[wobble[i]! ? 0 : 1]];
        }),
      ) as Answers,
  );

describe('the response check', () => {
  it('flags every straight line: the same answer to every statement', () => {
    for (const value of ANSWER_VALUES) {
      expect(checkResponses(every(() => value)).flags, `all ${value}`).toContain('same-answer');
    }
  });

  it('flags a nearly straight line, whatever few answers differ', () => {
    const changes = Math.floor((1 - SAME_ANSWER_SHARE) * STATEMENTS.length);
    fc.assert(
      fc.property(
        fc.constantFrom(...ANSWER_VALUES),
        fc.uniqueArray(fc.integer({ min: 0, max: STATEMENTS.length - 1 }), { maxLength: changes }),
        fc.constantFrom(...ANSWER_VALUES),
        (value, changed, other) => {
          const answers = every(() => value) as Record<string, AnswerValue>;
          for (const index of changed) answers[STATEMENTS[index]!.id] = other;
          expect(checkResponses(answers).flags).toContain('same-answer');
        },
      ),
    );
  });

  it('flags agreeing with everything, and disagreeing with everything, as contradictions too', () => {
    expect(checkResponses(every(() => 5)).flags).toEqual(['same-answer', 'agree-both']);
    expect(checkResponses(every(() => 4)).flags).toEqual(['same-answer', 'agree-both']);
    expect(checkResponses(every(() => 1)).flags).toEqual(['same-answer', 'disagree-both']);
    expect(checkResponses(every(() => 3)).flags).toEqual(['same-answer']);
  });

  it('flags agreeing with statements and their opposites even when the answers vary', () => {
    // 4s and 5s alternate, so no single answer dominates: the contradiction alone is flagged.
    const check = checkResponses(every((s) => (STATEMENTS.indexOf(s) % 2 === 0 ? 4 : 5)));
    expect(check.flags).toEqual(['agree-both']);
    expect(check.agreedBoth).toEqual(DIMENSIONS);
  });

  it('never flags a careful owner, even an extreme one', () => {
    expect(checkResponses(every((s) => (s.reverse ? 1 : 5))).flags).toEqual([]);
    expect(checkResponses(every((s) => (s.reverse ? 5 : 1))).flags).toEqual([]);
    fc.assert(
      fc.property(carefulAnswers, (answers) => {
        expect(checkResponses(answers).flags).toEqual([]);
      }),
    );
  });

  it('sets the straight-line threshold above anything a careful owner can repeat', () => {
    // A careful owner repeats one answer at most on all the forward (or all the reversed) statements.
    const forward = STATEMENTS.filter((s) => !s.reverse).length;
    expect(SAME_ANSWER_SHARE * STATEMENTS.length).toBeGreaterThan(
      Math.max(forward, STATEMENTS.length - forward),
    );
  });

  it('flags contradictions only from three dimensions: one or two mixed-up areas are not careless', () => {
    const [first, second] = DIMENSIONS;
    const answers = every((s) => (s.dimension === first || s.dimension === second ? 5 : s.reverse ? 1 : 5));
    expect(checkResponses(answers).flags).toEqual([]);
    expect(checkResponses(answers).agreedBoth).toEqual([first, second]);
  });
});
