import type { Statement } from './statement';

/**
 * The statement bank: five statements per dimension, grouped in the order of DIMENSIONS, two of
 * them reverse-keyed in each group. A dimension keeps at least two forward statements and one
 * reverse-keyed: agreeing with both sides of the same dimension is how careless answering shows.
 * Texts live in locales/{es,it}/quiz.json under `statements.<id>`. Ids are permanent once
 * shipped: stored answers refer to them. A statement whose meaning changes gets a new id (and
 * the old one goes to RETIRED_STATEMENT_IDS), so an answer given to the old wording is never
 * read as an answer to the new one; a rewording that keeps the meaning keeps the id.
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
  { id: 'communication-6', dimension: 'communication', reverse: false },
  { id: 'communication-5', dimension: 'communication', reverse: true },
  { id: 'delegation-1', dimension: 'delegation', reverse: true },
  { id: 'delegation-2', dimension: 'delegation', reverse: false },
  { id: 'delegation-3', dimension: 'delegation', reverse: false },
  { id: 'delegation-6', dimension: 'delegation', reverse: true },
  { id: 'delegation-5', dimension: 'delegation', reverse: false },
  { id: 'trust-1', dimension: 'trust', reverse: false },
  { id: 'trust-2', dimension: 'trust', reverse: true },
  { id: 'trust-3', dimension: 'trust', reverse: false },
  { id: 'trust-6', dimension: 'trust', reverse: false },
  { id: 'trust-5', dimension: 'trust', reverse: true },
  { id: 'supervision-1', dimension: 'supervision', reverse: true },
  { id: 'supervision-2', dimension: 'supervision', reverse: false },
  { id: 'supervision-3', dimension: 'supervision', reverse: true },
  { id: 'supervision-6', dimension: 'supervision', reverse: false },
  { id: 'supervision-7', dimension: 'supervision', reverse: false },
  { id: 'procedures-8', dimension: 'procedures', reverse: false },
  { id: 'procedures-10', dimension: 'procedures', reverse: false },
  { id: 'procedures-3', dimension: 'procedures', reverse: true },
  { id: 'procedures-9', dimension: 'procedures', reverse: true },
  { id: 'procedures-7', dimension: 'procedures', reverse: false },
  { id: 'teamwork-1', dimension: 'teamwork', reverse: false },
  { id: 'teamwork-2', dimension: 'teamwork', reverse: true },
  { id: 'teamwork-6', dimension: 'teamwork', reverse: false },
  { id: 'teamwork-7', dimension: 'teamwork', reverse: false },
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
 * - Issue 19, statements that measured little. Nearly everyone agrees with them, so they told
 *   owners apart by nothing: teamwork-3 (saying when a job went well), teamwork-4 (treating a
 *   provider as an equal), trust-4 (one mistake does not end trust) and supervision-4 (accepting
 *   another method). Replaced by behaviours an owner does or does not do: teamwork-6 (a task
 *   thought of at night waits for the morning), teamwork-7 (telling the helper at once when plans
 *   change), trust-6 (letting an outsider deal with clients) and supervision-6 (letting the
 *   helper try another way).
 * - Issue 19, mirror pairs that asked the same thing twice; one of each pair stays:
 *   communication-4 (saying what to change) mirrored communication-5 (fixing it silently);
 *   delegation-4 (taking the task back) mirrored delegation-5 (explaining although doing it is
 *   faster); supervision-5 (checking at agreed times) mirrored supervision-3 (needing to know at
 *   every moment); procedures-1 and procedures-6 (planning the next week, knowing days ahead)
 *   repeated procedures-7 (knowing deadlines weeks ahead); procedures-4 (deciding the day as it
 *   comes) repeated procedures-3 (requests born urgent). Their slots hold new questions:
 *   communication-6 (the files and data a task needs), delegation-6 (only loose tasks, never a
 *   whole job), supervision-7 (the helper decides small details), and, for written processes,
 *   which that dimension's advice is about, procedures-8 (recurring tasks written step by step),
 *   procedures-9 (only the owner knows where files, passwords and contacts are) and
 *   procedures-10 (writing down how a new problem was solved).
 * Every replacement keeps its slot's keying, so each dimension still has three forward and two
 * reverse-keyed statements in the same places.
 */
export const RETIRED_STATEMENT_IDS: readonly string[] = [
  'procedures-2',
  'procedures-5',
  'communication-4',
  'delegation-4',
  'trust-4',
  'supervision-4',
  'supervision-5',
  'procedures-1',
  'procedures-4',
  'procedures-6',
  'teamwork-3',
  'teamwork-4',
];
