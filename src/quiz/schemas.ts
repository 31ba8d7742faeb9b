import * as z from 'zod/mini';
import { DIMENSIONS, type Dimension } from './dimensions';
import { STATEMENTS } from './questions';
import { ANSWER_VALUES } from './statement';

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
