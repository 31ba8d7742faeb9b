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

/** Answers keyed by statement id. */
export type Answers = Readonly<Record<string, AnswerValue>>;
