import { bandOf, type Band } from './band';
import { decideFit, isDirection, meanOf, type DirectionDimension, type Verdict } from './decide-fit';
import { DIMENSIONS, type Dimension } from './dimensions';
import { MAX_PRIORITIES, strongestFirst, weakestFirst } from './priorities';
import type { AnswerFlag } from './answer-flags';
import type { Scores } from './score-answers';

/**
 * The owner's reading of a run's results (README, "Scoring"): what the results page, its
 * printed copy and the mail to the assistant say, as ids and keys. The views lay it out and
 * never re-derive a rule. `readForAssistant` reads the same scores for the assistant.
 */

/** Dimensions named in a sentence, and how many more share the last one's score but were left out. */
export interface NamedDimensions {
  readonly dimensions: readonly Dimension[];
  /** Ties said as ties: "… and 2 more with the same score". */
  readonly alsoTied: number;
}

/**
 * What the first screen offers as next steps; each follows its verdict:
 * - `hire` (employee): what decided it, and the first step toward hiring;
 * - `practise` (not-yet): the dimensions to practise first (the ones that decided it);
 * - `prepare` (an assistant, after work on the weakest dimensions below high);
 * - `start` (nothing below high): the verdict's own next step.
 */
export type NextSteps =
  | { readonly kind: 'hire'; readonly causes: readonly DirectionDimension[] }
  | { readonly kind: 'practise'; readonly dimensions: readonly Dimension[] }
  | { readonly kind: 'prepare'; readonly dimensions: readonly Dimension[]; readonly alsoTied: number }
  | { readonly kind: 'start' };

/** Why the verdict, in one sentence: its key and what it names. */
export type Reason =
  | { readonly key: 'assistant'; readonly mean: number; readonly watch: NamedDimensions }
  | { readonly key: 'mean'; readonly mean: number; readonly lowest: NamedDimensions }
  | { readonly key: 'employee' | 'not-yet' | 'assistant-after-prep'; readonly decidedBy: NamedDimensions };

export interface DecidedResults {
  readonly kind: 'decided';
  readonly scores: Scores;
  readonly verdict: Verdict;
  /** The dimensions that decided it, in the quiz's order (`decideFit`). */
  readonly decidedBy: readonly Dimension[];
  /** For `employee`: delegation or trust low too (an employee is still someone to delegate to). */
  readonly alsoLow: readonly Dimension[];
  /** The mean of the seven, rounded: what the texts say. */
  readonly mean: number;
  /** Rule 3 decided by the mean alone, with no low dimension. */
  readonly byMean: boolean;
  readonly reason: Reason;
  /** What "weighed most" lists, each with its band: the strongest for a ready owner, else `decidedBy`. */
  readonly weighed: NamedDimensions;
  readonly nextSteps: NextSteps;
  /** The dimensions whose cards open by themselves: what the next steps name. */
  readonly focus: readonly Dimension[];
  /** All seven, weakest first, ties broken by the tie rule (`weakestFirst`): the order of the cards. */
  readonly cards: readonly Dimension[];
}

/** A flagged run (`checkResponses`): no verdict, only what was inconsistent and the scores as they are. */
export interface UnclearResults {
  readonly kind: 'unclear';
  readonly scores: Scores;
  readonly flags: readonly AnswerFlag[];
  /** All seven, in the quiz's order: without a verdict, no order of weakness is claimed. */
  readonly cards: readonly Dimension[];
}

export type ResultsReading = DecidedResults | UnclearResults;

/** The mean of the seven scores as the texts say it: an integer. */
export const roundedMean = (scores: Scores): number => Math.round(meanOf(scores));

/** The first `limit` of `ranked`, and how many of the rest tie with the last one named. */
function firstOf(ranked: readonly Dimension[], scores: Scores, limit: number): NamedDimensions {
  const dimensions = ranked.slice(0, limit);
  const last = dimensions.at(-1);
  const alsoTied =
    last === undefined ? 0 : ranked.slice(limit).filter((d) => scores[d] === scores[last]).length;
  return { dimensions, alsoTied };
}

const inBand = (scores: Scores, band: Band) => (d: Dimension) => bandOf(scores[d]) === band;
const all = (dimensions: readonly Dimension[]): NamedDimensions => ({ dimensions, alsoTied: 0 });

/** How many strengths a ready owner's verdict names: more would read as a list, not as advice. */
export const STRENGTHS_NAMED = 3;

/**
 * Reads the results of a run. A run the response check flagged gets no verdict. Scores that
 * are not integers 0–100 are refused.
 */
export function readResults(scores: Scores, flags: readonly AnswerFlag[] = []): ResultsReading {
  const fit = decideFit(scores); // refuses invalid scores, flagged or not
  if (flags.length > 0) return { kind: 'unclear', scores, flags, cards: DIMENSIONS };

  const { verdict, decidedBy, alsoLow } = fit;
  const weakest = weakestFirst(scores, decidedBy);
  const belowHigh = weakest.filter((d) => !inBand(scores, 'high')(d));
  const priorities = firstOf(belowHigh, scores, MAX_PRIORITIES);
  const mean = roundedMean(scores);
  const byMean = verdict === 'assistant-after-prep' && !decidedBy.some(inBand(scores, 'low'));

  const reason: Reason =
    verdict === 'assistant'
      ? { key: 'assistant', mean, watch: all(DIMENSIONS.filter(inBand(scores, 'medium'))) }
      : byMean
        ? { key: 'mean', mean, lowest: priorities }
        : { key: verdict, decidedBy: all(decidedBy) };

  const nextSteps: NextSteps =
    verdict === 'employee'
      ? { kind: 'hire', causes: decidedBy.filter(isDirection) }
      : verdict === 'not-yet'
        ? { kind: 'practise', dimensions: decidedBy }
        : priorities.dimensions.length > 0
          ? { kind: 'prepare', ...priorities }
          : { kind: 'start' };

  const focus =
    nextSteps.kind === 'hire'
      ? [...decidedBy, ...alsoLow]
      : nextSteps.kind === 'practise' || nextSteps.kind === 'prepare'
        ? nextSteps.dimensions
        : [];

  return {
    kind: 'decided',
    scores,
    verdict,
    decidedBy,
    alsoLow,
    mean,
    byMean,
    reason,
    weighed:
      verdict === 'assistant'
        ? firstOf(strongestFirst(scores, decidedBy).filter(inBand(scores, 'high')), scores, STRENGTHS_NAMED)
        : all(decidedBy),
    nextSteps,
    focus,
    cards: weakest,
  };
}
