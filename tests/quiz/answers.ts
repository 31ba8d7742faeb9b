import { DIMENSIONS, statementsOf, type AnswerValue, type Answers, type Dimension } from '../../src/quiz';

/** The five answers of one dimension, in the bank's order (its slots: score-answers.test.ts). */
export type Row = readonly [AnswerValue, AnswerValue, AnswerValue, AnswerValue, AnswerValue];

/**
 * Builds a full answer set from one row per dimension, slot by slot in the bank's order, pinned
 * in score-answers.test.ts ("the bank the hand-computed expectations rely on").
 */
export function answersFrom(rows: Readonly<Record<Dimension, Row>>): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const dimension of DIMENSIONS) {
    rows[dimension].forEach((value, index) => {
      answers[statementsOf(dimension)[index]!.id] = value;
    });
  }
  return answers;
}

/** Every id of one dimension answered with the same value. */
export const sameRow = (value: AnswerValue): Row => [value, value, value, value, value];

/** A set of scores with every dimension at `base`, then the overrides. */
export function scoresWith(
  base: number,
  overrides: Partial<Record<Dimension, number>> = {},
): Record<Dimension, number> {
  return { ...Object.fromEntries(DIMENSIONS.map((d) => [d, base])), ...overrides } as Record<
    Dimension,
    number
  >;
}

/** Every statement answered with the same value. */
export const uniformAnswers = (value: AnswerValue): Answers =>
  answersFrom(Object.fromEntries(DIMENSIONS.map((d) => [d, sameRow(value)])) as Record<Dimension, Row>);
