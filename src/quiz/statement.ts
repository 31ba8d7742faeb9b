import type { Dimension } from './dimensions';

/**
 * One statement of the quiz. `id` is stable forever once shipped: stored answers use it.
 * `reverse` marks statements where agreeing means *less* readiness.
 */
export interface Statement {
  readonly id: string;
  readonly dimension: Dimension;
  readonly reverse: boolean;
}

/** The five-point agreement scale: 1 = strongly disagree … 5 = strongly agree. */
export const ANSWER_VALUES = [1, 2, 3, 4, 5] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

export const LOWEST_ANSWER = ANSWER_VALUES[0];
export const HIGHEST_ANSWER = ANSWER_VALUES[ANSWER_VALUES.length - 1]!;

/** The one test of "a valid answer", for storage, forms and scoring alike. */
export const isAnswerValue = (value: unknown): value is AnswerValue =>
  (ANSWER_VALUES as readonly unknown[]).includes(value);

/** Answers keyed by statement id. */
export type Answers = Readonly<Record<string, AnswerValue>>;
