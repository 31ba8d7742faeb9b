import { QUIZ_ORDER } from './order';
import type { Answers } from './statement';

/** How many statements of the bank have an answer. */
export const countAnswered = (answers: Answers): number =>
  QUIZ_ORDER.filter((s) => answers[s.id] !== undefined).length;

/** Position in QUIZ_ORDER of the first statement still unanswered, or -1 when all are answered. */
export const firstUnanswered = (answers: Answers): number =>
  QUIZ_ORDER.findIndex((s) => answers[s.id] === undefined);

/** The furthest position the owner may open: the first unanswered statement, or the last once all are answered. */
export const furthestReachable = (answers: Answers): number => {
  const open = firstUnanswered(answers);
  return open === -1 ? QUIZ_ORDER.length - 1 : open;
};
