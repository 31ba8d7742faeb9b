import { DIMENSIONS, type Dimension } from './dimensions';
import { STATEMENTS } from './questions';
import { MAX_SCORE, MIN_SCORE } from './score';
import { HIGHEST_ANSWER, isAnswerValue, LOWEST_ANSWER, type Answers, type Statement } from './statement';

/** A score per dimension: an integer 0–100. */
export type Scores = Readonly<Record<Dimension, number>>;

export interface ScoreReport {
  /** Scores of the dimensions with at least one answer; a dimension with none is absent. */
  readonly scores: Partial<Record<Dimension, number>>;
  /** Dimensions where some statement is still unanswered (a partial answer set). */
  readonly incomplete: readonly Dimension[];
}

const statementById: ReadonlyMap<string, Statement> = new Map(STATEMENTS.map((s) => [s.id, s]));

/** Points per step of the answer scale: 1 → 0, 2 → 25 … 5 → 100 on the five-point scale. */
const POINTS_PER_STEP = (MAX_SCORE - MIN_SCORE) / (HIGHEST_ANSWER - LOWEST_ANSWER);

/** Reverse-keyed statements are flipped first so that higher always means readier. */
const pointsOf = (statement: Statement, answer: number): number => {
  const keyed = statement.reverse ? HIGHEST_ANSWER + LOWEST_ANSWER - answer : answer;
  return MIN_SCORE + (keyed - LOWEST_ANSWER) * POINTS_PER_STEP;
};

/**
 * Scores what was answered. Unknown ids and values outside the answer scale are ignored
 * (stored answers go through `salvageAnswers` first, which counts them). A dimension
 * with no valid answer gets no score; one with some missing answers is scored on the
 * answered statements and listed in `incomplete`.
 */
export function scoreAnswers(answers: Answers): ScoreReport {
  const sums = new Map<Dimension, { total: number; count: number }>();
  for (const [id, answer] of Object.entries(answers)) {
    const statement = statementById.get(id);
    if (!statement || !isAnswerValue(answer)) continue;
    const sum = sums.get(statement.dimension) ?? { total: 0, count: 0 };
    sum.total += pointsOf(statement, answer);
    sum.count += 1;
    sums.set(statement.dimension, sum);
  }

  const scores: Partial<Record<Dimension, number>> = {};
  const incomplete: Dimension[] = [];
  for (const dimension of DIMENSIONS) {
    const sum = sums.get(dimension);
    if (sum) scores[dimension] = Math.round(sum.total / sum.count);
    if ((sum?.count ?? 0) < statementsOf(dimension).length) incomplete.push(dimension);
  }
  return { scores, incomplete };
}

/** True when every dimension has a score, i.e. the report can feed `decideFit`. */
export const isComplete = (report: ScoreReport): report is ScoreReport & { scores: Scores } =>
  report.incomplete.length === 0;

export const statementsOf = (dimension: Dimension): readonly Statement[] =>
  STATEMENTS.filter((s) => s.dimension === dimension);
