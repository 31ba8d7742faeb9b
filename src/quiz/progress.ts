import { STATEMENTS } from './questions';
import type { Answers } from './statement';

/** How many statements of the bank have an answer. */
export const countAnswered = (answers: Answers): number =>
  STATEMENTS.filter((s) => answers[s.id] !== undefined).length;

/** Index of the first statement still unanswered, or -1 when all are answered. */
export const firstUnanswered = (answers: Answers): number =>
  STATEMENTS.findIndex((s) => answers[s.id] === undefined);
