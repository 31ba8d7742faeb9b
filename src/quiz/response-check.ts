import type { AnswerFlag } from './answer-flags';
import { DIMENSIONS, type Dimension } from './dimensions';
import { STATEMENTS } from './questions';
import { HIGHEST_ANSWER, isAnswerValue, LOWEST_ANSWER, type AnswerValue, type Answers } from './statement';

/**
 * Whether a run's answers can carry a verdict at all (README, "Answers that say nothing").
 * Two of the classic screens for careless responding, adapted to a short, balanced scale:
 *
 * - **same answer** (the long-string / straight-lining index, Johnson 2005; Curran 2016): one
 *   answer given to nearly every statement. With reverse-keyed statements in every dimension,
 *   a straight line reads as a middling profile (60 everywhere for "strongly agree"), which is
 *   noise, not a result.
 * - **agree both / disagree both** (acquiescence and its mirror, the inconsistency of
 *   psychometric antonyms, Meade & Craig 2012): agreeing, or disagreeing, with a dimension's
 *   statements *and* with their reverse-keyed opposites, in several dimensions.
 *
 * A careful owner, even an extreme one (every forward statement agreed, every reversed one
 * disagreed), is never flagged: the forward and reversed statements then sit on opposite
 * sides of the scale, and no single answer can cover more than the forward statements.
 */
/**
 * Share of the statements with one and the same answer from which a run is a straight line.
 * Above any careful pattern: a careful extreme owner repeats one answer only on the forward
 * statements, at most 80 % of the bank (one reversed statement in five).
 */
export const SAME_ANSWER_SHARE = 0.85;

/** Dimensions answered "both ways" from which the run is acquiescent (or negating): 3 of 7. */
export const CONTRADICTED_DIMENSIONS = 3;

/** A side of the scale: an average of 4 or more is agreement, 2 or less disagreement. */
const AGREES_FROM = HIGHEST_ANSWER - 1;
const DISAGREES_TO = LOWEST_ANSWER + 1;

export interface ResponseCheck {
  /** Empty when the answers can carry a verdict. */
  readonly flags: readonly AnswerFlag[];
  /** The answer repeated most, and on how many of the `answered` statements. */
  readonly mostRepeated: { readonly answer: AnswerValue; readonly count: number };
  readonly answered: number;
  /** Dimensions whose statements and reverse-keyed opposites were both agreed with. */
  readonly agreedBoth: readonly Dimension[];
  /** Dimensions whose statements and reverse-keyed opposites were both disagreed with. */
  readonly disagreedBoth: readonly Dimension[];
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Checks a whole run (unknown ids and invalid values are left out, as scoring leaves them). */
export function checkResponses(answers: Answers): ResponseCheck {
  const given = STATEMENTS.flatMap((statement) => {
    const answer = answers[statement.id];
    return isAnswerValue(answer) ? [{ statement, answer }] : [];
  });

  const counts = new Map<AnswerValue, number>();
  for (const { answer } of given) counts.set(answer, (counts.get(answer) ?? 0) + 1);
  const [answer, count] = [...counts].reduce<[AnswerValue, number]>(
    (best, entry) => (entry[1] > best[1] ? entry : best),
    [LOWEST_ANSWER, 0],
  );

  const agreedBoth: Dimension[] = [];
  const disagreedBoth: Dimension[] = [];
  for (const dimension of DIMENSIONS) {
    const side = (reverse: boolean) =>
      given.filter((g) => g.statement.dimension === dimension && g.statement.reverse === reverse);
    const forward = side(false).map((g) => g.answer);
    const reversed = side(true).map((g) => g.answer);
    if (forward.length === 0 || reversed.length === 0) continue;
    if (mean(forward) >= AGREES_FROM && mean(reversed) >= AGREES_FROM) agreedBoth.push(dimension);
    if (mean(forward) <= DISAGREES_TO && mean(reversed) <= DISAGREES_TO) disagreedBoth.push(dimension);
  }

  const flags: AnswerFlag[] = [];
  if (given.length > 0 && count >= SAME_ANSWER_SHARE * given.length) flags.push('same-answer');
  if (agreedBoth.length >= CONTRADICTED_DIMENSIONS) flags.push('agree-both');
  if (disagreedBoth.length >= CONTRADICTED_DIMENSIONS) flags.push('disagree-both');
  return { flags, mostRepeated: { answer, count }, answered: given.length, agreedBoth, disagreedBoth };
}
