import { STATEMENTS, type BankStatement } from './questions';

/**
 * The order in which the owner sees the statements: one fixed order, the same on every run and
 * in both languages, so that a half-finished quiz resumes where it was and two owners answer
 * the same sequence.
 *
 * Blocks of five statements under a dimension's name told the owner what was measured and
 * invited the "right" answer five times in a row. This order interleaves them instead:
 * - five rounds of seven, each round one statement of every dimension;
 * - no two consecutive statements from the same dimension, and at least three other
 *   statements between two of the same dimension;
 * - no two consecutive reverse-keyed statements, and every run of seven holds two to four of
 *   them, so agreeing by habit does not pay;
 * - it opens on a concrete, non-reversed statement about everyday tools.
 * tests/quiz/order.test.ts checks each rule as a property of this list.
 */
const ORDER_IDS = [
  // round 1
  'tech-1',
  'trust-1',
  'delegation-1',
  'communication-1',
  'procedures-8',
  'supervision-1',
  'teamwork-1',
  // round 2
  'communication-2',
  'tech-2',
  'delegation-2',
  'procedures-10',
  'teamwork-2',
  'supervision-2',
  'trust-2',
  // round 3
  'delegation-3',
  'communication-3',
  'tech-3',
  'procedures-3',
  'teamwork-6',
  'supervision-3',
  'trust-3',
  // round 4
  'procedures-9',
  'teamwork-7',
  'tech-4',
  'trust-6',
  'delegation-6',
  'supervision-6',
  'communication-6',
  // round 5
  'trust-5',
  'tech-5',
  'procedures-7',
  'delegation-5',
  'communication-5',
  'supervision-7',
  'teamwork-5',
] as const satisfies readonly BankStatement['id'][];

const byId: ReadonlyMap<string, BankStatement> = new Map(STATEMENTS.map((s) => [s.id, s]));

export const QUIZ_ORDER: readonly BankStatement[] = ORDER_IDS.map((id) => byId.get(id)!);
