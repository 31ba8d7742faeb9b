import { bandOf } from './band';
import { isScore } from './score';
import { DIMENSIONS, type Dimension } from './dimensions';
import type { Scores } from './score-answers';

export const VERDICTS = ['assistant', 'assistant-after-prep', 'employee', 'not-yet'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Fit {
  readonly verdict: Verdict;
  /** The dimensions that decided the verdict, in the quiz's order. */
  readonly decidedBy: readonly Dimension[];
  /**
   * For `employee` only: delegation or trust dimensions that are low too. Rule 1 wins over
   * rule 2, but an employee is still someone to delegate to, so the owner must hear it.
   */
  readonly alsoLow: readonly Dimension[];
}

const READY_MEAN = 70;

/** Rule 1's dimensions: how the owner directs the work. Low in either, an employee fits better. */
export const DIRECTION_DIMENSIONS = ['supervision', 'procedures'] as const satisfies readonly Dimension[];
export type DirectionDimension = (typeof DIRECTION_DIMENSIONS)[number];
export const isDirection = (d: Dimension): d is DirectionDimension =>
  (DIRECTION_DIMENSIONS as readonly Dimension[]).includes(d);

export const meanOf = (scores: Scores): number =>
  DIMENSIONS.reduce((sum, d) => sum + scores[d], 0) / DIMENSIONS.length;

/**
 * The four rules of the contract (README, "Scoring"), in order; the first that matches wins. Scores that are not
 * integers 0–100 are refused: a NaN must never read as "ready".
 */
export function decideFit(scores: Scores): Fit {
  for (const d of DIMENSIONS) {
    const score = scores[d];
    if (!isScore(score)) {
      throw new RangeError(`decideFit: the score of ${d} must be an integer 0–100, got ${String(score)}`);
    }
  }
  const isLow = (d: Dimension) => bandOf(scores[d]) === 'low';
  const lowAmong = (...dimensions: Dimension[]) => dimensions.filter(isLow);

  // 1. Someone who must direct every step, or works in permanent emergency mode, needs an employee.
  const direction = lowAmong(...DIRECTION_DIMENSIONS);
  const lettingGo = lowAmong('delegation', 'trust');
  if (direction.length > 0) return { verdict: 'employee', decidedBy: direction, alsoLow: lettingGo };

  // 2. Until the owner can let go, no helper of any kind will work.
  if (lettingGo.length > 0) return { verdict: 'not-yet', decidedBy: lettingGo, alsoLow: [] };

  // 3. An assistant fits after preparation: name the low dimensions, or, when the mean alone
  //    is short, the ones below the high band.
  const low = DIMENSIONS.filter(isLow);
  if (low.length > 0) return { verdict: 'assistant-after-prep', decidedBy: low, alsoLow: [] };
  if (meanOf(scores) < READY_MEAN) {
    return {
      verdict: 'assistant-after-prep',
      decidedBy: DIMENSIONS.filter((d) => bandOf(scores[d]) !== 'high'),
      alsoLow: [],
    };
  }

  // 4. Ready: the strengths carry it.
  return {
    verdict: 'assistant',
    decidedBy: DIMENSIONS.filter((d) => bandOf(scores[d]) === 'high'),
    alsoLow: [],
  };
}
