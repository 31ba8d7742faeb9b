import { bandOf } from './band';
import type { Fit } from './decide-fit';
import { DIMENSIONS, type Dimension } from './dimensions';
import type { Scores } from './score-answers';

/** How many strengths a verdict names: more would read as a list, not as advice. */
export const STRENGTHS_NAMED = 3;

/** The strongest dimensions of the high band, best first (ties in quiz order), at most `limit`. */
export const strongestOf = (scores: Scores, limit = STRENGTHS_NAMED): Dimension[] =>
  DIMENSIONS.filter((d) => bandOf(scores[d]) === 'high')
    .sort((a, b) => scores[b] - scores[a] || DIMENSIONS.indexOf(a) - DIMENSIONS.indexOf(b))
    .slice(0, limit);

/**
 * True when "assistant after preparation" came from the mean of the seven alone (rule 3 without
 * any low dimension): the verdict must say so, or the owner looks for a weakness that is not there.
 */
export const decidedByMean = (fit: Fit, scores: Scores): boolean =>
  fit.verdict === 'assistant-after-prep' && fit.decidedBy.every((d) => bandOf(scores[d]) !== 'low');
