import type { Statement } from './statement';

/**
 * The statement bank: five statements per dimension, grouped in the order of DIMENSIONS,
 * two of them reverse-keyed in each group. Texts live in locales/{es,it}/quiz.json under
 * `statements.<id>`. Ids are permanent once shipped: stored answers refer to them. A statement
 * whose meaning changes gets a new id (and the old one goes to RETIRED_STATEMENT_IDS), so an
 * answer given to the old wording is never read as an answer to the new one.
 * The order the owner sees is QUIZ_ORDER (order.ts), not this one.
 */
export const STATEMENTS = [
  { id: 'tech-1', dimension: 'tech', reverse: false },
  { id: 'tech-2', dimension: 'tech', reverse: true },
  { id: 'tech-3', dimension: 'tech', reverse: false },
  { id: 'tech-4', dimension: 'tech', reverse: true },
  { id: 'tech-5', dimension: 'tech', reverse: false },
  { id: 'communication-1', dimension: 'communication', reverse: false },
  { id: 'communication-2', dimension: 'communication', reverse: false },
  { id: 'communication-3', dimension: 'communication', reverse: true },
  { id: 'communication-4', dimension: 'communication', reverse: false },
  { id: 'communication-5', dimension: 'communication', reverse: true },
  { id: 'delegation-1', dimension: 'delegation', reverse: true },
  { id: 'delegation-2', dimension: 'delegation', reverse: false },
  { id: 'delegation-3', dimension: 'delegation', reverse: false },
  { id: 'delegation-4', dimension: 'delegation', reverse: true },
  { id: 'delegation-5', dimension: 'delegation', reverse: false },
  { id: 'trust-1', dimension: 'trust', reverse: false },
  { id: 'trust-2', dimension: 'trust', reverse: true },
  { id: 'trust-3', dimension: 'trust', reverse: false },
  { id: 'trust-4', dimension: 'trust', reverse: false },
  { id: 'trust-5', dimension: 'trust', reverse: true },
  { id: 'supervision-1', dimension: 'supervision', reverse: true },
  { id: 'supervision-2', dimension: 'supervision', reverse: false },
  { id: 'supervision-3', dimension: 'supervision', reverse: true },
  { id: 'supervision-4', dimension: 'supervision', reverse: false },
  { id: 'supervision-5', dimension: 'supervision', reverse: false },
  { id: 'procedures-1', dimension: 'procedures', reverse: false },
  { id: 'procedures-6', dimension: 'procedures', reverse: false },
  { id: 'procedures-3', dimension: 'procedures', reverse: true },
  { id: 'procedures-4', dimension: 'procedures', reverse: true },
  { id: 'procedures-7', dimension: 'procedures', reverse: false },
  { id: 'teamwork-1', dimension: 'teamwork', reverse: false },
  { id: 'teamwork-2', dimension: 'teamwork', reverse: true },
  { id: 'teamwork-3', dimension: 'teamwork', reverse: false },
  { id: 'teamwork-4', dimension: 'teamwork', reverse: false },
  { id: 'teamwork-5', dimension: 'teamwork', reverse: true },
] as const satisfies readonly Statement[];

/** A statement of the bank, with its id as a literal type: translation keys are checked against it. */
export type BankStatement = (typeof STATEMENTS)[number];

/**
 * Ids once shipped and since withdrawn. Browsers may still hold answers to them: those answers
 * are set aside quietly (they answered another question), not reported as damage.
 * - procedures-2 ("recurring tasks written step by step") and procedures-5 ("delivery dates of
 *   the coming months on a calendar") measured writing things down rather than planning ahead;
 *   replaced by procedures-6 and procedures-7.
 */
export const RETIRED_STATEMENT_IDS: readonly string[] = ['procedures-2', 'procedures-5'];
