import { bandOf } from './band';
import { DIMENSIONS, type Dimension } from './dimensions';
import type { Scores } from './score-answers';

/** How many dimensions "what to work on first" names at most: more would not be a priority. */
export const MAX_PRIORITIES = 3;

/** All seven dimensions, weakest first; ties keep the quiz's order, so the list never shuffles. */
export const weakestFirst = (scores: Scores): Dimension[] =>
  [...DIMENSIONS].sort((a, b) => scores[a] - scores[b] || DIMENSIONS.indexOf(a) - DIMENSIONS.indexOf(b));

/**
 * What to work on first: the weakest dimensions below the high band, at most MAX_PRIORITIES.
 * Empty when every dimension is high: nothing needs work before starting.
 */
export const priorities = (scores: Scores): Dimension[] =>
  weakestFirst(scores)
    .filter((d) => bandOf(scores[d]) !== 'high')
    .slice(0, MAX_PRIORITIES);
