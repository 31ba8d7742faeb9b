import * as z from 'zod/mini';
import { DIMENSIONS, type Dimension } from './dimensions';
import { STATEMENTS } from './questions';
import { ANSWER_VALUES, type AnswerValue, type Answers } from './statement';

// zod/mini keeps these schemas out of the first screen's budget (see README, "Performance").

export const answerValueSchema = z.literal(ANSWER_VALUES);

const STATEMENT_IDS = STATEMENTS.map((s) => s.id) as [string, ...string[]];
export const statementIdSchema = z.enum(STATEMENT_IDS);

/** Stored answers: only known statement ids, only values 1–5. Anything else is rejected, not coerced. */
export const answersSchema = z.partialRecord(statementIdSchema, answerValueSchema);

export const scoreSchema = z.int().check(z.minimum(0), z.maximum(100));

/** A complete set of scores, as carried by a results link. */
export const scoresSchema = z.strictObject(
  Object.fromEntries(DIMENSIONS.map((d) => [d, scoreSchema])) as Record<Dimension, typeof scoreSchema>,
);

/**
 * Keeps every valid answer of an untrusted object and counts what it had to drop,
 * so that a damaged store loses only what is really lost.
 */
export function salvageAnswers(raw: unknown): { answers: Answers; dropped: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { answers: {}, dropped: raw == null ? 0 : 1 };
  }
  const answers: Record<string, AnswerValue> = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(raw)) {
    if (statementIdSchema.safeParse(id).success && answerValueSchema.safeParse(value).success) {
      answers[id] = value as AnswerValue;
    } else {
      dropped += 1;
    }
  }
  return { answers, dropped };
}
