import { bandOf } from './band';
import { DIMENSIONS, type Dimension } from './dimensions';
import type { Scores } from './score-answers';

/** How many dimensions "what to work on first" names at most: more would not be a priority. */
export const MAX_PRIORITIES = 3;

/**
 * Ties are broken by a stated rule, never at random (README, "Scoring"): the dimensions that
 * decided the verdict first, then the quiz's fixed order of dimensions.
 */
const byTieRule = (decidedBy: readonly Dimension[]) => (a: Dimension, b: Dimension) =>
  Number(decidedBy.includes(b)) - Number(decidedBy.includes(a)) ||
  DIMENSIONS.indexOf(a) - DIMENSIONS.indexOf(b);

/** All seven dimensions, weakest first; equal scores in the tie rule's order, so the list never shuffles. */
export const weakestFirst = (scores: Scores, decidedBy: readonly Dimension[] = []): Dimension[] =>
  [...DIMENSIONS].sort((a, b) => scores[a] - scores[b] || byTieRule(decidedBy)(a, b));

/** All seven, strongest first, equal scores in the tie rule's order. */
export const strongestFirst = (scores: Scores, decidedBy: readonly Dimension[] = []): Dimension[] =>
  [...DIMENSIONS].sort((a, b) => scores[b] - scores[a] || byTieRule(decidedBy)(a, b));

/**
 * What to work on first: the weakest dimensions below the high band, at most MAX_PRIORITIES.
 * Empty when every dimension is high: nothing needs work before starting.
 */
export const priorities = (scores: Scores, decidedBy: readonly Dimension[] = []): Dimension[] =>
  weakestFirst(scores, decidedBy)
    .filter((d) => bandOf(scores[d]) !== 'high')
    .slice(0, MAX_PRIORITIES);
